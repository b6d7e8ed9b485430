import { Foundation1795600000000 } from './1795600000000-foundation';
import { Identity1795700000000 } from './1795700000000-identity';
import { AnnualPlans1795800000000 } from './1795800000000-annual-plans';
import { Notifications1795810000000 } from './1795810000000-notifications';
import { Inbox1795900000000 } from './1795900000000-inbox';
import { DossierLifecycle1795900000001 } from './1795900000001-dossier-lifecycle';
import { CouncilsInitiativesDecisions1796000000000 } from './1796000000000-councils-initiatives-decisions';
import { DocumentSubject1796100000000 } from './1796100000000-document-subject';
import { SubmissionChecks1796100000001 } from './1796100000001-submission-checks';
import { PlanItemCompletionRecorded1796100000002 } from './1796100000002-plan-item-completion-recorded';
import { LoginThrottles1796120000000 } from './1796120000000-login-throttles';
import { LegalDataAndUnitNames1796140000000 } from './1796140000000-legal-data-and-unit-names';
import { InboxAuthorIndexes1796300000000 } from './1796300000000-inbox-author-indexes';
import { StuckCensus1796350000000 } from './1796350000000-stuck-census';
import { SheetsStatisticsDisclosure1796400000000 } from './1796400000000-sheets-statistics-disclosure';
import { CouncilMeetingTaskSubject1796657598580 } from './1796657598580-council-meeting-task-subject';
import { GeneratedColumnsMetadata1796700000000 } from './1796700000000-generated-columns-metadata';
import { InitiativeAttachments1796800000000 } from './1796800000000-initiative-attachments';
import { ComplaintsAndRevocations1796900000000 } from './1796900000000-complaints-and-revocations';
import { EmulationClusters1796910000000 } from './1796910000000-emulation-clusters';

/** Every migration, in timestamp order (the order TypeORM applies them in). */
export const MIGRATIONS = [
  Foundation1795600000000,
  Identity1795700000000,
  AnnualPlans1795800000000,
  Notifications1795810000000,
  Inbox1795900000000,
  DossierLifecycle1795900000001,
  CouncilsInitiativesDecisions1796000000000,
  DocumentSubject1796100000000,
  SubmissionChecks1796100000001,
  PlanItemCompletionRecorded1796100000002,
  LoginThrottles1796120000000,
  LegalDataAndUnitNames1796140000000,
  InboxAuthorIndexes1796300000000,
  StuckCensus1796350000000,
  SheetsStatisticsDisclosure1796400000000,
  CouncilMeetingTaskSubject1796657598580,
  GeneratedColumnsMetadata1796700000000,
  InitiativeAttachments1796800000000,
  ComplaintsAndRevocations1796900000000,
  EmulationClusters1796910000000,
];
