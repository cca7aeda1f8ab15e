/**
 * The incident above the post-crisis evaluation checklist: its deadlines met, met late or missed, its level changes and
 * its chronology, from the same outline the room's report prints (one reading of the log, one wording).
 */
import { readPageData } from '@/components/shared/site-element';
import { persistentDocument } from '@/state/persistent-document';
import { incidentsDocument } from '@/state/documents/incidents';
import type { CrisisLevelEntry } from '@/domain/crisis-model/levels';
import { verifyChain } from '@/domain/incident/chain';
import { reportOutline } from '@/domain/incident/report';
import { readIncident } from '@/domain/incident/state';
import { formatDateTime } from '@/components/shared/download';
import { setText } from '@/components/shared/set-text';
import { drawReport } from './incident-report-view';

interface EvaluationData {
  levels: CrisisLevelEntry[];
  crisisTypes: Array<{ id: string; name: string }>;
}

const SHOWN = ['batas-waktu', 'tingkat', 'kronologi'];

export async function showEvaluation(element: HTMLElement, id: string): Promise<void> {
  const { levels, crisisTypes } = readPageData<EvaluationData>(element, 'evaluation', 'levels', 'crisisTypes');
  const status = element.querySelector<HTMLElement>('[data-status]')!;
  element.hidden = false;
  const incident = persistentDocument(incidentsDocument)
    .$data.get()
    .incidents.find((candidate) => candidate.id === id);
  if (!incident) {
    element.querySelector<HTMLElement>('[data-missing]')!.hidden = false; // its words and link are in the markup
    return;
  }
  const view = readIncident(incident);
  const outline = reportOutline(
    incident,
    view,
    levels,
    await verifyChain(incident.log),
    new Date(),
    formatDateTime,
    crisisTypes.find((type) => type.id === view.crisisTypeId)?.name,
  );
  drawReport(element.querySelector<HTMLElement>('[data-report]')!, {
    ...outline,
    title: `${incident.drill ? 'LATIHAN — ' : ''}Bahan evaluasi: ${view.what || 'kejadian'}`,
    sections: outline.sections.filter((section) => SHOWN.includes(section.id)).sort((a, b) => SHOWN.indexOf(a.id) - SHOWN.indexOf(b.id)),
  });
  setText(
    status,
    view.closed
      ? 'Mulai rapat evaluasi dari batas waktu yang terpenuhi dan yang terlewat, lalu isi daftar periksa di bawah.'
      : 'Kejadian ini belum ditutup di Ruang Krisis; batas waktu di bawah dihitung sampai sekarang.',
  );
}
