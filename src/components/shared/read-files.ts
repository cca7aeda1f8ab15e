/** Reading several chosen or dropped files as text, for pages that import many files at once. */
export interface TextFile {
  name: string;
  /** The file's text; empty when it was too large to read. */
  text: string;
  /** The file's size in bytes when it was larger than allowed and left unread. */
  tooLarge?: number;
}

/** Reads each file as text, except those over `maxBytes`: their size is checked first, so a huge file is never read into memory. */
export function readTextFiles(files: Iterable<File>, maxBytes: number): Promise<TextFile[]> {
  return Promise.all(
    [...files].map(async (file) =>
      file.size > maxBytes ? { name: file.name, text: '', tooLarge: file.size } : { name: file.name, text: await file.text() },
    ),
  );
}

/**
 * Lets files be dropped on `zone` (as well as chosen with its file input): `onFiles` receives them.
 * The zone gets data-dragging while files are held over it, for styling.
 */
export function acceptDroppedFiles(zone: HTMLElement, onFiles: (files: File[]) => void, signal?: AbortSignal): void {
  zone.addEventListener(
    'dragover',
    (event) => {
      if (!event.dataTransfer?.types.includes('Files')) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
      zone.dataset.dragging = '';
    },
    { signal },
  );
  zone.addEventListener('dragleave', () => delete zone.dataset.dragging, { signal });
  zone.addEventListener(
    'drop',
    (event) => {
      event.preventDefault();
      delete zone.dataset.dragging;
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length > 0) onFiles(files);
    },
    { signal },
  );
}
