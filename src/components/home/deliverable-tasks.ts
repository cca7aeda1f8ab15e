// The task list's statuses come from storage, read by a chunk loaded once the page is idle: the home page itself stays
// a page to read (tests/e2e/budget.spec.ts), and the statuses arrive a moment after the text.
customElements.define(
  'deliverable-tasks',
  class DeliverableTasksElement extends HTMLElement {
    connectedCallback(): void {
      (window.requestIdleCallback ?? setTimeout)(
        () => void import('./deliverable-status-view').then((view) => view.showDeliverableStatus(this)),
      );
    }
  },
);
