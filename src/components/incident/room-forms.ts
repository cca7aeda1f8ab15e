/**
 * The log entries the room's forms write, from what the user typed. Loaded on the first form sent (a start, a level
 * change, an approval, a media question, a correction, the close…), so the room's start-up does not carry these words.
 */
import type { Incident, IncidentPerson, PersonParty } from '@/schemas/incident';
import type { Escalation } from '@/schemas/escalation';
import type { EntryDraft } from '@/domain/incident/chain';
import { FACT_STATUS_LABELS, type FactStatus, type IncidentView } from '@/domain/incident/state';
import { findLevel, levelLabel, type CrisisLevelEntry } from '@/domain/crisis-model/levels';
import { formatDateTime as time } from '@/components/shared/download';

export type Draft = Omit<EntryDraft, 'at'>;
type Text = (name: string) => string;

const fromLocalInput = (value: string) => (value ? new Date(value).toISOString() : '');

/** The entry for a level set, raised or lowered. */
export function levelEntry(levels: readonly CrisisLevelEntry[], before: number | undefined, level: number, reason: string): Draft {
  const verb = before === undefined ? 'ditetapkan' : level > before ? 'dinaikkan' : level < before ? 'diturunkan' : 'tetap';
  return {
    kind: 'tingkat',
    text: `Tingkat ${verb}: ${levelLabel(findLevel(levels, level))}. Alasan: ${reason}`,
    fields: { level: String(level), reason },
  };
}

/** The entries that open an incident: what was reported, and what an escalation from the issue register brought. */
export function startEntries(text: Text, drill: boolean, typeName: string, escalation: Escalation | undefined, now: Date): Draft[] {
  const reportedAt = fromLocalInput(text('reportedAt'));
  return [
    {
      kind: 'mulai',
      text: `${drill ? 'LATIHAN dimulai' : 'Kejadian dicatat'}: ${text('what')}${typeName ? ` (${typeName})` : ''}. Pertama diketahui ${time(reportedAt)}${text('reportedBy') ? `, dilaporkan oleh ${text('reportedBy')}` : ''}.`,
      fields: {
        what: text('what'),
        reportedAt: reportedAt || now.toISOString(),
        reportedBy: text('reportedBy'),
        unit: text('unit'),
        crisisTypeId: text('crisisTypeId'),
        ...(escalation ? { origin: `Eskalasi dari pemantauan isu (${escalation.issueId})` } : {}),
      },
    },
    ...(escalation
      ? [
          {
            kind: 'catatan' as const,
            text: `Berasal dari pemantauan isu ${escalation.issueId}, terlihat ${time(escalation.seenAt)} di ${escalation.where || 'tempat yang tidak dicatat'}.`,
          },
        ]
      : []),
    ...(escalation?.facts ?? []).map((fact) => ({
      kind: 'fakta' as const,
      text: `Fakta belum pasti (dari pemantauan): ${fact}`,
      fields: { fact, status: 'belum-pasti' },
    })),
  ];
}

export interface FormContext {
  incident: Incident;
  view: IncidentView;
  levels: readonly CrisisLevelEntry[];
  crisisTypes: ReadonlyArray<{ id: string; name: string }>;
  /** The form's data-ref: the entry it answers (a statement, a question). */
  ref: number;
}

/**
 * What a form writes: the entries, a person to add to the list to tell, or a message when the form cannot be written
 * (nothing is lost: the form keeps what was typed).
 */
