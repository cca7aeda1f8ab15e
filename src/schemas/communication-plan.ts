import { z } from './zod';
import { UNIT_TYPE_CHOICES } from './unit-types';
import { isoDateTime } from './iso-date';

/**
 * A unit's crisis communication management plan (rencana manajemen komunikasi krisis), as the humas team fills it in.
 * Every user-written value is a string, including numbers such as minutes: what the user typed is kept as typed,
 * and the plan's validation says what to correct. Names and phone numbers of officers are personal data.
 */
const text = (max: number) => z.string().check(z.maxLength(max));

/** Where a step of the approval chain sits. */
export const APPROVAL_LEVELS = ['upt', 'kanwil', 'ditjenpas'] as const;
/** The groups of the contact directory that every plan needs. */
export const CONTACT_GROUPS = ['internal', 'kanwil', 'ditjenpas', 'polisi', 'rumah-sakit', 'damkar', 'pemda', 'media', 'lainnya'] as const;
/** Kinds of unit, from the one list (src/schemas/unit-types.ts); empty until chosen. */
export const UNIT_TYPES = UNIT_TYPE_CHOICES;
/** The most risk scenarios one plan may hold. */
export const MAX_SCENARIOS = 20;

export const teamMemberSchema = z.object({
  /** Id of the role in the plan template (e.g. "juru-bicara"); empty for a role the unit added. */
  roleId: text(40),
  /** Name of the role, e.g. "Juru bicara". */
  role: text(120),
  /** Officer who holds the role (personal data). */
  name: text(120),
  /** That officer's position in the unit. */
  position: text(120),
  /** That officer's phone number (personal data). */
  phone: text(40),
  /** Officer who stands in when the holder cannot be reached (personal data). */
  deputyName: text(120),
  /** The deputy's phone number (personal data). */
  deputyPhone: text(40),
});

export const approvalStepSchema = z.object({
  /** Unit, regional office (Kanwil Ditjenpas) or directorate general (Ditjenpas). */
  level: z.enum(APPROVAL_LEVELS),
  /** Who approves at this step (a role, not a person). */
  who: text(160),
  /** What happens at this step. */
  task: text(400),
  /** Time allowed for the step, in minutes, as typed. */
  minutes: text(6),
});

export const contactSchema = z.object({
  /** Which part of the directory the contact belongs to. */
  group: z.enum(CONTACT_GROUPS),
  /** Institution or media outlet. */
  organisation: text(160),
  /** Person to ask for (personal data). */
  person: text(120),
  /** Phone number (personal data when it is a person's own number). */
  phone: text(40),
  /** Anything worth knowing: e-mail, hours, what they handle. */
  note: text(300),
});

export const stakeholderSchema = z.object({
  /** Who the audience is, e.g. "Keluarga WBP". */
  audience: text(160),
  /** What they worry about in a crisis. */
  concern: text(600),
  /** How the unit reaches them. */
  channel: text(300),
  /** Role in the team that keeps in touch with them. */
  owner: text(160),
});

export const keyMessageSchema = z.object({
  /** One of the three key messages. */
  text: text(400),
  /** Up to three supporting facts; empty strings are unused slots. */
  facts: z.tuple([text(400), text(400), text(400)]),
});

export const scenarioSchema = z.object({
  /** Stable id of the scenario inside its plan. */
  id: text(80),
  /** Crisis type, in the unit's words, e.g. "Pelarian WBP". */
  typeName: text(160),
  /** Id of the crisis type when the scenario was taken from the crisis-risk map. */
  typeId: z.optional(text(80)),
  /** Short statement the unit can release in the first hour, before facts are complete. */
  holdingStatement: text(2000),
  /** Covello's message map: three key messages with their supporting facts. */
  messages: z.tuple([keyMessageSchema, keyMessageSchema, keyMessageSchema]),
});

export const channelSchema = z.object({
  /** Channel, e.g. "Instagram" or "Situs web unit". */
  channel: text(120),
  /** Official account name or address. */
  account: text(200),
  /** Roles allowed to post on it. */
  posters: text(300),
  /** Rules for this channel, e.g. approval before posting. */
  note: text(300),
});

export const escalationLevelSchema = z.object({
  /** Name of the level, e.g. "Tingkat 2: insiden". */
  level: text(80),
  /** What puts a situation at this level. */
  criteria: text(600),
  /** What the team does at this level. */
  response: text(600),
  /** Who is informed, and how fast. */
  reportTo: text(300),
});

export const firstHourStepSchema = z.object({
  /** When, counted from the moment the unit learns of the crisis, e.g. "Menit 0–10". */
  time: text(40),
  /** What is done. */
  action: text(600),
  /** Role that does it. */
  owner: text(160),
});

