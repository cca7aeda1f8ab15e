/** <checklist-booklet>: the "print all" button of the booklet page. */
class ChecklistBookletElement extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector<HTMLButtonElement>('[data-action="print-all"]');
    if (!button) return;
    button.disabled = false;
    button.addEventListener('click', () => window.print());
  }
}

if (!customElements.get('checklist-booklet')) customElements.define('checklist-booklet', ChecklistBookletElement);