export function formEntries(
  kind: string,
  text: Text,
  { incident, view, levels, crisisTypes, ref }: FormContext,
): { drafts: Draft[]; person?: IncidentPerson } | { problem: string } {
  switch (kind) {
    case 'fact': {
      const status = text('status') as FactStatus;
      return {
        drafts: [
          {
            kind: 'fakta',
            text: `Fakta dicatat (${FACT_STATUS_LABELS[status].toLowerCase()}): ${text('fact')}`,
            fields: { fact: text('fact'), status },
          },
        ],
      };
    }
    case 'level':
      return { drafts: [levelEntry(levels, view.level, Number(text('level')), text('reason'))] };
    case 'type': {
      const typeId = text('crisisTypeId');
      if (typeId === view.crisisTypeId) return { problem: 'Jenis kejadian itu sudah tercatat. Pilih jenis yang lain.' };
      const name = (id: string) => crisisTypes.find((t) => t.id === id)?.name ?? 'belum jelas';
      return {
        drafts: [
          {
            kind: 'jenis',
            text: `Jenis kejadian diubah dari ${name(view.crisisTypeId)} menjadi ${name(typeId)}. Alasan: ${text('reason')}`,
            fields: { crisisTypeId: typeId, reason: text('reason') },
          },
        ],
      };
    }
    case 'person': {
      const person: IncidentPerson = {
        id: `p${Date.now().toString(36)}`,
        name: text('name'),
        role: text('role'),
        phone: text('phone'),
        party: text('party') as PersonParty,
        typed: true,
      };
      return {
        person,
        drafts: [
          { kind: 'catatan', text: `Ditambahkan ke daftar yang diberi tahu: ${person.name}${person.role ? ` (${person.role})` : ''}.` },
        ],
      };
    }
    case 'approve': {
      const on = fromLocalInput(text('on'));
      return {
        drafts: [
          {
            kind: 'pernyataan-disetujui',
            ref,
            text: `Pernyataan #${ref} disetujui oleh ${text('by')} pada ${time(on)} melalui ${text('via')}.`,
            fields: { by: text('by'), on, via: text('via') },
          },
        ],
      };
    }
    case 'issue': {
      const nextUpdate = fromLocalInput(text('nextUpdate'));
      return {
        drafts: [
          {
            kind: 'pernyataan-terbit',
            ref,
            text: `Pernyataan #${ref} diterbitkan${nextUpdate ? `; kabar berikutnya dijanjikan ${time(nextUpdate)}` : ''}.`,
            fields: { nextUpdate },
          },
        ],
      };
    }
    case 'question': {
      const dueAt = fromLocalInput(text('dueAt'));
      return {
        drafts: [
          {
            kind: 'pertanyaan-media',
            text: `Pertanyaan wartawan${text('journalist') ? ` ${text('journalist')}` : ''}${text('medium') ? ` (${text('medium')})` : ''}: “${text('question')}”${text('promise') ? `. Dijanjikan: ${text('promise')}` : ''}${dueAt ? ` sebelum ${time(dueAt)}` : ''}.`,
            fields: { journalist: text('journalist'), medium: text('medium'), question: text('question'), promise: text('promise'), dueAt },
          },
        ],
      };
    }
    case 'answer':
      return {
        drafts: [{ kind: 'jawaban-media', ref, text: `Pertanyaan #${ref} dijawab: ${text('answer')}`, fields: { answer: text('answer') } }],
      };
    case 'rumour':
      return {
        drafts: [
          {
            kind: 'kabar-beredar',
            text: `Kabar beredar${text('where') ? ` di ${text('where')}` : ''}: ${text('what')}. Perlu diperiksa.`,
            fields: { fact: `${text('what')}${text('where') ? ` (kabar di ${text('where')})` : ''}`, status: 'belum-pasti' },
          },
        ],
      };
    case 'correct': {
      const target = Number(text('ref'));
      const entry = incident.log.find((e) => e.seq === target);
      if (!entry) return { problem: `Catatan #${target} tidak ada. Lihat nomornya di kronologi.` };
      const isFact = entry.kind === 'fakta' || entry.kind === 'kabar-beredar';
      return {
        drafts: [
          {
            kind: 'koreksi',
            ref: target,
            text: `Koreksi atas catatan #${target}: ${text('text')}`,
            fields: isFact ? { fact: text('text') } : {},
          },
        ],
      };
    }
    case 'close':
      return {
        drafts: [{ kind: 'ditutup', text: `Kejadian ditutup. Ringkasan: ${text('summary')}`, fields: { summary: text('summary') } }],
      };
    default:
      return { drafts: [] };
  }
}

/** What a button or a tick writes: a person told, a fact's new status, a checklist tick, a statement version. */
export function actionEntries(
  action: string,
  button: HTMLElement,
  incident: Incident,
  view: IncidentView,
  draft: string,
): { drafts: Draft[]; done?: string } | { problem: string } {
  switch (action) {
    case 'notified': {
      const person = incident.people.find((p) => p.id === button.dataset.person);
      if (!person) return { drafts: [] };
      return {
        drafts: [
          {
            kind: 'dihubungi',
            text: `Sudah dihubungi: ${person.name}${person.role ? ` (${person.role})` : ''}.`,
            fields: { personId: person.id, name: person.name, party: person.party },
          },
        ],
      };
    }
    case 'fact-status': {
      const status = button.dataset.status as FactStatus;
      const fact = view.facts.find((f) => f.seq === Number(button.dataset.ref));
      if (!fact) return { drafts: [] };
      return {
        drafts: [
          {
            kind: 'status-fakta',
            ref: fact.seq,
            text: `Fakta #${fact.seq} kini ${FACT_STATUS_LABELS[status].toLowerCase()}: ${fact.text}`,
            fields: { status },
          },
        ],
      };
    }
    case 'tick': {
      const input = button as HTMLInputElement;
      const [checklist, item] = (input.dataset.item ?? '/').split('/');
      const label = input.nextElementSibling?.firstChild?.textContent?.trim() ?? item;
      return {
        drafts: [
          {
            kind: 'centang',
            text: `${input.checked ? 'Dicentang' : 'Centang dibatalkan'}: ${label}`,
            fields: { checklist: checklist ?? '', item: item ?? '', done: input.checked ? 'ya' : 'tidak' },
          },
        ],
      };
    }
    case 'save-version': {
      if (!draft) return { problem: 'Draf masih kosong.' };
      // A version is what may be approved: the template's "[…]" places must be written out first.
      const marks = draft.match(/\[[^\]]+\]/g);
      if (marks) return { problem: `Ganti dulu ${marks.length} isian bertanda [ … ], misalnya ${marks[0]}, lalu simpan versi.` };
      const version = view.statements.length + 1;
      return {
        drafts: [{ kind: 'pernyataan-versi', text: `Pernyataan versi ${version} disimpan.`, fields: { body: draft } }],
        done: `Versi ${version} tersimpan. Mintakan persetujuan sebelum diterbitkan.`,
      };
    }
    default:
      return { drafts: [] };
  }
}
