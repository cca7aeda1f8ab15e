// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SiteElement, defineElement, requiredPart, readPageData } from '@/components/shared/site-element';
import { ask, confirmed } from '@/components/shared/confirm-dialog';
import { writeNotice } from '@/components/shared/notice';
import { updateKeyedList } from '@/components/shared/keyed-list';
import { atom } from 'nanostores';

afterEach(() => document.body.replaceChildren());

function markup(html: string): HTMLElement {
  const element = document.adoptNode(new DOMParser().parseFromString(html, 'text/html').body.firstElementChild as HTMLElement);
  document.body.append(element);
  return element;
}

describe('SiteElement', () => {
  const count = atom(0);
  class CountingElement extends SiteElement {
    starts = 0;
    clicks = 0;
    seen: number[] = [];
    protected start(): void {
      this.starts += 1;
      this.on(this, 'click', () => (this.clicks += 1));
      this.watch(count, (value) => this.seen.push(value));
    }
  }
  defineElement('kit-counting', CountingElement);

  it('starts once per connection, and a reconnected element handles each event once', () => {
    const element = document.createElement('kit-counting') as CountingElement;
    document.body.append(element);
    element.remove();
    document.body.append(element);
    element.click();
    expect(element.starts).toBe(2);
    expect(element.clicks).toBe(1);
  });

  it('ends listeners and store subscriptions when the element leaves the page', () => {
    const element = document.createElement('kit-counting') as CountingElement;
    document.body.append(element);
    count.set(1);
    element.remove();
    count.set(2);
    element.click();
    expect(element.seen).toEqual([0, 1]);
    expect(element.clicks).toBe(0);
  });

  it('defines a name once, even when asked twice', () => {
    class Other extends SiteElement {
      protected start(): void {}
    }
    expect(() => defineElement('kit-counting', Other)).not.toThrow();
    expect(customElements.get('kit-counting')).toBe(CountingElement);
  });

  it('defines in the next task when asked to', () => {
    vi.useFakeTimers();
    class Later extends SiteElement {
      protected start(): void {}
    }
    defineElement('kit-later', Later, { nextTask: true });
    expect(customElements.get('kit-later')).toBeUndefined();
    vi.runAllTimers();
    expect(customElements.get('kit-later')).toBe(Later);
    vi.useRealTimers();
  });

  it('find names the element and the selector of a missing part', () => {
    const root = markup('<section><p class="here">x</p></section>');
    expect(requiredPart(root, '.here').textContent).toBe('x');
    expect(() => requiredPart(root, '[data-missing]')).toThrow('<section> has no [data-missing]');
  });
});

describe('confirm dialog', () => {
  const dialogMarkup = `<dialog data-confirm><form method="dialog"><h2 data-confirm-title>T</h2><p data-confirm-text></p>
    <button value="ok" data-confirm-ok>Ya</button><button value="alt" data-confirm-alt hidden></button><button value="cancel">Batal</button></form></dialog>`;

  function answerWith(dialog: HTMLDialogElement, value: string): void {
    dialog.returnValue = value;
    dialog.dispatchEvent(new Event('close'));
  }

  it('writes the question, opens modally and answers with the button that closed it', async () => {
    const dialog = markup(dialogMarkup) as HTMLDialogElement;
    dialog.showModal = vi.fn();
    const answer = ask(dialog, { title: 'Hapus rencana?', text: 'Tidak dapat dibatalkan.', ok: 'Ya, hapus', alt: 'Salin dulu' });
    expect(dialog.showModal).toHaveBeenCalledOnce();
    expect(dialog.querySelector('[data-confirm-title]')?.textContent).toBe('Hapus rencana?');
    expect(dialog.querySelector('[data-confirm-text]')?.textContent).toBe('Tidak dapat dibatalkan.');
    expect(dialog.querySelector('[data-confirm-ok]')?.textContent).toBe('Ya, hapus');
    expect(dialog.querySelector<HTMLButtonElement>('[data-confirm-alt]')?.hidden).toBe(false);
    answerWith(dialog, 'alt');
    await expect(answer).resolves.toBe('alt');
  });

  it('answers cancel for Escape (no value) and confirmed() is true only for ok', async () => {
    const dialog = markup(dialogMarkup) as HTMLDialogElement;
    dialog.showModal = vi.fn();
    const escaped = confirmed(dialog, { alt: '' });
    expect(dialog.querySelector<HTMLButtonElement>('[data-confirm-alt]')?.hidden).toBe(true);
    answerWith(dialog, '');
    await expect(escaped).resolves.toBe(false);
    const agreed = confirmed(dialog);
    answerWith(dialog, 'ok');
    await expect(agreed).resolves.toBe(true);
  });
});

