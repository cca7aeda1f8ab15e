/**
 * <incident-evaluation>: on the evaluation checklist's page, shows the incident named in ?kejadian=<id>. Nothing else
 * runs here: the incident's part (stored incidents, the report outline) loads only when the query asks for it.
 */
import { SiteElement, defineElement } from '@/components/shared/site-element';

class IncidentEvaluationElement extends SiteElement {
  protected start(): void {
    const id = new URLSearchParams(location.search).get('kejadian');
    if (id) void import('./evaluation-view').then(({ showEvaluation }) => showEvaluation(this, id));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'incident-evaluation': IncidentEvaluationElement;
  }
}

defineElement('incident-evaluation', IncidentEvaluationElement);
