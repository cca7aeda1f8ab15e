import type * as z from 'zod/mini';
import type { RecordLayout } from './record-layout';

/**
 * Everything the app knows about one stored document (one localStorage key): how to validate it,
 * how to bring older versions up to date, and how to name it on "Data saya".
 * Pure data and functions: usable in the browser, at build time and in unit tests.
 */
export interface DocumentDefinition<T> {
  /** localStorage key, always under the app's namespace, e.g. "siaga-krisis:profil". */
  key: `siaga-krisis:${string}`;
  /** What the user calls this document (shown on "Data saya" and in import previews). */
  label: string;
  /** Which exercise or page it belongs to, with the page's path. */
  page: { title: string; href: string };
  /** Current version of the stored shape. Increase it and add a migration when the shape changes. */
  version: number;
  /** Validates the current version's data. */
  schema: z.ZodMiniType<T, any>;
  /** migrations[n] turns version n data into version n + 1 data (pure; validated again after the last step). */
  migrations: Record<number, (old: unknown) => unknown>;
  /** The value a new user starts with. */
  initial: T;
  /** A short human title for the stored value, e.g. "3 rencana" or the unit's name. */
  summarize: (data: T) => string;
  /** True when the value holds nothing worth keeping (used to skip empty documents in exports). */
  isEmpty: (data: T) => boolean;
  /** Combines stored data with imported data for "Gabungkan"; by default the imported value wins. */
  merge?: (current: T, incoming: T) => T;
  /**
   * Set for a large document: it is kept in IndexedDB as one record per entry (src/state/record-document.ts) instead
   * of one localStorage key; `key` still names it in export files and is where an older version's value is moved from.
   * A loader: the layout and its record schemas arrive with the records (reading IndexedDB is asynchronous anyway), so
   * a page that lists documents (Data saya) does not load them unless the document is there.
   */
  records?: () => Promise<RecordLayout<T>>;
  // Where a document holds personal data, and how to leave it out: domain/transfer/personal-rules.ts (loaded only on export).
}

export type AnyDocumentDefinition = DocumentDefinition<any>;
