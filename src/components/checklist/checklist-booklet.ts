/** <checklist-booklet>: the "print all" button of the booklet page. */
import { SiteElement, defineElement } from '@/components/shared/site-element';
class ChecklistBookletElement extends SiteElement {
  protected start(signal: AbortSignal): void {
    const button = this.querySelector<HTMLButtonElement>('[data-action="print-all"]');
    if (!button) return;
    button.disabled = false;
    button.addEventListener('click', () => window.print(), { signal });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'checklist-booklet': ChecklistBookletElement;
  }
}

defineElement('checklist-booklet', ChecklistBookletElement);
