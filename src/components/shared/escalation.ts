/**
 * The issue register's hand-over (src/schemas/escalation.ts), read once by the crisis room that "Eskalasi" opened and
 * removed at once, so a reload or a later visit does not fill the form again. 'unreadable' lets the room say so.
 */
import { ESCALATION_KEY, escalationSchema, type Escalation } from '@/schemas/escalation';

export function takeEscalation(): Escalation | 'unreadable' | null {
  if (!new URLSearchParams(location.search).has('eskalasi')) return null;
  try {
    const raw = sessionStorage.getItem(ESCALATION_KEY);
    sessionStorage.removeItem(ESCALATION_KEY);
    if (!raw) return null;
    const parsed = escalationSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : 'unreadable';
  } catch {
    return 'unreadable';
  }
}
