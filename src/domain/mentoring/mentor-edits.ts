/** What the mentor changes by hand: removing a unit, writing a review. Pure; kept apart from what Data saya loads. */
import type { Deliverable, MentorStore, Review } from '@/schemas/mentoring';

export function removeUnit(store: MentorStore, key: string): MentorStore {
  return { ...store, units: store.units.filter((u) => u.key !== key) };
}

/** Changes a review; choosing a status gives it on the unit's current package (a comment alone does not). */
export function updateReview(
  store: MentorStore,
  key: string,
  deliverable: Deliverable,
  change: Partial<Pick<Review, 'status' | 'comment'>>,
  now: Date,
): MentorStore {
  return {
    ...store,
    units: store.units.map((u) => {
      if (u.key !== key) return u;
      const pinned = change.status !== undefined ? { packageId: u.current.id } : {};
      return {
        ...u,
        reviews: { ...u.reviews, [deliverable]: { ...u.reviews[deliverable], ...change, ...pinned, updatedAt: now.toISOString() } },
      };
    }),
  };
}
