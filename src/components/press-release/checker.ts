// The checker and the scoring, loaded by <press-release-drill> only once there is text to check: they are the
// largest part of the drill's script, and the page must stay light at load.
export { analyzePressRelease, findingKey } from '@/domain/press-release/analyze';
export { scoreAgainstRubric } from '@/domain/press-release/rubric';
export { FAMILY_LABELS, SEVERITY_LABELS } from '@/domain/press-release/rules';
