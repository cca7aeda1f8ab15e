import type { CommunicationPlan } from '@/schemas/communication-plan';
import { countMessageMap, describeMessageMapCount } from './message-map';
import { APPROVAL_LEVEL_LABELS, CONTACT_GROUP_LABELS, PLAN_SECTIONS, sectionHeading, type SectionId } from './sections';
import { isIsoDate } from './validation';
import { DEFAULT_PLAN_NAME } from './plans';
import { CONTACT_GROUPS } from '@/schemas/communication-plan';

/**
 * The plan as a document: cover, numbered sections made of a few kinds of blocks, and a signature block.
 * The print view and the .docx file are both drawn from this one outline, so paper and file always agree.
 */
export type OutlineBlock =
  | { kind: 'paragraph'; text: string; label?: string }
  | { kind: 'fields'; rows: Array<[label: string, value: string]> }
  | { kind: 'table'; columns: string[]; rows: string[][] }
  | { kind: 'subheading'; text: string };

export interface OutlineSection {
  id: SectionId;
  /** "3. Alur persetujuan pernyataan" */
  heading: string;
  blocks: OutlineBlock[];
}

export interface PlanOutline {
  title: string;
  unitName: string;
  version: string;
  cover: Array<[label: string, value: string]>;
  sections: OutlineSection[];
  signature: { date: string; role: string; name: string };
  /** Printed under the signature block: where the document comes from. */
  note: string;
}

export const PLAN_DOCUMENT_TITLE = 'Rencana Manajemen Komunikasi Krisis';
/** Shown in a cell the plan leaves empty. */
export const BLANK = '—';
const BLANK_DATE = '....................';

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/** "2026-03-05" → "5 Maret 2026"; anything else as it is. */
export function formatIsoDate(value: string): string {
  if (!isIsoDate(value)) return value;
  const [year, month, day] = value.split('-').map(Number);
  return `${day} ${MONTHS[(month ?? 1) - 1]} ${year}`;
}

const show = (value: string) => value.trim() || BLANK;
const hasText = (cells: readonly string[]) => cells.some((cell) => cell.trim() !== '');

/** A table block of the rows that have any text; undefined when none has. */
function table(columns: string[], rows: string[][]): OutlineBlock | undefined {
  const kept = rows.filter(hasText).map((row) => row.map(show));
  return kept.length > 0 ? { kind: 'table', columns, rows: kept } : undefined;
}

function fields(rows: Array<[string, string]>): OutlineBlock | undefined {
  return rows.some(([, v]) => v.trim() !== '') ? { kind: 'fields', rows: rows.map(([l, v]) => [l, show(v)]) } : undefined;
}

const joinPerson = (name: string, phone: string) => [name.trim(), phone.trim()].filter(Boolean).join(', ');

