/**
 * How a large document is kept as many small records (IndexedDB, see src/state/record-document.ts) instead of one
 * stored text: a save writes only the records that changed, so typing in one review of a 700-unit overview writes one
 * record, not 30 MB. Pure: the layout splits and joins; the state layer reads and writes.
 */
export { BACKUP_SUFFIX } from './backup-suffix';

export type RecordCheck = { ok: true; value: object } | { ok: false; reason: string };

export interface RecordLayout<T> {
  /**
   * The document as records, by id. Values are shallow objects whose parts keep their identity while unchanged
   * (the domain's functions copy only what they change), so a save can tell what changed without comparing contents.
   */
  split(data: T): Map<string, object>;
  /** Validates one stored record (already at the document's current version); the id says which kind it is. */
  check(id: string, value: unknown): RecordCheck;
  /** The document from its valid records; records that belong to nothing are left out. */
  join(records: ReadonlyMap<string, object>): T;
}

/** True when two record values have the same parts (each compared by identity). */
export function sameRecord(a: object | undefined, b: object): boolean {
  if (a === b) return true;
  if (a === undefined) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(right);
  if (Object.keys(left).length !== keys.length) return false;
  return keys.every((key) => Object.is(left[key], right[key]));
}

/** What a save must write: records new or changed, and ids no longer present. */
export function changedRecords(
  before: ReadonlyMap<string, object>,
  after: ReadonlyMap<string, object>,
): { put: [string, object][]; remove: string[] } {
  const put: [string, object][] = [];
  for (const [id, value] of after) if (!sameRecord(before.get(id), value)) put.push([id, value]);
  const remove = [...before.keys()].filter((id) => !after.has(id));
  return { put, remove };
}
