/**
 * What a user does with the checklists on screen, as pure functions over the stored state
 * (one document for every checklist, keyed by checklist id). Each change stamps `updatedAt`,
 * which "Gabungkan" uses to keep the more recent work per checklist.
 */
import type { ChecklistEntry, ChecklistSession, ChecklistState } from '@/schemas/checklist-state';

export const EMPTY_SESSION: ChecklistSession = { date: '', incident: '', filledBy: '' };

export function emptyEntry(now: Date): ChecklistEntry {
  return { checked: [], notes: {}, session: { ...EMPTY_SESSION }, updatedAt: now.toISOString() };
}

/** The stored entry of one checklist, or an empty one when the user has not touched it yet. */
export function entryOf(state: ChecklistState, checklistId: string): ChecklistEntry {
  return state.checklists[checklistId] ?? { checked: [], notes: {}, session: { ...EMPTY_SESSION }, updatedAt: '' };
}

function withEntry(state: ChecklistState, checklistId: string, entry: ChecklistEntry): ChecklistState {
  return { checklists: { ...state.checklists, [checklistId]: entry } };
}

/** Ticks or unticks an item. The order of `checked` follows the user's ticks; it does not matter for display. */
export function setItemChecked(state: ChecklistState, checklistId: string, itemId: string, checked: boolean, now: Date): ChecklistState {
  const entry = entryOf(state, checklistId);
  const others = entry.checked.filter((id) => id !== itemId);
  return withEntry(state, checklistId, { ...entry, checked: checked ? [...others, itemId] : others, updatedAt: now.toISOString() });
}

/** Sets an item's note; an empty (or blank) note removes the item's entry so that nothing empty is kept. */
export function setItemNote(state: ChecklistState, checklistId: string, itemId: string, note: string, now: Date): ChecklistState {
  const entry = entryOf(state, checklistId);
  const { [itemId]: _previous, ...notes } = entry.notes;
  return withEntry(state, checklistId, {
    ...entry,
    notes: note.trim() === '' ? notes : { ...notes, [itemId]: note },
    updatedAt: now.toISOString(),
  });
}

export function setSessionField(
  state: ChecklistState,
  checklistId: string,
  field: keyof ChecklistSession,
  value: string,
  now: Date,
): ChecklistState {
  const entry = entryOf(state, checklistId);
  return withEntry(state, checklistId, { ...entry, session: { ...entry.session, [field]: value }, updatedAt: now.toISOString() });
}

/** Forgets everything about one checklist (ticks, notes and session); the other checklists stay. */
export function resetChecklist(state: ChecklistState, checklistId: string): ChecklistState {
  const { [checklistId]: _dropped, ...checklists } = state.checklists;
  return { checklists };
}

export function isEntryEmpty(entry: ChecklistEntry): boolean {
  return (
    entry.checked.length === 0 &&
    Object.keys(entry.notes).length === 0 &&
    !entry.session.date &&
    !entry.session.incident.trim() &&
    !entry.session.filledBy.trim()
  );
}

export function isStateEmpty(state: ChecklistState): boolean {
  return Object.values(state.checklists).every(isEntryEmpty);
}

export interface ChecklistProgress {
  done: number;
  total: number;
  /** Whole percent, rounded down so that 100 means every item is ticked. */
  percent: number;
}

/** How far a checklist is done, counting only items that still exist (ids removed from the YAML are ignored). */
export function checklistProgress(itemIds: readonly string[], entry: ChecklistEntry): ChecklistProgress {
  const checked = new Set(entry.checked);
  const done = itemIds.filter((id) => checked.has(id)).length;
  const total = itemIds.length;
  return { done, total, percent: total === 0 ? 0 : Math.floor((done / total) * 100) };
}

/** "3 daftar periksa diisi": the line shown on "Data saya". */
export function summarizeChecklists(state: ChecklistState): string {
  const used = Object.values(state.checklists).filter((entry) => !isEntryEmpty(entry)).length;
  return used === 0 ? 'Belum ada daftar periksa yang diisi' : `${used} daftar periksa diisi`;
}

/** For "Gabungkan": per checklist, the more recently changed entry wins; checklists found on one side only are kept. */
export function mergeChecklistStates(current: ChecklistState, incoming: ChecklistState): ChecklistState {
  const checklists = { ...current.checklists };
  for (const [id, theirs] of Object.entries(incoming.checklists)) {
    const ours = checklists[id];
    if (!ours || theirs.updatedAt >= ours.updatedAt) checklists[id] = theirs;
  }
  return { checklists };
}
