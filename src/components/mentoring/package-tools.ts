// What the "Kirim ke pendamping" page needs beyond its form, loaded once the form is shown (see mentoring-package.ts):
// building, describing and sealing the package, completeness for the "your work now" column, and reading feedback files.
export { buildPackageFile, buildPackagePayload, countPersonalData, describePackage, isPackageEmpty, latestAssessment, packageFileName } from '@/domain/mentoring/package';
export { addReceivedFeedback, DELIVERABLE_LABELS, feedbackKind, STATUS_LABELS } from '@/domain/mentoring/feedback';
export { openSealedFile } from '@/domain/mentoring/sealed-file';
export { overallPercent, planCompleteness } from '@/domain/plan/completeness';
export { topRisks } from '@/domain/assessment/risk-map';
