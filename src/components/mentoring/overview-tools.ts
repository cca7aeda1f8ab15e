// What the overview page loads only when the mentor reads files or exports feedback (see mentoring-overview.ts).
export { confirmPending, judgePackage } from '@/domain/mentoring/package-import';
export { buildFeedbackFile, buildFeedbackPayload, feedbackFileName } from '@/domain/mentoring/feedback';
