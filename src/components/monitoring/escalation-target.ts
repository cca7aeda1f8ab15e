import { sitePath } from '@/components/shared/site-path';

/**
 * Where "Eskalasi" in the issue register leads. The crisis room (/ruang-krisis/, built on another branch) is the place
 * for an escalated issue; until it is part of this build, the incident triage receives the hand-over instead. This is
 * the one place to switch: '/ruang-krisis/?eskalasi=1'.
 */
export const ESCALATION_TARGET_PATH = '/latihan/triase-insiden/?eskalasi=1';
export const ESCALATION_TARGET_NAME = 'triase insiden';

export function escalationTarget(): string {
  return sitePath(ESCALATION_TARGET_PATH);
}