describe('writeNotice', () => {
  it('writes one toned notice, leaves the same words alone and empties the box for no text', () => {
    const box = markup('<div></div>');
    writeNotice(box, 'bad', 'Berkas tidak terbaca.');
    const first = box.firstElementChild as HTMLElement;
    expect(first.className).toBe('sk-notice');
    expect(first.dataset.tone).toBe('bad');
    writeNotice(box, 'bad', 'Berkas tidak terbaca.');
    expect(box.firstElementChild).toBe(first); // not rewritten: a screen reader would say it again
    writeNotice(box, 'ok', 'Berkas tidak terbaca.');
    expect((box.firstElementChild as HTMLElement).dataset.tone).toBe('ok');
    writeNotice(box, '', '');
    expect(box.childNodes.length).toBe(0);
  });
});

describe('updateKeyedList', () => {
  const item = (text: string) => Object.assign(document.createElement('li'), { textContent: text });

  it('keeps the items whose key stays, removes the others and puts them in order', () => {
    const list = markup('<ul></ul>');
    updateKeyedList(list, ['a', 'b', 'c'], (k) => k, item);
    const b = list.children[1];
    updateKeyedList(list, ['c', 'b', 'd'], (k) => k, item);
    expect([...list.children].map((li) => (li as HTMLElement).dataset.key)).toEqual(['c', 'b', 'd']);
    expect(list.children[1]).toBe(b);
    updateKeyedList(list, [], (k) => k, item);
    expect(list.children.length).toBe(0);
  });
});

describe('page data', () => {
  const root = (json: string) => {
    const element = markup('<kit-host></kit-host>');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.dataset.pageData = 'model';
    script.textContent = json;
    element.append(script);
    return element;
  };

  it('reads what the build wrote, an object or a list, with the fields the script reads', () => {
    expect(readPageData<{ id: string; steps: unknown[] }>(root('{"id":"a","steps":[]}'), 'model', 'id', 'steps')).toEqual({
      id: 'a',
      steps: [],
    });
    expect(readPageData<{ id: string; name: string }[]>(root('[{"id":"x","name":"X"}]'), 'model', 'id', 'name')).toHaveLength(1);
  });

  it('throws, naming the element and the data, when it is missing, not JSON or without a field it needs', () => {
    const message = '<kit-host> page data “model” is missing or has no id, steps';
    expect(() => readPageData(markup('<kit-host></kit-host>'), 'model')).toThrow('<kit-host> page data “model” is missing');
    expect(() => readPageData<{ id: string; steps: unknown[] }>(root('{oops'), 'model', 'id', 'steps')).toThrow(message);
    expect(() => readPageData<{ id: string; steps: unknown[] }>(root('{"id":"a"}'), 'model', 'id', 'steps')).toThrow(message);
    expect(() => readPageData<{ id: string }[]>(root('[{"id":"a"},{"name":"b"}]'), 'model', 'id')).toThrow('has no id');
    expect(() => readPageData<{ id: string }[]>(root('[{"id":"a"},null]'), 'model', 'id')).toThrow('has no id');
  });
});
