/**
 * Leaving personal data out of a file: names, phone numbers and e-mail addresses. Two passes, because neither alone
 * is enough:
 * 1. every structured field that holds a person (a name, a phone, "diisi oleh", a release's contact part) is cleared
 *    by the document's own rule;
 * 2. every other string is searched for e-mail addresses, phone numbers (Indonesian mobile and landline forms), the
 *    names found in step 1 anywhere in the user's data, and names in a quote's attribution ("kata Budi Santoso") or
 *    after "Narahubung:".
 * Free text can still hold a name written nowhere else and in no such form: the export dialogs say so.
 */
export const REMOVED = '[dihapus]';

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
// An Indonesian mobile number (08…, +62 8…, 62 8…): a person's own phone. Digits in groups separated by spaces or
// hyphens (not dots: "08.00-10.00" is a time); at least nine digits. Landlines (an area code: 021-…, (0511) …) belong to
// offices and institutions and stay.
const PHONE = /(?<![\p{L}\p{N}+])(?:\+62|62|0)[\s-]?8\d[\d\s-]{5,16}\d(?![\p{L}\p{N}])/gu;
// Capitalised words right after a verb of saying: the speaker of a quote.
const ATTRIBUTION =
  /(?<![\p{L}])(?:kata|ujar|ucap|tutur|jelas|ungkap|tegas|imbuh|terang|tambah|sebut)(?:nya)?,?\s+((?:\p{Lu}[\p{L}'’.-]*\s?){1,4})/gu;
const CONTACT_LINE = /(?:narahubung|kontak|contact person|cp|hubungi)\s*:?\s*([^,;\n()]+)/giu;
/** Words that describe a role, not a person: "kata Kepala Lapas" names nobody. */
const ROLE_WORDS = new Set(
  [
    'kepala',
    'kalapas',
    'karutan',
    'kabapas',
    'kalpka',
    'juru',
    'jubir',
    'koordinator',
    'kasubsi',
    'kasi',
    'kabid',
    'kasubag',
    'humas',
    'direktur',
    'kakanwil',
    'petugas',
    'tim',
    'pihak',
    'lapas',
    'rutan',
    'bapas',
    'lpka',
    'kanwil',
    'ditjenpas',
    'unit',
    'pejabat',
    'plt',
    'plh',
    'sekretaris',
    'kementerian',
    'narahubung',
  ].map((w) => w.toLowerCase()),
);
/** Parts of a name too common to remove on their own. */
const NAME_STOPWORDS = new Set([
  'bapak',
  'ibu',
  'bpk',
  'sdr',
  'saudara',
  'saudari',
  'kelas',
  'humas',
  'kepala',
  'petugas',
  'lapas',
  'rutan',
  'bapas',
  'lpka',
]);

const digits = (text: string) => text.replace(/\D/g, '').length;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** True when a captured phrase names a person rather than a role or nothing. */
function looksLikePersonName(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.some((w) => ROLE_WORDS.has(w.toLowerCase().replace(/[^\p{L}]/gu, '')))) return false;
  return /\p{Lu}/u.test(phrase) && /\p{L}{2,}/u.test(phrase);
}

/** Names written in free text in a recognisable form: a quote's speaker, a contact line's first part. */
export function namesInText(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(ATTRIBUTION)) if (looksLikePersonName(match[1]!)) found.push(match[1]!.trim());
  for (const match of text.matchAll(CONTACT_LINE))
    if (looksLikePersonName(match[1]!) && digits(match[1]!) === 0) found.push(match[1]!.trim());
  return found;
}

/** The patterns that find the given names: each full name, and each distinctive part of it ("Budi", "Santoso"). */
function namePattern(names: readonly string[]): RegExp | null {
  const parts = new Set<string>();
  for (const raw of names) {
    const name = raw.trim().replace(/\s+/g, ' ');
    if (name.length < 3 || !/\p{L}/u.test(name)) continue;
    parts.add(name);
    for (const word of name.split(' ')) {
      const bare = word.replace(/[^\p{L}'’-]/gu, '');
      if (bare.length >= 4 && !NAME_STOPWORDS.has(bare.toLowerCase()) && !ROLE_WORDS.has(bare.toLowerCase())) parts.add(bare);
    }
  }
  if (parts.size === 0) return null;
  const alternatives = [...parts].sort((a, b) => b.length - a.length).map(escape);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

/** A compiled redactor for one set of known names: the same names are searched in many strings. */
export function textRedactor(names: readonly string[]): (text: string) => string {
  const known = namePattern(names);
  return (text: string) => {
    if (text.trim() === '') return text;
    let out = text.replace(EMAIL, REMOVED).replace(PHONE, (match) => (digits(match) >= 9 ? REMOVED : match));
    const own = namePattern(namesInText(out));
    if (known) out = out.replace(known, REMOVED);
    if (own) out = out.replace(own, REMOVED);
    return out;
  };
}

/** Keys whose strings are ids, dates or unit names, never a person's: left as they are. */
const isMachineKey = (key: string) =>
  ['id', 'key', 'unitName', 'unitType', 'type', 'status', 'group', 'level', 'mode', 'kind', 'tone'].includes(key) ||
  /(?:Id|At|Ids)$/.test(key);

/** Every string in `value` (objects, arrays, record values) passed through `redact`, except ids, dates and unit names. */
export function redactStrings<T>(value: T, redact: (text: string) => string, key = ''): T {
  if (typeof value === 'string') return (isMachineKey(key) ? value : redact(value)) as T;
  if (Array.isArray(value)) return value.map((item) => redactStrings(item, redact, key)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = redactStrings(v, redact, k);
    return out as T;
  }
  return value;
}

/** Every string in `value`, for collecting names written in free text. */
export function allStrings(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const item of value) allStrings(item, into);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) allStrings(v, into);
  return into;
}

/** Blank a structured personal field: empty stays empty, anything else shows it was filled. */
export const blankField = (value: string) => (value.trim() === '' ? value : REMOVED);

/** True when `phone` is an Indonesian mobile number (a person's own, not an office's). */
export function isMobileNumber(phone: string): boolean {
  return /^(?:\+62|62|0)[\s-]?8/.test(phone.trim()) && digits(phone) >= 9;
}
