// Loaded with import() by writing-scorer.ts only when a writing task needs it: the press-release checker and the
// rendering of its findings stay out of the player's script at page load.
import { updateKeyedList } from '@/components/shared/keyed-list';
import { analyzePressRelease, findingKey } from '@/domain/press-release/analyze';
import { FAMILY_LABELS, RULES, SEVERITY_LABELS, type Finding } from '@/domain/press-release/rules';
import { checkWriting, withPressReleaseChecker } from '@/domain/simulation/writing-check';
import { h } from '@/components/shared/dom';
import type { WritingTask } from '@/schemas/scenario';
import type { WritingScorer } from '@/domain/simulation/writing';
import { sitePath } from '@/components/shared/site-path';

export interface WritingChecker {
  /** False when the checker could not be loaded and texts are scored by the rubric alone. */
  available: boolean;
  scoreWriting: WritingScorer;
  /** The checker's findings that matter for the task, most serious first. */
  findingsFor(task: WritingTask, text: string): Finding[];
  /** Shows findings in a list, keeping the items that did not change so the page does not jump while typing. */
  showFindings(list: Element, findings: readonly Finding[]): void;
}

function findingItem(finding: Finding, key: string): HTMLLIElement {
  return h(
    'li',
    { class: 'sk-finding', 'data-key': key, 'data-severity': finding.severity, 'data-rule': finding.ruleId },
    h('span', { class: 'sk-finding__tag' }, `${SEVERITY_LABELS[finding.severity]} · ${FAMILY_LABELS[finding.family]}`),
    h('p', {}, finding.message),
    h(
      'p',
      { class: 'sk-finding__reason' },
      finding.reason,
      ' ',
      h('a', { href: sitePath(finding.moduleHref) }, `Pelajari: ${RULES[finding.ruleId].title}`),
    ),
  );
}

function showFindings(list: Element, findings: readonly Finding[]): void {
  updateKeyedList(list, findings, findingKey, findingItem);
}

export const writingChecker: WritingChecker = {
  available: true,
  scoreWriting: withPressReleaseChecker(analyzePressRelease),
  findingsFor: (task, text) => checkWriting(analyzePressRelease, task, text),
  showFindings,
};
