/**
 * The three deliverables a unit sends its mentor and the verdicts a mentor gives, as plain lists: pages that only draw
 * the overview read them without loading the package schemas (src/schemas/mentoring.ts builds its enums from them).
 */
export const DELIVERABLES = ['asesmen', 'rencana', 'siaran-pers'] as const;

export const REVIEW_STATUSES = ['belum', 'perlu-perbaikan', 'diterima'] as const;
