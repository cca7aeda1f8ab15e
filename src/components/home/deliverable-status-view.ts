import {
  DELIVERABLE_STATE_LABELS,
  planStatus,
  pressReleaseStatus,
  selfAssessmentStatus,
  type DeliverableStatus,
} from '@/domain/deliverables/status';
import type { DocumentDefinition } from '@/domain/storage/document-definition';
import { communicationPlansDocument } from '@/state/documents/communication-plans';
import { pressReleaseDocument } from '@/state/documents/press-release';
import { selfAssessmentDocument } from '@/state/documents/self-assessment';
import { readStoredDocument } from '@/state/read-only';

let shortDate: Intl.DateTimeFormat | undefined;
function formatDay(iso: string): string {
  const date = new Date(iso);
  shortDate ??= new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'short', year: 'numeric' });
  return Number.isNaN(date.getTime()) ? '' : shortDate.format(date);
}

/** A stored document's status, or what to do when this version cannot read it. */
function statusOf<T>(definition: DocumentDefinition<T>, read: (data: T) => DeliverableStatus): DeliverableStatus | 'unreadable' {
  const stored = readStoredDocument(definition);
  if (stored.kind === 'empty') return { state: 'not-started' };
  if (stored.kind !== 'ok') return 'unreadable';
  return read(stored.data);
}

function show(slot: HTMLElement, status: DeliverableStatus | 'unreadable'): void {
  const tag = slot.querySelector<HTMLElement>('.sk-task__tag');
  const detail = slot.querySelector<HTMLElement>('.sk-task__detail');
  if (!tag || !detail) return;
  if (status === 'unreadable') {
    slot.dataset.state = 'unreadable';
    tag.textContent = 'Tidak terbaca';
    detail.textContent = 'Buka halamannya: di sana tersedia salinan cadangan dan penjelasannya.';
    return;
  }
  slot.dataset.state = status.state;
  const day = status.at ? formatDay(status.at) : '';
  tag.textContent = DELIVERABLE_STATE_LABELS[status.state] + (day ? `, ${day}` : '');
  detail.textContent = status.detail ?? '';
}

export function showDeliverableStatus(root: HTMLElement): void {
  const questionnaireId = root.dataset.questionnaire ?? '';
  const itemCount = Number(root.dataset.items);
  const statuses: Record<string, DeliverableStatus | 'unreadable'> = {
    'self-assessment': statusOf(selfAssessmentDocument, (data) => selfAssessmentStatus(data, questionnaireId, itemCount)),
    plan: statusOf(communicationPlansDocument, planStatus),
    'press-release': statusOf(pressReleaseDocument, pressReleaseStatus),
  };
  for (const slot of root.querySelectorAll<HTMLElement>('[data-deliverable]')) {
    const status = statuses[slot.dataset.deliverable ?? ''];
    if (status) show(slot, status);
  }
}
