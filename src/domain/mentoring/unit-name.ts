/**
 * Unit names as they arrive in files: invisible characters removed, and names that only look like another unit's
 * (a Cyrillic "Н" in "Нarapan", a digit "1" for an "l") recognised, so a forged package cannot pass for a unit the
 * mentor already follows. The look-alike test uses Unicode's confusable skeletons (UTS #39, via `unhomoglyph`), which
 * is large: this module is loaded only when files are read.
 */
import unhomoglyph from 'unhomoglyph';
import { unitKey } from './mentor-store';

// Format characters (zero-width space and joiners, direction marks, BOM, soft hyphen, tag characters), controls and
// variation selectors: none of them is seen, all of them change a name's bytes.
const INVISIBLE = /[\p{Cf}\p{Cc}\u{FE00}-\u{FE0F}\u{E0100}-\u{E01EF}\u115F\u1160\u3164\uFFA0\u2800]/gu;

/** The name without invisible characters, with runs of spaces (of any kind) made one space. */
export function cleanUnitName(name: string): string {
  return name.replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim();
}

const SCRIPTS = ['Latin', 'Cyrillic', 'Greek', 'Armenian', 'Cherokee', 'Arabic', 'Han'] as const;

/** The writing systems a name's letters come from; a unit name in Latin letters with one Cyrillic letter is suspicious. */
export function scriptsOf(name: string): string[] {
  return SCRIPTS.filter((script) => new RegExp(`\\p{Script=${script}}`, 'u').test(name));
}

/**
 * What a name looks like, whatever characters it is written with: equal keys read the same on screen. The skeleton is
 * taken before and after lowercasing (Unicode's table is case-sensitive: "I" looks like "l", "i" does not), and "i" is
 * then read as "l", so "IIA" and "iia" stay alike, as they are for unitKey.
 */
export function skeletonKey(name: string): string {
  let skeleton = skeletons.get(name);
  if (skeleton === undefined) {
    const once = unhomoglyph(cleanUnitName(name).normalize('NFD'));
    skeleton = unitKey(unhomoglyph(once.toLowerCase())).replace(/i/g, 'l');
    skeletons.set(name, skeleton);
  }
  return skeleton;
}
/** Known names' skeletons, remembered: an import of 700 files compares each new name with every known one. */
const skeletons = new Map<string, string>();

/**
 * Names among `known` that `name` looks like without being the same unit (by unitKey). Empty when the name is
 * an existing unit's or looks like none.
 */
export function lookalikesOf(name: string, known: readonly string[]): string[] {
  const key = unitKey(name);
  const skeleton = skeletonKey(name);
  return known.filter((other) => unitKey(other) !== key && skeletonKey(other) === skeleton);
}

/** Indonesian sentences about what is odd in a name: several scripts mixed, or a look-alike of a known unit. */
export function nameWarnings(name: string, known: readonly string[]): string[] {
  const warnings: string[] = [];
  const scripts = scriptsOf(name);
  if (scripts.length > 1)
    warnings.push(`Nama “${name}” mencampur huruf dari beberapa aksara (${scripts.join(', ')}); huruf yang tampak sama bisa berbeda.`);
  const like = lookalikesOf(name, known);
  if (like.length > 0)
    warnings.push(
      `Nama “${name}” tampak sama dengan unit yang sudah ada (${like.map((n) => `“${n}”`).join(', ')}) tetapi ditulis dengan huruf lain.`,
    );
  return warnings;
}
