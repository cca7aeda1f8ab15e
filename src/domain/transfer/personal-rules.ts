/**
 * Which stored documents hold personal data (names of people, mobile numbers, e-mail addresses) and how each leaves
 * it out, by document key. Kept apart from the document definitions so pages load it only when exporting.
 */
import type { ChecklistState } from '@/schemas/checklist-state';
import type { CommunicationPlans } from '@/schemas/communication-plan';
import type { MentorStore, ReceivedFeedback } from '@/schemas/mentoring';
import type { Profile } from '@/schemas/profile';
import type { ReleaseWork } from '@/schemas/press-release-work';
import type { SelfAssessment } from '@/schemas/self-assessment';
import { withoutPersonalData } from '@/domain/plan/plans';
import type { FilledDocuments } from '@/schemas/filled-document';
import type { Incidents } from '@/schemas/incident';
import type { IssueRegister } from '@/schemas/monitoring';
import type { NationalStore } from '@/schemas/regional-summary';
import { PERSONAL_UNIT_DETAILS } from '@/schemas/unit-details';
import { withoutPersonalUnitDetails } from '@/domain/templates/stored-documents';
import { packageNames, packageWithoutPeople, planNames, releaseWithoutPeople } from './personal-fields';
import { redactStrings } from './redact';

export interface PersonalDataRule<T> {
  /** Names of people in the document's name fields; every document's text is searched for them. */
  names: (data: T) => string[];
  /** The same data without personal data: its name fields cleared, `redact` applied to its other text. */
  remove: (data: T, redact: (text: string) => string) => T;
}

const textOnly: PersonalDataRule<unknown> = { names: () => [], remove: (data, redact) => redactStrings(data, redact) };

