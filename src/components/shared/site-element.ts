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
    const signal = this.connection;
    if (signal.aborted) return; // disconnected while an async start-up waited: an aborted signal never fires again
    const stop = store.subscribe(listener);
    signal.addEventListener('abort', stop, { once: true });
  }

  /** Like watch, without the call at once: only later changes (nanostores' `listen`). */
  protected watchChanges<T>(store: { listen(listener: (value: T) => void): () => void }, listener: (value: T) => void): void {
    const signal = this.connection;
    if (signal.aborted) return;
    const stop = store.listen(listener);
    signal.addEventListener('abort', stop, { once: true });
  }

  /** Adds a listener that ends with the connection. */
  protected on<K extends keyof HTMLElementEventMap>(
    target: EventTarget,
    type: K,
    listener: (event: HTMLElementEventMap[K]) => void,
  ): void {
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
