/** Saves text as a file on the user's device. Nothing is sent anywhere: the file is made in the browser. */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  downloadBlob(fileName, new Blob([text], { type: `${type};charset=utf-8` }));
}

/** Saves a file made in the browser (e.g. a .docx) on the user's device. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the address is released.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function formatBytes(bytes: number): string {
  // "394 B" means nothing to most readers; a size under one kilobyte is simply small.
  if (bytes < 1024) return 'kurang dari 1 KB';
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1).replace('.', ',')} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
  return `${(bytes / 1024 ** 3).toFixed(1).replace('.', ',')} GB`;
}

// Made on first use, not when a page loads: building a date format is slow on a phone and many pages never need it.
let dateTime: Intl.DateTimeFormat | undefined;
export function formatDateTime(iso: string | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  dateTime ??= new Intl.DateTimeFormat('id-ID', { dateStyle: 'medium', timeStyle: 'short' });
  return Number.isNaN(date.getTime()) ? '—' : dateTime.format(date);
}

/** "2026-03-12": a moment's day where the user is, for a file name (a night in WIB is still the day before in UTC). */
export function fileDate(iso: string): string {
  const at = new Date(iso);
  return new Date(at.getTime() - at.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}
