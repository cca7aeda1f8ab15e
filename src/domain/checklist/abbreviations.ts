/**
 * Abbreviations a checklist may use, and their long forms. A printed sheet stands alone, so each checklist
 * explains the abbreviations it uses in one line at its top (content guide: explain at first use on each page).
 */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  CCTV: 'kamera pengawas',
  CERC: 'prinsip komunikasi risiko krisis dan kedaruratan',
  Ditjenpas: 'Direktorat Jenderal Pemasyarakatan',
  humas: 'hubungan masyarakat',
  LPKA: 'Lembaga Pembinaan Khusus Anak',
  UPT: 'Unit Pelaksana Teknis',
  UU: 'Undang-Undang',
  WBP: 'Warga Binaan Pemasyarakatan',
  '5W1H': 'apa, siapa, kapan, di mana, mengapa, bagaimana',
};

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordPattern = (word: string) => new RegExp(`(^|[^\\p{L}\\p{N}])${escape(word)}(?=$|[^\\p{L}\\p{N}])`, 'u');

/**
 * The abbreviations of ABBREVIATIONS that occur in the texts as whole words, in alphabetical order,
 * leaving out those the texts already explain in place, e.g. "kamera pengawas (CCTV)".
 */
export function abbreviationsUsed(texts: readonly string[]): Array<{ short: string; long: string }> {
  const all = texts.join('\n');
  return Object.entries(ABBREVIATIONS)
    .filter(([short]) => wordPattern(short).test(all) && !all.includes(`(${short})`))
    .map(([short, long]) => ({ short, long }))
    .sort((a, b) => a.short.localeCompare(b.short, 'id'));
}

/** Words of two or more capitals and digits with at least one capital (UPT, 5W1H): what looks like an abbreviation. */
export function abbreviationLikeWords(text: string): string[] {
  return [...new Set(text.match(/\b[A-Z0-9]{2,}\b/g) ?? [])].filter((word) => /[A-Z]/.test(word));
}

/** Every text of a checklist, in reading order. */
export function checklistTexts(checklist: {
  purpose: string;
  whenToUse: string;
  whoUses: string;
  groups: ReadonlyArray<{ title: string; items: ReadonlyArray<{ text: string; explanation: string }> }>;
}): string[] {
  return [
    checklist.purpose,
    checklist.whenToUse,
    checklist.whoUses,
    ...checklist.groups.flatMap((group) => [group.title, ...group.items.flatMap((item) => [item.text, item.explanation])]),
  ];
}
