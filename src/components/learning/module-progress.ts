/** <module-progress>: "Tandai sudah dibaca" at the end of every module, kept with the knowledge-check results. */
import { setText } from '@/components/shared/set-text';
import { SiteElement, defineElement } from '@/components/shared/site-element';
import { progress, updateModule } from './progress';

class ModuleProgressElement extends SiteElement {
  protected start(signal: AbortSignal): void {
    const id = this.dataset.moduleId ?? '';
    const button = this.querySelector<HTMLButtonElement>('button');
    const state = this.querySelector('[data-state]');
    if (!button || !state) return;
    button.disabled = false;
    button.addEventListener(
      'click',
      () => {
        const read = Boolean(progress.$data.get().modules[id]?.readAt);
        updateModule(id, ({ readAt: _old, ...rest }) => (read ? rest : { ...rest, readAt: new Date().toISOString() }));
      },
      { signal },
    );
    this.watch(progress.$data, (data) => {
      const readAt = data.modules[id]?.readAt;
      // One way to say the state: the toggle's pressed state (drawn as a tick), not also a changed label.
      button.setAttribute('aria-pressed', String(Boolean(readAt)));
      setText(
        state,
        readAt
          ? `Ditandai selesai dibaca pada ${new Date(readAt).toLocaleDateString('id-ID', { dateStyle: 'long' })}.`
          : 'Modul ini belum ditandai selesai dibaca.',
      );
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'module-progress': ModuleProgressElement;
  }
}

defineElement('module-progress', ModuleProgressElement);
