// Every stored document of the app. "Data saya", export and import know a document only if it is listed here.
import type { AnyDocumentDefinition } from '@/domain/storage/document-definition';
import { profileDocument } from './profile';
import { progressDocument } from './progress';
import { checklistsDocument } from './checklists';
import { simulationDocument } from './simulation';
import { communicationPlansDocument } from './communication-plans';
import { selfAssessmentDocument } from './self-assessment';
import { riskMapDocument } from './risk-map';
import { triageDocument } from './triage';
import { pressReleaseDocument } from './press-release';
import { receivedFeedbackDocument } from './mentoring';
import { mentorDocument } from './mentor-overview';
import { nationalDocument } from './national';
import { templatesDocument } from './templates';
import { ownSigningKeyDocument, pinnedKeysDocument } from './signing';
import { incidentsDocument } from './incidents';
import { issueRegisterDocument, narrativeRecordDocument } from './monitoring';

export const documentDefinitions: readonly AnyDocumentDefinition[] = [
  profileDocument,
  progressDocument,
  checklistsDocument,
  communicationPlansDocument,
  simulationDocument,
  selfAssessmentDocument,
  riskMapDocument,
  triageDocument,
  pressReleaseDocument,
  templatesDocument,
  incidentsDocument,
  issueRegisterDocument,
  narrativeRecordDocument,
  receivedFeedbackDocument,
  mentorDocument,
  nationalDocument,
  pinnedKeysDocument,
  ownSigningKeyDocument,
];
