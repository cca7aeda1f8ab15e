/** What the mentor changes by hand: removing a unit, writing a review. Pure; kept apart from what Data saya loads. */
import type { Deliverable, MentorStore, Review } from '@/schemas/mentoring';

export function removeUnit(store: MentorStore, key: string): MentorStore {
  return { ...store, units: store.units.filter((u) => u.key !== key) };
}

export function updateReview(store: MentorStore, key: string, deliverable: Deliverable, change: Partial<Pick<Review, 'status' | 'comment'>>, now: Date): MentorStore {
  return {
    ...store,
    units: store.units.map((u) => (u.key === key ? { ...u, reviews: { ...u.reviews, [deliverable]: { ...u.reviews[deliverable], ...change, updatedAt: now.toISOString() } } } : u)),
  };
}

