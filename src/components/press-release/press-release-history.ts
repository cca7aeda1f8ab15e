import '@/components/shared/storage-notices'; // fills this exercise's <storage-notices>
import { persistentDocument } from '@/state/persistent-document';
import { pressReleaseDocument } from '@/state/documents/press-release';
import { renderAttemptRows } from './attempt-rows';

/** <press-release-history>: the table of all attempts, kept up to date when another tab submits one. */
class PressReleaseHistoryElement extends HTMLElement {
  connectedCallback(): void {
    const work = persistentDocument(pressReleaseDocument);
    const body = this.querySelector('tbody');
    if (!body) return;
    work.$data.subscribe(({ attempts }) => renderAttemptRows(body, attempts, true));
  }
}

if (!customElements.get('press-release-history')) customElements.define('press-release-history', PressReleaseHistoryElement);
