// The press-release checker's public API. Other features (the simulation's writing tasks) import from here only.
export { analyzePressRelease, findingKey, type AnalysisInput, type AnalysisOptions } from './analyze';
export { scoreAgainstRubric, identityFindings, FREE_MODE_RUBRIC, PASS_PERCENT, type RubricScore, type CriterionResult } from './rubric';
export { splitRelease, joinRelease, emptyParts, completeParts, PART_KEYS, PART_LABELS, type PartKey, type ReleaseParts } from './parts';
export { RULES, RULE_IDS, FAMILY_LABELS, SEVERITY_LABELS, type Finding, type RuleFamily, type RuleId, type Severity } from './rules';
export { tokenize } from './text';