export const communicationPlanSchema = z.object({
  /** Stable id of the plan in this browser (kept in exported files so a re-import can replace it). */
  id: z.string().check(z.minLength(1), z.maxLength(80)),
  /** What the user calls this plan, e.g. "Rencana 2026" or "Salinan untuk revisi". */
  name: text(160),
  /** When the plan was created (ISO 8601). */
  createdAt: isoDateTime,
  /** When the plan was last changed (ISO 8601). */
  updatedAt: isoDateTime,
  /** Section 1: the unit and the document. */
  identity: z.object({
    /** Unit name, e.g. "Lapas Kelas IIA Telaga Bening". */
    unitName: text(160),
    /** Kind of unit. */
    unitType: z.enum(UNIT_TYPES),
    /** Postal address of the unit. */
    address: text(300),
    /** Officer who keeps the plan up to date (personal data). */
    owner: text(120),
    /** That officer's position. */
    ownerPosition: text(120),
    /** Version of the plan, e.g. "1.0". */
    version: text(20),
    /** When the unit head signed the plan (YYYY-MM-DD), empty until then. */
    issuedDate: text(10),
    /** When the plan is next reviewed (YYYY-MM-DD). */
    reviewDate: text(10),
  }),
  /** Section 2: roles with their holder and deputy. */
  team: z.array(teamMemberSchema).check(z.maxLength(30)),
  /** Section 3: approval chain for statements, in order. */
  approval: z.array(approvalStepSchema).check(z.maxLength(20)),
  /** Section 4: contact directory. */
  contacts: z.array(contactSchema).check(z.maxLength(100)),
  /** Section 5: stakeholder map. */
  stakeholders: z.array(stakeholderSchema).check(z.maxLength(40)),
  /** Section 6: risk scenarios with holding statements and message maps. */
  scenarios: z.array(scenarioSchema).check(z.maxLength(MAX_SCENARIOS)),
  /** Section 7: channels and official accounts. */
  channels: z.array(channelSchema).check(z.maxLength(30)),
  /** Section 8: monitoring routine and escalation levels. */
  monitoring: z.object({
    /** What is watched, how often, by whom. */
    routine: text(2000),
    /** Tools and sources watched. */
    tools: text(600),
    /** Escalation levels, lowest first. */
    levels: z.array(escalationLevelSchema).check(z.maxLength(8)),
  }),
  /** Section 9: the first-hour protocol, in order. */
  firstHour: z.array(firstHourStepSchema).check(z.maxLength(30)),
  /** Section 10: evaluation after a crisis and the review schedule. */
  evaluation: z.object({
    /** Role that leads the evaluation. */
    lead: text(160),
    /** When the evaluation takes place, e.g. "dalam 7 hari setelah krisis dinyatakan selesai". */
    timing: text(300),
    /** How it is done and what it produces. */
    method: text(2000),
    /** How often the plan is reviewed. */
    reviewSchedule: text(300),
    /** When the team practises the plan (simulations, drills). */
    exerciseSchedule: text(300),
  }),
});

/** Everything stored under 'siaga-krisis:rencana-komunikasi'. Version 1. */
export const communicationPlansSchema = z.object({
  /** Every plan kept in this browser. */
  plans: z.array(communicationPlanSchema).check(z.maxLength(30)),
  /** Id of the plan open on the page; empty when there is none. */
  activeId: text(80),
});

/**
 * The starting content of a new plan as written in src/content/plan-templates/*.yaml: roles, chain, directory groups
 * and steps the team then completes. The escalation levels are not in the file: they come from the crisis-level
 * model (src/content/crisis-levels/), added by planTemplateWithLevels (src/domain/plan/plans.ts).
 */
export const planTemplateSchema = z.object({
  roles: z.array(z.object({ id: z.string().check(z.regex(/^[a-z0-9-]+$/)), role: text(120), duty: text(300) })).check(z.minLength(1)),
  approval: z.array(z.object({ level: z.enum(APPROVAL_LEVELS), who: text(160), task: text(400) })).check(z.minLength(1)),
  contacts: z.array(z.object({ group: z.enum(CONTACT_GROUPS), organisation: text(160) })),
  stakeholders: z.array(z.object({ audience: text(160), concern: text(600), channel: text(300) })),
  scenarios: z.array(z.object({ typeName: text(160) })),
  channels: z.array(z.object({ channel: text(120) })),
  firstHour: z.array(z.object({ time: text(40), action: text(600) })).check(z.minLength(1)),
});

export type TeamMember = z.output<typeof teamMemberSchema>;
export type ApprovalStep = z.output<typeof approvalStepSchema>;
export type Contact = z.output<typeof contactSchema>;
export type Stakeholder = z.output<typeof stakeholderSchema>;
export type KeyMessage = z.output<typeof keyMessageSchema>;
export type Scenario = z.output<typeof scenarioSchema>;
export type Channel = z.output<typeof channelSchema>;
export type EscalationLevel = z.output<typeof escalationLevelSchema>;
export type FirstHourStep = z.output<typeof firstHourStepSchema>;
export type CommunicationPlan = z.output<typeof communicationPlanSchema>;
export type CommunicationPlans = z.output<typeof communicationPlansSchema>;
export type PlanTemplateFile = z.output<typeof planTemplateSchema>;
/** A template ready to seed plans: the file plus the escalation levels of the crisis-level model. */
export type PlanTemplate = PlanTemplateFile & { levels: EscalationLevel[] };
