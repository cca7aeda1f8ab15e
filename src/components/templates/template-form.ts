/**
 * <template-form>: makes one fill-in document live. The unit's letterhead details and every document written from a
 * template are kept in the "siaga-krisis:templat" document; a document is created by the first keystroke and saved on
 * every change. The preview, the copied text, the printout and the .docx are all drawn from composeDocument().
 */
import '@/components/shared/storage-notices'; // fills this exercise's <storage-notices>
import { persistentDocument } from '@/state/persistent-document';
import { templatesDocument } from '@/state/documents/templates';
import { profileDocument } from '@/state/documents/profile';
import { communicationPlansDocument } from '@/state/documents/communication-plans';
import {
  composeDocument,
  createDocument,
  documentToText,
  documentsOf,
  duplicateDocument,
  newDocumentId,
  removeDocument,
  setUnitDetail,
  suggestedUnitDetails,
  updateDocument,
  type ComposedDocument,
  type TemplateForBrowser,
} from '@/domain/templates/filled-documents';
import type { FilledDocument } from '@/schemas/filled-document';
import type { UnitDetailKey } from '@/schemas/unit-details';
import { h } from '@/components/shared/dom';
import { copyText } from '@/components/shared/clipboard';
import { downloadBlob, formatDateTime } from '@/components/shared/download';
import { sitePath } from '@/components/shared/site-path';
import { SiteElement, defineElement, readPageData } from '@/components/shared/site-element';
import { confirmed } from '@/components/shared/confirm-dialog';

const store = persistentDocument(templatesDocument);
const profile = persistentDocument(profileDocument);
const plans = persistentDocument(communicationPlansDocument);

class TemplateFormElement extends SiteElement {
  #template!: TemplateForBrowser;
  #currentId: string | null = null;
  #lastMissing = '';
  #lastList = '';

  protected start(signal: AbortSignal): void {
    this.#template = readPageData<TemplateForBrowser>(this, 'template', 'id', 'fields');
    for (const control of this.querySelectorAll<HTMLInputElement | HTMLButtonElement>('input, textarea, select, button'))
      control.disabled = false;

    const requested = new URLSearchParams(location.search).get('dokumen');
    const mine = documentsOf(store.$data.get(), this.#template.id);
    this.#currentId = mine.find((doc) => doc.id === requested)?.id ?? mine[0]?.id ?? null;
    this.fillForm();

    this.addEventListener('input', (event) => this.saveFrom(event.target as HTMLElement), { signal });
    this.addEventListener('change', (event) => this.saveFrom(event.target as HTMLElement), { signal });
    this.addEventListener(
      'click',
      (event) => {
        const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]');
        if (button) void this.act(button.dataset.action ?? '', button.dataset.id ?? '');
      },
      { signal },
    );
    // Another tab (or Data saya) changed the documents: redraw the list and preview; the fields keep what is typed.
    this.watchChanges(store.$data, () => {
      if (this.#currentId && !store.$data.get().documents.some((doc) => doc.id === this.#currentId)) {
        this.#currentId = null;
        this.fillForm();
      } else this.render();
    });
    this.render();
  }

  get #current(): FilledDocument | undefined {
    return store.$data.get().documents.find((doc) => doc.id === this.#currentId);
  }

