import type * as z from 'zod/mini';

// zod/mini ships no messages; ours are Indonesian and always name the field, so a user can find what is wrong.
const TYPE_NAMES: Record<string, string> = {
  string: 'teks',
  number: 'angka',
  boolean: 'ya/tidak (boolean)',
  object: 'objek',
  array: 'daftar (array)',
  date: 'tanggal',
  bigint: 'angka',
  null: 'kosong (null)',
  undefined: 'tidak ada',
};

type Issue = z.core.$ZodIssue;

export function fieldPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(seluruh isi)';
  return path
    .map((part) => (typeof part === 'number' ? `[${part}]` : String(part)))
    .join('.')
    .replace(/\.\[/g, '[');
}

export function describeIssue(issue: Issue): string {
  const where = `kolom “${fieldPath(issue.path)}”`;
  switch (issue.code) {
    case 'invalid_type':
      return `${where} harus berupa ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'too_small':
      return issue.origin === 'string'
        ? `${where} terlalu pendek (minimal ${String(issue.minimum)} karakter)`
        : issue.origin === 'array'
          ? `${where} harus berisi minimal ${String(issue.minimum)} butir`
          : `${where} terlalu kecil (minimal ${String(issue.minimum)})`;
    case 'too_big':
      return issue.origin === 'string'
        ? `${where} terlalu panjang (maksimal ${String(issue.maximum)} karakter)`
        : issue.origin === 'array'
          ? `${where} berisi terlalu banyak butir (maksimal ${String(issue.maximum)})`
          : `${where} terlalu besar (maksimal ${String(issue.maximum)})`;
    case 'invalid_value':
      return `${where} harus salah satu dari: ${issue.values.map((v) => String(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `${where} berisi kolom yang tidak dikenal: ${issue.keys.join(', ')}`;
    case 'invalid_format':
      return `${where} formatnya tidak sesuai`;
    case 'invalid_union':
      return `${where} tidak cocok dengan bentuk yang diharapkan`;
    default:
      return issue.message && issue.message !== 'Invalid input' ? `${where}: ${issue.message}` : `${where} tidak valid`;
  }
}

/** One readable sentence for a failed validation: the first three problems, each naming its field. */
export function describeIssues(issues: readonly Issue[]): string {
  const shown = issues.slice(0, 3).map(describeIssue);
  const more = issues.length > 3 ? ` (dan ${issues.length - 3} masalah lain)` : '';
  return `${shown.join('; ')}${more}.`;
}
