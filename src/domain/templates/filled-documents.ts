/**
 * Filled-in documents (templat): creating, changing, duplicating and removing them, and putting one together as a
 * finished document (letterhead, text, signature) for the preview, the printout, the .docx and the copied text.
 * Pure: no DOM, no storage.
 */
import { formatCalendarDate } from '../checklist/format-date';
import type { FilledDocument, FilledDocuments, UnitDetails } from '../../schemas/filled-document';
import type { ReleaseKind } from '../../schemas/release-parts';
import type { CommunicationPlan } from '../../schemas/communication-plan';
import { MAX_FILLED_DOCUMENTS } from '../../schemas/filled-document';
import { UNIT_DETAIL_LABELS, type UnitDetailKey } from '../../schemas/unit-details';
import {
  blocksToText,
  parseTemplate,
  referencedFields,
  renderTemplate,
  unfilledMarks,
  type DocumentBlock,
  type FieldValues,
  type TemplateNode,
} from './template-language';

export { EMPTY_DOCUMENTS, mergeDocuments, withoutPersonalUnitDetails } from './stored-documents';

/** What the browser needs of a template (sent from the build as JSON). */
export interface TemplateForBrowser {
  id: string;
  title: string;
  layout: 'surat' | 'pernyataan' | 'naskah';
  /** Set for statements and releases: the press-release checker reads them as this kind of text. */
  releaseKind?: ReleaseKind;
  unitDetails: UnitDetailKey[];
  fields: { id: string; label: string; type: 'teks' | 'paragraf' | 'tanggal' | 'jam' | 'pilihan' | 'daftar'; required: boolean }[];
  signature?: { role: string; nameField: UnitDetailKey };
  body: TemplateNode[];
  signatureRole: TemplateNode[];
}

/** A finished document, ready for any view. */
export interface ComposedDocument {
  title: string;
  /** Kop surat lines (letters only): the unit's name first. */
  letterhead: string[];
  blocks: DocumentBlock[];
  signature?: { role: string; name: string };
  /** Labels of required fields and unit details still empty. */
  missing: string[];
}

/** Field values as the template reads them: dates written out ("12 Maret 2026"), lists without blank entries. */
function displayValues(template: TemplateForBrowser, values: FilledDocument['values'], unit: UnitDetails): FieldValues {
  const shown: Record<string, string | string[]> = {};
  for (const key of template.unitDetails) shown[key] = unit[key] ?? '';
  for (const field of template.fields) {
    const value = values[field.id];
    if (Array.isArray(value)) shown[field.id] = value.filter((item) => item.trim() !== '');
    else if (typeof value === 'string')
      shown[field.id] = field.type === 'tanggal' ? formatCalendarDate(value) : field.type === 'jam' ? value.replace(':', '.') : value;
  }
  return shown;
}

export function composeDocument(template: TemplateForBrowser, values: FilledDocument['values'], unit: UnitDetails): ComposedDocument {
  const labels: Record<string, string> = { ...UNIT_DETAIL_LABELS };
  for (const field of template.fields) labels[field.id] = field.label;
  const shown = displayValues(template, values, unit);
  const blocks = renderTemplate(template.body, shown, labels);
  const letterhead =
    template.layout === 'surat'
      ? [
          unit.nama_unit ?? '',
          unit.alamat_unit ?? '',
          [unit.telepon_unit && `Telepon ${unit.telepon_unit}`, unit.surel_unit && `Surel ${unit.surel_unit}`].filter(Boolean).join(' · '),
        ]
          .map((line) => line.trim())
          .filter(Boolean)
      : [];
  const signature = template.signature
    ? {
        role: blocksToText(renderTemplate(template.signatureRole, shown, labels)),
        name: (unit[template.signature.nameField] ?? '').trim(),
      }
    : undefined;
  const emptyRequired = template.fields
    .filter((field) => field.required)
    .filter((field) => {
      const value = shown[field.id];
      return Array.isArray(value) ? value.length === 0 : typeof value !== 'string' || value.trim() === '';
    })
    .map((field) => field.label);
  // Details the text or the signature uses must be there; the letterhead's address and contacts are welcome but optional.
  const used = new Set([...referencedFields(template.body).keys(), ...referencedFields(template.signatureRole).keys()]);
  if (template.signature) used.add(template.signature.nameField);
  const emptyDetails = template.unitDetails.filter((key) => used.has(key) && !unit[key]?.trim()).map((key) => UNIT_DETAIL_LABELS[key]);
  // Optional fields left empty inside conditions vanish; an empty optional field outside one still shows "[label]".
  const stillMarked = unfilledMarks(blocks, labels).filter((label) => !emptyRequired.includes(label) && !emptyDetails.includes(label));
  return {
    title: template.title,
    letterhead,
    blocks,
    ...(signature ? { signature } : {}),
    missing: [...emptyDetails, ...emptyRequired, ...stillMarked],
  };
}

