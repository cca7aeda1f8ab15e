import '@/components/shared/storage-notices'; // fills this exercise's <storage-notices>
import { persistentDocument } from '@/state/persistent-document';
import { pressReleaseDocument } from '@/state/documents/press-release';
import { renderAttemptRows } from './attempt-rows';
import { SiteElement, defineElement } from '@/components/shared/site-element';

/** <press-release-history>: the table of all attempts, kept up to date when another tab submits one. */
class PressReleaseHistoryElement extends SiteElement {
  protected start(): void {
    const work = persistentDocument(pressReleaseDocument);
    const body = this.querySelector('tbody');
    if (!body) return;
    this.watch(work.$data, ({ attempts }) => renderAttemptRows(body, attempts, true));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'press-release-history': PressReleaseHistoryElement;
  }
}

defineElement('press-release-history', PressReleaseHistoryElement);
