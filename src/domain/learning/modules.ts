/** Modules are the docs under "modul/"; their id is the file name. */
export function moduleIdOf(entryId: string): string | null {
  const match = /^modul\/([a-z0-9-]+)$/.exec(entryId);
  return match ? match[1]! : null;
}

/** Number of questions a module's knowledge check has, read from its MDX source. */
export function countQuestions(mdxBody: string): number {
  return (mdxBody.match(/<Question[\s>]/g) ?? []).length;
}
