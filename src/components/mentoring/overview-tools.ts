// What the overview's import loads only when the mentor reads files (see overview-import.ts).
export { confirmPending, judgePackage } from '@/domain/mentoring/package-import';
