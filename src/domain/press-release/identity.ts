/**
 * Findings that expose a person in custody or under supervision, or a child: whatever else is right, a text with one
 * of these fails (drills, free mode and simulation writing tasks alike). Its own small module with only type imports,
 * so the simulation player can use it without loading the checker.
 */
import type { Finding } from './rules';

export function identityFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity === 'error' && (f.ruleId === 'inmate-name-offence' || f.ruleId === 'child-identity'));
}
