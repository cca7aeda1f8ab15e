import { z } from './zod';
import { isoDateTime } from './iso-date';

/**
 * The hand-over from the issue register (/pemantauan/) to the crisis room (/ruang-krisis/) or the incident triage when
 * an issue is escalated. It travels in sessionStorage under ESCALATION_KEY, never in the address: a query string would
 * reach the web server's logs, and nothing a user types may leave the browser. The receiving page reads it once,
 * validates it with this schema, uses it to prefill a new incident (or the triage) and removes it.
 */
export const ESCALATION_KEY = 'siaga-krisis:eskalasi';

export const escalationSchema = z.strictObject({
  version: z.literal(1),
  /** Where it came from; only the register sends one today. */
  source: z.literal('pemantauan'),
  /** The register entry (or topic) id, so the register can record the escalation and the room can name its origin. */
  issueId: z.string().check(z.minLength(1), z.maxLength(80)),
  /** When the issue was first seen. */
  seenAt: isoDateTime,
  /** The issue's short summary, in the officer's words. */
  summary: z.string().check(z.maxLength(1000)),
  /** Where it was seen (medium and source name, as text). */
  where: z.string().check(z.maxLength(300)),
  /** Crisis type id from the 'crisis-types' collection, or '' when not chosen. */
  crisisTypeId: z.string().check(z.maxLength(60)),
  /** Facts noted in the register, each becoming an unconfirmed fact in the room until someone confirms it. */
  facts: z.array(z.string().check(z.maxLength(500))).check(z.maxLength(30)),
});

export type Escalation = z.output<typeof escalationSchema>;