/** The document as plain text for copying: title for statements, the text, and the signature. */
export function documentToText(document: ComposedDocument): string {
  const parts = [...(document.letterhead.length ? [document.letterhead.join('\n')] : []), blocksToText(document.blocks)];
  if (document.signature) parts.push([document.signature.role, '', '', document.signature.name || '(nama)'].join('\n'));
  return parts.join('\n\n');
}

export function newDocumentId(random: () => number = Math.random): string {
  return `dok-${Date.now().toString(36)}-${Math.floor(random() * 36 ** 6)
    .toString(36)
    .padStart(6, '0')}`;
}

export type CreateResult = { ok: true; data: FilledDocuments; id: string } | { ok: false; reason: string };

export function createDocument(
  data: FilledDocuments,
  template: { id: string; title: string },
  values: FilledDocument['values'],
  now: string,
  id: string,
): CreateResult {
  if (data.documents.length >= MAX_FILLED_DOCUMENTS) {
    return {
      ok: false,
      reason: `Sudah ada ${MAX_FILLED_DOCUMENTS} dokumen tersimpan. Hapus dokumen lama (atau ekspor dulu dari Data saya) sebelum membuat yang baru.`,
    };
  }
  const document: FilledDocument = { id, templateId: template.id, title: template.title, createdAt: now, updatedAt: now, values };
  return { ok: true, id, data: { ...data, documents: [...data.documents, document] } };
}

export function updateDocument(data: FilledDocuments, id: string, values: FilledDocument['values'], now: string): FilledDocuments {
  return { ...data, documents: data.documents.map((doc) => (doc.id === id ? { ...doc, values, updatedAt: now } : doc)) };
}

export function duplicateDocument(data: FilledDocuments, id: string, now: string, newId: string): CreateResult {
  const original = data.documents.find((doc) => doc.id === id);
  if (!original) return { ok: false, reason: 'Dokumen yang akan digandakan tidak ditemukan (mungkin sudah dihapus di tab lain).' };
  return createDocument(data, { id: original.templateId, title: original.title }, structuredClone(original.values), now, newId);
}

export function removeDocument(data: FilledDocuments, id: string): FilledDocuments {
  return { ...data, documents: data.documents.filter((doc) => doc.id !== id) };
}

export function setUnitDetail(data: FilledDocuments, key: UnitDetailKey, value: string): FilledDocuments {
  return { ...data, unit: { ...data.unit, [key]: value } };
}

/** Documents of one template, most recently changed first. */
export function documentsOf(data: FilledDocuments, templateId: string): FilledDocument[] {
  return data.documents.filter((doc) => doc.templateId === templateId).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

/** What a plan's team and identity and the profile already say about the unit: offered where a detail is still empty. */
export function suggestedUnitDetails(profileUnitName: string, plan: CommunicationPlan | undefined): UnitDetails {
  const member = (roleId: string) => plan?.team.find((m) => m.roleId === roleId && m.name.trim());
  const head = member('penanggung-jawab');
  const speaker = member('juru-bicara');
  const humas = member('koordinator-humas');
  const suggested: UnitDetails = {
    nama_unit: plan?.identity.unitName.trim() || profileUnitName.trim(),
    alamat_unit: plan?.identity.address.trim() ?? '',
    nama_kepala: head?.name.trim() ?? '',
    nama_juru_bicara: speaker?.name.trim() ?? '',
    jabatan_juru_bicara: speaker?.position.trim() ?? '',
    nama_humas: humas?.name.trim() ?? '',
    telepon_humas: humas?.phone.trim() ?? '',
  };
  return Object.fromEntries(Object.entries(suggested).filter(([, value]) => value)) as UnitDetails;
}

/** Parses a template body for the browser; build-time only callers have already checked it. */
export function parsedOrThrow(source: string, where: string): TemplateNode[] {
  const result = parseTemplate(source);
  if (!result.ok) throw new Error(`${where}: ${result.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join('; ')}`);
  return result.nodes;
}
