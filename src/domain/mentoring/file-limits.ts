/**
 * The largest package or feedback file read, in bytes. A package with a plan and twenty releases is well under 1 MB;
 * anything larger is refused before it is read (by its size), so one file cannot fill the mentor's storage.
 * Kept apart from sealed-file.ts so the pages can check a file's size without loading the file reader.
 */
export const MAX_SEALED_BYTES = 1024 * 1024;
