// What the plan page needs to write and read plan files, loaded on demand (see plan-builder.ts).
export { buildPlanFile, parsePlanFile, planFileName } from '@/domain/plan/plan-file';
export { checkImportSize } from '@/domain/transfer/export-file';
