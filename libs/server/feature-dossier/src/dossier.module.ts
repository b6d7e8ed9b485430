import { Module } from '@nestjs/common';
import { InboxModule } from '@tdkt/server-feature-inbox';
import { DossierActionsUseCase } from './actions/dossier-actions.usecase';
import { GetAttachmentContentUseCase } from './attachments/attachment-content.usecase';
import { RemoveAttachmentUseCase } from './attachments/remove-attachment.usecase';
import { UploadAttachmentUseCase } from './attachments/upload-attachment.usecase';
import { BulkSubmitUseCase } from './bulk-submit.usecase';
import { AddCommentUseCase } from './comments/add-comment.usecase';
import { CreateDossierUseCase } from './create-dossier/create-dossier.usecase';
import { PublicDisclosureUseCase } from './disclosure/public-disclosure.usecase';
import { GetDossierUseCase } from './get-dossier/get-dossier.usecase';
import { InitiativeDecisionsUseCase } from './initiatives/initiative-decisions.usecase';
import { ForwardDossierUseCase } from './integration/forward-dossier.usecase';
import { RecordExternalOutcomeUseCase } from './integration/record-external-outcome.usecase';
import { DossiersByIdUseCase, ListDossiersUseCase } from './list-dossiers/list-dossiers.usecase';
import { ApplyDossierChangesUseCase } from './project-dossier/apply-dossier-changes.usecase';
import { ProjectDossierUseCase } from './project-dossier/project-dossier.usecase';
import { CheckRatioCapUseCase } from './ratio-cap/check-ratio-cap.usecase';
import { RecordDossierSubmissionUseCase } from './record-dossier/record-dossier-submission.usecase';
import { DossierWorkflowInputBuilder } from './submit-dossier/dossier-input';
import { SubmitDossierUseCase } from './submit-dossier/submit-dossier.usecase';
import { PreviewDossierRouteUseCase } from './route/preview-route.usecase';
import { SubmissionChecker } from './submission-checks/submission-checker';
import { UpdateDraftUseCase } from './update-draft/update-draft.usecase';
import { DossierStatisticsUseCase } from './statistics/dossier-statistics.usecase';

const PROVIDERS = [
  DossierStatisticsUseCase,
  CreateDossierUseCase,
  UpdateDraftUseCase,
  DossierWorkflowInputBuilder,
  SubmissionChecker,
  SubmitDossierUseCase,
  BulkSubmitUseCase,
  GetDossierUseCase,
  ListDossiersUseCase,
  DossiersByIdUseCase,
  PreviewDossierRouteUseCase,
  UploadAttachmentUseCase,
  GetAttachmentContentUseCase,
  RemoveAttachmentUseCase,
  AddCommentUseCase,
  DossierActionsUseCase,
  RecordDossierSubmissionUseCase,
  ProjectDossierUseCase,
  ApplyDossierChangesUseCase,
  ForwardDossierUseCase,
  RecordExternalOutcomeUseCase,
  CheckRatioCapUseCase,
  InitiativeDecisionsUseCase,
  PublicDisclosureUseCase,
];

/** Dossier use cases, shared by the API (drafts, submission, reading, actions) and the worker's activities. */
@Module({ imports: [InboxModule], providers: PROVIDERS, exports: PROVIDERS })
export class DossierModule {}
