/**
 * A release part in a package has at most this many lines: a real release has a few dozen; a part of 60,000 short lines
 * would take seconds to lay out on the mentor's screen and never finish printing.
 */
export const MAX_RELEASE_LINES = 300;
const lineCount = (text: string) => {
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1 && lines <= MAX_RELEASE_LINES; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
};

/** True when no part of the release is longer than a package allows. */
export function releaseFitsPackage(release: { parts: Record<string, string> }): boolean {
  return Object.values(release.parts).every((part) => lineCount(part) <= MAX_RELEASE_LINES);
}
