// The issue register and narrative record, opened only when the unit ticks their numbers: most packages carry none,
// and their schemas would otherwise load with the page.
import { persistentDocument } from '@/state/persistent-document';
import { issueRegisterDocument, narrativeRecordDocument } from '@/state/documents/monitoring';

export const openMonitoringDocuments = () => ({
  issues: persistentDocument(issueRegisterDocument),
  narrative: persistentDocument(narrativeRecordDocument),
});