export const PERSONAL_DATA_RULES: Record<string, PersonalDataRule<any>> = {
  // The person's name; the unit and the position are not personal.
  'siaga-krisis:profil': {
    names: (p: Profile) => [p.personName],
    remove: (p: Profile) => ({ ...p, personName: '' }),
  } satisfies PersonalDataRule<Profile>,
  // The respondent's name, in drafts and in every completed assessment.
  'siaga-krisis:self-asesmen': {
    names: (data: SelfAssessment) => [
      ...Object.values(data.drafts).map((d) => d.respondent.personName ?? ''),
      ...Object.values(data.history)
        .flat()
        .map((e) => e.respondent.personName),
    ],
    remove: (data: SelfAssessment) => ({
      drafts: Object.fromEntries(
        Object.entries(data.drafts).map(([id, d]) => [
          id,
          { ...d, respondent: { ...d.respondent, ...(d.respondent.personName === undefined ? {} : { personName: '' }) } },
        ]),
      ),
      history: Object.fromEntries(
        Object.entries(data.history).map(([id, list]) => [
          id,
          list.map((e) => ({ ...e, respondent: { ...e.respondent, personName: '' } })),
        ]),
      ),
    }),
  } satisfies PersonalDataRule<SelfAssessment>,
  // "Diisi oleh" on every checklist; the notes and the occasion searched.
  'siaga-krisis:daftar-periksa': {
    names: (state: ChecklistState) => Object.values(state.checklists).map((c) => c.session.filledBy),
    remove: (state: ChecklistState, redact) => ({
      checklists: Object.fromEntries(
        Object.entries(state.checklists).map(([id, c]) => [
          id,
          { ...c, session: { ...redactStrings(c.session, redact), filledBy: '' }, notes: redactStrings(c.notes, redact) },
        ]),
      ),
    }),
  } satisfies PersonalDataRule<ChecklistState>,
  // The plan page's own rule (people's names and numbers cleared), then every other field searched.
  'siaga-krisis:rencana-komunikasi': {
    names: ({ plans }: CommunicationPlans) => plans.flatMap(planNames),
    remove: (data: CommunicationPlans, redact) => ({
      ...data,
      plans: data.plans.map((plan) => redactStrings(withoutPersonalData(plan), redact)),
    }),
  } satisfies PersonalDataRule<CommunicationPlans>,
  // Every draft and attempt: the contact part cleared, the rest searched (a quote's speaker, numbers, e-mail addresses).
  'siaga-krisis:siaran-pers': {
    names: () => [],
    remove: (work: ReleaseWork, redact) => ({
      drafts: Object.fromEntries(
        Object.entries(work.drafts).map(([id, d]) => [id, { ...d, text: redact(d.text), parts: releaseWithoutPeople(d.parts, redact) }]),
      ),
      attempts: work.attempts.map((a) => ({ ...a, parts: releaseWithoutPeople(a.parts, redact) })),
    }),
  } satisfies PersonalDataRule<ReleaseWork>,
  // Owners are meant to be positions but may be names; what a participant wrote may name people: searched as text.
  // Documents from the template library: the signer's, spokesperson's and humas officer's names and numbers in the
  // letterhead details cleared; what the user wrote into each document searched.
  'siaga-krisis:templat': {
    names: (data: FilledDocuments) => PERSONAL_UNIT_DETAILS.filter((key) => !key.startsWith('telepon')).map((key) => data.unit[key] ?? ''),
    remove: (data: FilledDocuments, redact) => {
      const stripped = withoutPersonalUnitDetails(data);
      return { ...stripped, documents: stripped.documents.map((doc) => ({ ...doc, values: redactStrings(doc.values, redact) })) };
    },
  } satisfies PersonalDataRule<FilledDocuments>,
  // The people to tell (names, phones) cleared; the log searched. A log changed this way no longer verifies: the copy
  // shows where its chain breaks, which is true (it is not the log as written).
  'siaga-krisis:ruang-krisis': {
    names: ({ incidents }: Incidents) => incidents.flatMap((i) => i.people.map((p) => p.name)),
    remove: (data: Incidents, redact) => ({
      ...data,
      incidents: data.incidents.map((i) => ({ ...redactStrings(i, redact), people: i.people.map((p) => ({ ...p, name: '', phone: '' })) })),
    }),
  } satisfies PersonalDataRule<Incidents>,
  // The register's owners and source names may be people (an officer, a family member who complained, a private
  // account): cleared, and the rest of each entry searched for them.
  'siaga-krisis:pemantauan-isu': {
    names: (register: IssueRegister) => register.entries.flatMap((e) => [e.owner, e.sourceName]),
    remove: (register: IssueRegister, redact) => ({
      entries: register.entries.map((e) => ({ ...redactStrings(e, redact), owner: '', sourceName: '' })),
    }),
  } satisfies PersonalDataRule<IssueRegister>,
  'siaga-krisis:catatan-narasi': textOnly,
  'siaga-krisis:peta-risiko': textOnly,
  'siaga-krisis:triase-insiden': textOnly,
  'siaga-krisis:simulasi': textOnly,
  // Other units' officers, in current and older packages; the mentor's own name stays (it is on every feedback file).
  'siaga-krisis:pendampingan-rekap': {
    names: (store: MentorStore) => store.units.flatMap((u) => [u.current, ...u.history.map((h) => h.payload)].flatMap(packageNames)),
    remove: (store: MentorStore, redact) => ({
      ...store,
      units: store.units.map((u) => ({
        ...u,
        current: packageWithoutPeople(u.current, redact),
        history: u.history.map((h) => ({ ...h, payload: packageWithoutPeople(h.payload, redact) })),
        reviews: redactStrings(u.reviews, redact),
      })),
    }),
  } satisfies PersonalDataRule<MentorStore>,
  // The mentor's name, and the comments searched.
  'siaga-krisis:umpan-balik-pendamping': {
    names: ({ items }: ReceivedFeedback) => items.map((i) => i.payload.mentor),
    remove: (data: ReceivedFeedback, redact) => ({
      ...data,
      items: data.items.map((i) => ({ ...i, payload: { ...i.payload, mentor: '', reviews: redactStrings(i.payload.reviews, redact) } })),
    }),
  } satisfies PersonalDataRule<ReceivedFeedback>,
  // Each region's mentor, as typed on the summary (unit names and scores are not personal).
  'siaga-krisis:rekap-nasional': {
    names: ({ regions }: NationalStore) => regions.map((r) => r.summary.mentor),
    remove: (data: NationalStore) => ({ regions: data.regions.map((r) => ({ ...r, summary: { ...r.summary, mentor: '' } })) }),
  } satisfies PersonalDataRule<NationalStore>,
};
