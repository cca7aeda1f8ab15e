/**
 * Brings a list's children in line with `items`, matched by key (`data-key`): children whose key is wanted stay (with
 * their focus, selection and what a screen reader already read), the others go, new ones are made by `create`, and
 * only children out of place are moved. Used where a list is redrawn while the user types (the checker's findings).
 */
export function updateKeyedList<T>(
  list: Element,
  items: readonly T[],
  keyOf: (item: T) => string,
  create: (item: T, key: string) => HTMLElement,
): void {
  const existing = new Map([...list.children].map((child) => [(child as HTMLElement).dataset.key ?? '', child]));
  const wanted = items.map((item) => ({ key: keyOf(item), item }));
  const keep = new Set(wanted.map((w) => w.key));
  for (const [key, child] of existing) if (!keep.has(key)) child.remove();
  let previous: Element | null = null;
  for (const { key, item } of wanted) {
    let child = existing.get(key);
    if (!child) {
      child = create(item, key);
      (child as HTMLElement).dataset.key = key;
    }
    if (previous ? previous.nextElementSibling !== child : list.firstElementChild !== child) {
      if (previous) previous.after(child);
      else list.prepend(child);
    }
    previous = child;
  }
}
