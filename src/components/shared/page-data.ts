/**
 * Reads the data PageData.astro wrote into an element at build time. `check` validates it (a zod/mini schema's parse
 * or a small guard) and gives it its type; data that is missing, not JSON or not what the script expects throws,
 * naming the element and the data, instead of starting the element on `{}`.
 */
export function readPageData<T>(root: Element, name: string, check: (value: unknown) => T): T {
  const script = root.querySelector(`script[type="application/json"][data-page-data="${name}"]`);
  const where = `<${root.localName}> data “${name}”`;
  if (!script?.textContent) throw new Error(`${where} is missing`);
  let value: unknown;
  try {
    value = JSON.parse(script.textContent);
  } catch {
    throw new Error(`${where} is not JSON`);
  }
  return check(value);
}

/**
 * The usual check: the content was validated whole by its zod schema when the site was built, so the browser checks
 * only that it received the shape it reads (an object with these fields), not the schema again (bytes on every page).
 */
export function objectWith<T extends object>(...keys: (keyof T & string)[]): (value: unknown) => T {
  return (value) => {
    if (!isRecord(value)) throw new Error('page data is not an object');
    const missing = keys.filter((key) => !(key in value));
    if (missing.length) throw new Error(`page data has no ${missing.join(', ')}`);
    return value as T;
  };
}

/** The same for a list whose entries are objects with these fields. */
export function listOf<T extends object>(...keys: (keyof T & string)[]): (value: unknown) => T[] {
  const entry = objectWith<T>(...keys);
  return (value) => {
    if (!Array.isArray(value)) throw new Error('page data is not a list');
    return value.map(entry);
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
