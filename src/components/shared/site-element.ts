/**
 * The one lifecycle for the site's custom elements.
 *
 * A subclass writes `start(signal)` instead of `connectedCallback`. Everything it attaches with that signal (listeners
 * through `this.on` or `{ signal }`, store subscriptions through `this.watch`) ends when the element leaves the page,
 * and an element that is moved or reconnected starts once, never twice: before this, reconnecting the plan builder
 * doubled every handler and saved twice per keystroke.
 */
export abstract class SiteElement extends HTMLElement {
  #connection: AbortController | null = null;

  connectedCallback(): void {
    if (this.#connection) return;
    this.#connection = new AbortController();
    this.start(this.#connection.signal);
  }

  disconnectedCallback(): void {
    this.#connection?.abort();
    this.#connection = null;
  }

  /** Sets the element up; `signal` is aborted when it disconnects. */
  protected abstract start(signal: AbortSignal): void;

  /** The signal of the current connection (aborted when there is none). */
  protected get connection(): AbortSignal {
    return this.#connection?.signal ?? AbortSignal.abort();
  }

  /** Follows a store until the element disconnects. `subscribe` calls back at once with the current value. */
  protected watch<T>(store: { subscribe(listener: (value: T) => void): () => void }, listener: (value: T) => void): void {
    this.#until(() => store.subscribe(listener));
  }

  /** Like watch, without the call at once: only later changes (nanostores' `listen`). */
  protected watchChanges<T>(store: { listen(listener: (value: T) => void): () => void }, listener: (value: T) => void): void {
    this.#until(() => store.listen(listener));
  }

  /** Starts a subscription that ends with the connection; none when the element already left (an async start-up). */
  #until(subscribe: () => () => void): void {
    const signal = this.connection;
    if (!signal.aborted) signal.addEventListener('abort', subscribe(), { once: true });
  }

  /** Adds a listener that ends with the connection. */
  protected on<K extends keyof HTMLElementEventMap>(target: EventTarget, type: K, listener: (event: HTMLElementEventMap[K]) => void): void {
    target.addEventListener(type, listener as EventListener, { signal: this.connection });
  }

  /**
   * The element a selector must find inside this one. A missing part is a bug in the markup, so it throws naming the
   * element and the selector instead of failing later with "cannot read properties of null".
   */
  protected find<T extends Element = HTMLElement>(selector: string): T {
    return requiredPart<T>(this, selector);
  }
}

/** The same check for code outside an element class. */
export function requiredPart<T extends Element = HTMLElement>(root: ParentNode & { localName?: string }, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`<${root.localName ?? 'document'}> has no ${selector}`);
  return found;
}

/**
 * Defines an element once. `nextTask` defines it in the task after its module was evaluated: on exercise pages,
 * evaluating the code (building schemas) and starting the exercise are then two short tasks instead of one long one,
 * which is what keeps Lighthouse's total blocking time low on phones.
 */
export function defineElement(name: string, element: CustomElementConstructor, options: { nextTask?: boolean } = {}): void {
  const define = () => customElements.get(name) ?? customElements.define(name, element);
  if (options.nextTask) setTimeout(define);
  else define();
}

// Page data lives in this module, not its own: every element loads this one, and a chunk of its own cost more bytes
// (its import and export) than the function.

/** An entry of a list, or the value itself: what the field names of readPageData are checked on. */
type Entry<T> = T extends readonly (infer E)[] ? E : T;

/**
 * Reads the data PageData.astro wrote into an element at build time. The content was validated whole by its zod
 * schema when the site was built, so the browser checks only the shape it reads (not the schema again, which would
 * cost bytes on every page): an object, or a list of objects, with the fields named in `fields`. Data that is missing,
 * not JSON or without those fields throws, naming the element and the data, instead of starting the element on `{}`.
 */
export function readPageData<T extends object>(root: Element, name: string, ...fields: (keyof Entry<T> & string)[]): T {
  let value: unknown;
  try {
    value = JSON.parse(root.querySelector(`script[data-page-data="${name}"]`)?.textContent ?? '');
  } catch {
    // reported below, with the element's name
  }
  const entries: unknown[] = Array.isArray(value) ? value : [value];
  if (!value || entries.some((entry) => !entry || typeof entry !== 'object' || fields.some((field) => !(field in entry)))) {
    throw new Error(`<${root.localName}> page data “${name}” is missing or has no ${fields.join(', ')}`);
  }
  return value as T;
}