function sectionBlocks(plan: CommunicationPlan, id: SectionId): Array<OutlineBlock | undefined> {
  switch (id) {
    case 'identitas': {
      const i = plan.identity;
      return [
        fields([
          ['Nama unit', i.unitName],
          ['Jenis unit', i.unitType],
          ['Alamat', i.address],
          ['Penanggung jawab dokumen', [i.owner.trim(), i.ownerPosition.trim()].filter(Boolean).join(', ')],
          ['Versi', i.version],
          ['Tanggal penetapan', formatIsoDate(i.issuedDate)],
          ['Tinjauan berikutnya', formatIsoDate(i.reviewDate)],
        ]),
      ];
    }
    case 'tim':
      return [
        table(
          ['Peran', 'Petugas', 'Jabatan', 'Telepon', 'Cadangan'],
          plan.team.map((m) => [m.role, m.name, m.position, m.phone, joinPerson(m.deputyName, m.deputyPhone)]),
        ),
      ];
    case 'persetujuan': {
      const minutes = plan.approval.map((s) => s.minutes.trim());
      const total = minutes.every((m) => /^\d+$/.test(m)) ? minutes.reduce((sum, m) => sum + Number(m), 0) : undefined;
      return [
        table(
          ['No.', 'Tingkat', 'Yang menyetujui', 'Tugas', 'Batas waktu'],
          plan.approval.map((s, i) => [
            String(i + 1),
            APPROVAL_LEVEL_LABELS[s.level],
            s.who,
            s.task,
            s.minutes.trim() ? `${s.minutes.trim()} menit` : '',
          ]),
        ),
        total !== undefined && total > 0 && plan.approval.length > 0
          ? { kind: 'paragraph', text: `Waktu paling lama dari draf sampai persetujuan terakhir: ${total} menit.` }
          : undefined,
      ];
    }
    case 'kontak': {
      const order = (group: string) => CONTACT_GROUPS.indexOf(group as (typeof CONTACT_GROUPS)[number]);
      const sorted = [...plan.contacts].sort((a, b) => order(a.group) - order(b.group));
      return [
        table(
          ['Kelompok', 'Instansi atau media', 'Narahubung', 'Telepon', 'Catatan'],
          sorted
            .filter((c) => hasText([c.organisation, c.person, c.phone, c.note]))
            .map((c) => [CONTACT_GROUP_LABELS[c.group], c.organisation, c.person, c.phone, c.note]),
        ),
      ];
    }
    case 'pemangku':
      return [
        table(
          ['Khalayak', 'Kekhawatiran', 'Saluran', 'Penanggung jawab'],
          plan.stakeholders.map((s) => [s.audience, s.concern, s.channel, s.owner]),
        ),
      ];
    case 'skenario':
      // A scenario is printed once the unit has written something for it: the crisis type the template names
      // is not yet a scenario, and four of them would print as pages of empty tables.
      return plan.scenarios
        .filter((s) => hasText([s.holdingStatement, ...s.messages.flatMap((m) => [m.text, ...m.facts])]))
        .flatMap((s, i): Array<OutlineBlock | undefined> => {
          const written = s.messages.some((m) => hasText([m.text, ...m.facts]));
          return [
            { kind: 'subheading', text: `6.${i + 1} ${s.typeName.trim() || 'Skenario tanpa nama'}` },
            { kind: 'paragraph', label: 'Pernyataan awal', text: show(s.holdingStatement) },
            table(
              ['No.', 'Pesan kunci', 'Fakta pendukung'],
              s.messages.map((m, k) => [
                String(k + 1),
                m.text,
                m.facts
                  .filter((f) => f.trim() !== '')
                  .map((f) => `• ${f.trim()}`)
                  .join('\n'),
              ]),
            ),
            written
              ? { kind: 'paragraph', label: 'Patokan 27/9/3', text: describeMessageMapCount(countMessageMap(s.messages)) }
              : undefined,
          ];
        });
    case 'kanal':
      return [
        table(
          ['Saluran', 'Akun atau alamat', 'Yang boleh mengunggah', 'Aturan'],
          plan.channels.map((c) => [c.channel, c.account, c.posters, c.note]),
        ),
      ];
    case 'pemantauan':
      return [
        fields([
          ['Rutinitas pemantauan', plan.monitoring.routine],
          ['Alat dan sumber', plan.monitoring.tools],
        ]),
        table(
          ['Tingkat', 'Kriteria', 'Tindakan', 'Diberi tahu'],
          plan.monitoring.levels.map((l) => [l.level, l.criteria, l.response, l.reportTo]),
        ),
      ];
    case 'jam-pertama':
      return [
        table(
          ['Waktu', 'Tindakan', 'Pelaksana'],
          plan.firstHour.map((s) => [s.time, s.action, s.owner]),
        ),
      ];
    case 'evaluasi': {
      const e = plan.evaluation;
      return [
        fields([
          ['Pemimpin evaluasi', e.lead],
          ['Waktu evaluasi', e.timing],
          ['Cara evaluasi', e.method],
          ['Jadwal tinjauan rencana', e.reviewSchedule],
          ['Jadwal latihan', e.exerciseSchedule],
        ]),
      ];
    }
  }
}

export function planOutline(plan: CommunicationPlan): PlanOutline {
  const { identity } = plan;
  const unitName = identity.unitName.trim();
  const head = plan.team.find((m) => m.roleId === 'penanggung-jawab');
  return {
    title: PLAN_DOCUMENT_TITLE,
    unitName: unitName || BLANK,
    version: identity.version.trim() || BLANK,
    cover: [
      ['Unit', show(unitName)],
      // The name the builder gives a plan nobody named is not the document's name.
      ...(plan.name.trim() && plan.name.trim() !== DEFAULT_PLAN_NAME ? [['Nama rencana', plan.name.trim()] as [string, string]] : []),
      ['Versi', show(identity.version)],
      ['Tanggal penetapan', identity.issuedDate ? formatIsoDate(identity.issuedDate) : BLANK],
      ['Tinjauan berikutnya', identity.reviewDate ? formatIsoDate(identity.reviewDate) : BLANK],
      ['Penanggung jawab dokumen', show([identity.owner.trim(), identity.ownerPosition.trim()].filter(Boolean).join(', '))],
    ],
    sections: PLAN_SECTIONS.map((section) => {
      const blocks = sectionBlocks(plan, section.id).filter((b): b is OutlineBlock => b !== undefined);
      return {
        id: section.id,
        heading: sectionHeading(section.id),
        blocks: blocks.length > 0 ? blocks : [{ kind: 'paragraph', text: 'Bagian ini belum diisi.' }],
      };
    }),
    signature: {
      date: identity.issuedDate ? formatIsoDate(identity.issuedDate) : BLANK_DATE,
      role: `Kepala ${unitName || 'UPT'}`,
      name: head?.name.trim() || '',
    },
    note: 'Disusun dengan Siaga Krisis, materi pelatihan manajemen komunikasi krisis pemasyarakatan. Dokumen ini rencana unit, bukan peraturan resmi.',
  };
}
