/**
 * The order in which a decision's options are shown. The data lists options in any order; the screen shuffles them
 * so that "the recommended one is first" can never be learned. The order is a pure function of a seed (a run's start,
 * or the scenario id for the facilitator's view and the printed cards), so it stays the same for a whole run, after a
 * reload, and between the projector and the paper cards.
 */

/** FNV-1a: a small, well-spread 32-bit hash of a string. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    value ^= text.charCodeAt(i);
    value = Math.imul(value, 0x01000193);
  }
  return value >>> 0;
}

/** mulberry32: a seeded generator of numbers in [0, 1). */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The items in a shuffled order that depends only on `seed` and `key` (Fisher–Yates with a seeded generator). */
export function shuffledOrder<T>(items: readonly T[], seed: string, key: string): T[] {
  const random = generator(hash(`${seed}\u0000${key}`));
  const order = [...items];
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/** Option ids of a decision in the order shown for this seed. */
export function optionOrder(options: readonly { id: string }[], seed: string, stepId: string): string[] {
  return shuffledOrder(
    options.map((option) => option.id),
    seed,
    stepId,
  );
}

/** Letters for options as shown (A, B, C …): the room and the paper cards speak of the same letters. */
export function optionLetter(index: number): string {
  return String.fromCharCode(65 + index);
}
