// What the "Kirim ke pendamping" page needs beyond its form, loaded when the unit first chooses something or has feedback:
// building, describing and sealing the package, completeness for the "your work now" column, and reading feedback files.
export {
  buildPackageFile,
  buildPackagePayload,
  countPersonalData,
  describePackage,
  isPackageEmpty,
  packageFileName,
} from '@/domain/mentoring/package';
export {
  addReceivedFeedback,
  checkFeedback,
  DELIVERABLE_LABELS,
  feedbackKind,
  recordSentPackage,
  STATUS_LABELS,
} from '@/domain/mentoring/feedback';
export { MAX_SEALED_BYTES } from '@/domain/mentoring/file-limits';
export { openSealedFile } from '@/domain/mentoring/sealed-file';
export { overallPercent, planCompleteness } from '@/domain/plan/completeness';
