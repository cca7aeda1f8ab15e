/**
 * One incident as a sealed file (the mentoring package's format: SHA-256 of the payload), for the unit head or the
 * mentor to open read-only on another device. Loaded on "Ekspor kejadian" or when a file is chosen.
 */
import { incidentSchema, type Incident } from '@/schemas/incident';
import { MAX_SEALED_BYTES, openSealedFile, sealFile, type SealedKind } from '@/domain/mentoring/sealed-file';
import { downloadText, fileDate } from '@/components/shared/download';

const INCIDENT_FILE: SealedKind<Incident> = {
  kind: 'kejadian',
  formatVersion: 1,
  schema: incidentSchema,
  name: 'berkas kejadian',
  wrongKindHint: 'Berkas ekspor lengkap dibuka di halaman Data saya; paket pendampingan di halaman Pendampingan.',
};

export async function exportIncident(incident: Incident): Promise<void> {
  const { readOnly: _readOnly, draft: _draft, ...shared } = incident;
  const file = await sealFile(INCIDENT_FILE.kind, INCIDENT_FILE.formatVersion, { ...shared, draft: '' });
  downloadText(`kejadian${incident.drill ? '-latihan' : ''}-${fileDate(incident.createdAt)}.json`, JSON.stringify(file, null, 2));
}

export async function openIncidentFile(file: File): Promise<{ ok: true; incident: Incident } | { ok: false; reason: string }> {
  if (file.size > MAX_SEALED_BYTES) return { ok: false, reason: 'Berkas terlalu besar untuk sebuah berkas kejadian.' };
  const result = await openSealedFile(await file.text(), INCIDENT_FILE);
  return result.ok ? { ok: true, incident: result.payload } : result;
}