  /** Puts the current document's values (or nothing, for a new one) and the unit details into the fields. */
  fillForm(): void {
    const data = store.$data.get();
    const values = this.#current?.values ?? {};
    // A detail never filled here is offered from the unit's plan and profile; once typed, it is the unit's own.
    const { plans: list, activeId } = plans.$data.get();
    const suggested = suggestedUnitDetails(profile.$data.get().unitName, list.find((p) => p.id === activeId) ?? list[0]);
    for (const input of this.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-unit]')) {
      const key = input.dataset.unit as UnitDetailKey;
      input.value = data.unit[key] ?? suggested[key] ?? '';
    }
    for (const field of this.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('[data-field]')) {
      const value = values[field.dataset.field ?? ''];
      field.value = Array.isArray(value) ? value.join('\n') : (value ?? '');
    }
    this.render();
  }

  /** The fields' values as stored: a list field keeps one entry per line. */
  readValues(): FilledDocument['values'] {
    const values: FilledDocument['values'] = {};
    for (const field of this.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('[data-field]')) {
      const id = field.dataset.field ?? '';
      values[id] =
        field.dataset.type === 'daftar'
          ? field.value
              .split('\n')
              .map((line) => line.replace(/\r$/, ''))
              .slice(0, 40)
          : field.value;
    }
    return values;
  }

  unitFromForm(): Partial<Record<UnitDetailKey, string>> {
    const unit = { ...store.$data.get().unit };
    for (const input of this.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-unit]'))
      unit[input.dataset.unit as UnitDetailKey] = input.value;
    return unit;
  }

  saveFrom(target: HTMLElement): void {
    const now = new Date().toISOString();
    if ((target instanceof HTMLInputElement || target instanceof HTMLSelectElement) && target.dataset.unit) {
      store.set(setUnitDetail(store.$data.get(), target.dataset.unit as UnitDetailKey, target.value));
    } else if (target.dataset.field) {
      const data = store.$data.get();
      const values = this.readValues();
      // "change" follows "input" with the same values: saving again would only move the time and redraw the list.
      if (this.#current && JSON.stringify(this.#current.values) === JSON.stringify(values)) return;
      if (this.#current) store.set(updateDocument(data, this.#current.id, values, now));
      else {
        // The unit details on screen (the name may come from the profile) are kept with the first document.
        const withUnit = { ...data, unit: this.unitFromForm() };
        const result = createDocument(withUnit, this.#template, values, now, newDocumentId());
        if (!result.ok) return this.say(result.reason);
        this.#currentId = result.id;
        store.set(result.data);
      }
    }
    this.render();
  }

  composed(): ComposedDocument {
    return composeDocument(this.#template, this.readValues(), this.unitFromForm());
  }

  render(): void {
    this.renderList();
    const document = this.composed();
    this.renderPreview(document);
    const missing = document.missing.length ? `Belum diisi: ${document.missing.join('; ')}.` : '';
    // Written only when it changes, so a screen reader does not repeat it on every key.
    if (missing !== this.#lastMissing) {
      this.find('[data-missing]').textContent = missing;
      this.#lastMissing = missing;
    }
  }

  renderList(): void {
    const mine = documentsOf(store.$data.get(), this.#template.id);
    // Redrawn only when it changed: a button under the pointer must not be replaced between press and release.
    const signature = JSON.stringify([this.#currentId, mine.map((doc) => [doc.id, doc.updatedAt])]);
    if (signature === this.#lastList) return;
    this.#lastList = signature;
    this.find<HTMLElement>('[data-docs-empty]').hidden = mine.length > 0;
    const list = this.find('[data-docs-list]');
    list.replaceChildren(
      ...mine.map((doc) => {
        const open = doc.id === this.#currentId;
        const firstValue =
          Object.values(doc.values)
            .map((v) => (Array.isArray(v) ? v.join(', ') : v))
            .find((v) => v.trim()) ?? '';
        return h(
          'li',
          { class: 'sk-template__doc', 'aria-current': open ? 'true' : undefined },
          h(
            'span',
            {},
            h('strong', {}, open ? 'Sedang dibuka' : 'Dokumen'),
            ` · diubah ${formatDateTime(doc.updatedAt)}`,
            firstValue ? ` · ${firstValue.slice(0, 60)}` : '',
          ),
          h(
            'span',
            { class: 'sk-template__doc-actions' },
            open
              ? null
              : h(
                  'button',
                  {
                    type: 'button',
                    class: 'sk-button',
                    'data-action': 'open',
                    'data-id': doc.id,
                    'aria-label': `Buka dokumen yang diubah ${formatDateTime(doc.updatedAt)}`,
                  },
                  'Buka',
                ),
            h(
              'button',
              {
                type: 'button',
                class: 'sk-button',
                'data-action': 'duplicate',
                'data-id': doc.id,
                'aria-label': `Gandakan dokumen yang diubah ${formatDateTime(doc.updatedAt)}`,
              },
              'Gandakan',
            ),
            h(
              'button',
              {
                type: 'button',
                class: 'sk-button',
                'data-action': 'delete',
                'data-id': doc.id,
                'aria-label': `Hapus dokumen yang diubah ${formatDateTime(doc.updatedAt)}`,
              },
              'Hapus',
            ),
          ),
        );
      }),
    );
  }

  renderPreview(document: ComposedDocument): void {
    const preview = this.find('[data-preview]');
    const parts: Node[] = [];
    if (document.letterhead.length) {
      const [name, ...rest] = document.letterhead;
      parts.push(
        h(
          'header',
          { class: 'sk-doc__letterhead' },
          h('p', { class: 'sk-doc__unit' }, name ?? ''),
          ...rest.map((line) => h('p', {}, line)),
        ),
      );
    }
    const blocks = document.blocks.map((block) =>
      block.kind === 'list'
        ? h('ul', {}, ...block.items.map((item) => h('li', {}, item)))
        : h('p', {}, ...block.lines.flatMap((line, i) => (i ? [h('br'), line] : [line]))),
    );
    if (document.signature) {
      // The signature never stands alone on a page: it is kept together with the closing paragraph.
      const closing = blocks.pop();
      parts.push(...blocks);
      parts.push(
        h(
          'div',
          { class: 'sk-doc__closing' },
          closing ?? null,
          h(
            'div',
            { class: 'sk-doc__signature' },
            h('p', {}, document.signature.role),
            h('p', { class: 'sk-doc__sign-space', 'aria-hidden': 'true' }),
            h('p', { class: 'sk-doc__signer' }, document.signature.name || '(nama)'),
          ),
        ),
      );
    } else parts.push(...blocks);
    preview.replaceChildren(...parts);
  }

  async act(action: string, id: string): Promise<void> {
    const now = new Date().toISOString();
    if (action === 'new') {
      this.#currentId = null;
      this.fillForm();
      this.querySelector<HTMLElement>('[data-field]')?.focus();
      this.say('Dokumen baru: mulai mengisi, dan dokumen tersimpan otomatis.');
    } else if (action === 'open') {
      this.#currentId = id;
      this.fillForm();
      this.querySelector<HTMLElement>('[data-field]')?.focus();
    } else if (action === 'duplicate') {
      const result = duplicateDocument(store.$data.get(), id, now, newDocumentId());
      if (!result.ok) return this.say(result.reason);
      store.set(result.data);
      this.#currentId = result.id;
      this.fillForm();
      this.querySelector<HTMLElement>('[data-field]')?.focus();
      this.say('Dokumen digandakan; salinannya sekarang dibuka.');
    } else if (action === 'delete') {
      if (
        !(await confirmed(this.find<HTMLDialogElement>('dialog[data-confirm]'), {
          title: 'Hapus dokumen ini?',
          text: 'Dokumen ini akan dihapus dari peramban. Tindakan ini tidak dapat dibatalkan.',
          ok: 'Ya, hapus',
        }))
      )
        return;
      store.set(removeDocument(store.$data.get(), id));
      if (id === this.#currentId) {
        this.#currentId = null;
        this.fillForm();
      }
      this.querySelector<HTMLElement>('[data-action="new"]')?.focus();
      this.say('Dokumen dihapus.');
    } else if (action === 'copy' || action === 'print') {
      if (!(await this.checkRelease(action === 'copy' ? 'Tetap salin' : 'Tetap cetak'))) return;
      if (action === 'print') window.print();
      else
        this.say(
          (await copyText(documentToText(this.composed())))
            ? 'Teks disalin. Tempelkan di aplikasi pesan atau surel.'
            : 'Peramban menolak menyalin. Pilih teks di pratinjau lalu salin secara manual.',
        );
    } else if (action === 'docx') {
      this.say('Menyiapkan berkas .docx…');
      try {
        const { documentToDocx } = await import('@/domain/templates/document-docx');
        const blob = await documentToDocx(this.composed());
        downloadBlob(`${this.#template.id}-${now.slice(0, 10)}.docx`, blob);
        this.say('Berkas .docx dibuat dan diunduh.');
      } catch {
        this.say(
          'Berkas .docx tidak dapat dibuat (mungkin sedang tanpa jaringan dan bagian ini belum pernah dimuat). Coba lagi saat tersambung, atau cetak dan simpan sebagai PDF.',
        );
      }
    }
  }

  /**
   * Statements and releases go through the press-release checker before they are copied or printed. Findings are
   * shown; when one must be fixed, the user chooses to fix it first or go on. True when the action may go on.
   */
  async checkRelease(goOnLabel: string): Promise<boolean> {
    const kind = this.#template.releaseKind;
    if (!kind) return true;
    const { analyzePressRelease, SEVERITY_LABELS } = await import('@/components/press-release/checker');
    const text = documentToText({ ...this.composed(), letterhead: [] });
    const findings = analyzePressRelease({ text }, { kind });
    const panel = this.find<HTMLElement>('[data-check]');
    panel.hidden = false;
    const errors = findings.filter((f) => f.severity === 'error').length;
    panel.querySelector('[data-check-summary]')!.textContent = findings.length
      ? `${errors} wajib diperbaiki, ${findings.length - errors} lainnya.`
      : 'Pemeriksa tidak menemukan masalah.';
    panel
      .querySelector('[data-check-list]')!
      .replaceChildren(
        ...findings.map((f) =>
          h(
            'li',
            {},
            h('strong', {}, `${SEVERITY_LABELS[f.severity]}: `),
            f.message,
            ' ',
            h('a', { href: sitePath(f.moduleHref) }, 'Pelajari'),
          ),
        ),
      );
    if (!errors) return true;
    return confirmed(this.find<HTMLDialogElement>('dialog[data-confirm]'), {
      title: 'Perbaiki dulu?',
      text: `Pemeriksa menemukan ${errors} hal yang wajib diperbaiki (lihat di bawah pratinjau). Perbaiki dulu, atau ${goOnLabel.toLowerCase()}?`,
      ok: goOnLabel,
    });
  }

  say(message: string): void {
    this.find('[data-action-status]').textContent = message;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'template-form': TemplateFormElement;
  }
}

defineElement('template-form', TemplateFormElement);
