/** Reading several chosen or dropped files as text, for pages that import many files at once. */
export interface TextFile {
  name: string;
  text: string;
}

export function readTextFiles(files: Iterable<File>): Promise<TextFile[]> {
  return Promise.all([...files].map(async (file) => ({ name: file.name, text: await file.text() })));
}

/**
 * Lets files be dropped on `zone` (as well as chosen with its file input): `onFiles` receives them.
 * The zone gets data-dragging while files are held over it, for styling.
 */
export function acceptDroppedFiles(zone: HTMLElement, onFiles: (files: File[]) => void): void {
  zone.addEventListener('dragover', (event) => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    zone.dataset.dragging = '';
  });
  zone.addEventListener('dragleave', () => delete zone.dataset.dragging);
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    delete zone.dataset.dragging;
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length > 0) onFiles(files);
  });
}
