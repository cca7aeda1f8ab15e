import { sitePath } from '@/components/shared/site-path';

/**
 * Where "Eskalasi" in the issue register leads: the crisis room, which starts a new incident from the hand-over (its
 * triage questions then give the level). The one place to change it.
 */
export const ESCALATION_TARGET_PATH = '/ruang-krisis/?eskalasi=1';

export function escalationTarget(): string {
  return sitePath(ESCALATION_TARGET_PATH);
}
