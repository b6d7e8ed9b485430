import { Module } from '@nestjs/common';
import { InboxModule } from '@tdkt/server-feature-inbox';
import { WithdrawDossierUseCase } from './withdraw-dossier/withdraw-dossier.use-case';
import { SupplementDossierUseCase } from './supplement-dossier/supplement-dossier.use-case';
import { FileObjectionUseCase } from './file-objection/file-objection.use-case';
import { GetAttachmentContentUseCase } from './attachments/attachment-content/attachment-content.use-case';
import { RemoveAttachmentUseCase } from './attachments/remove-attachment/remove-attachment.use-case';
import { UploadAttachmentUseCase } from './attachments/upload-attachment/upload-attachment.use-case';
import { BulkSubmitUseCase } from './bulk-submit/bulk-submit.use-case';
import { AddCommentUseCase } from './add-comment/add-comment.use-case';
import { CreateDossierUseCase } from './create-dossier/create-dossier.use-case';
import { DossierDrafts } from './create-dossier/dossier-drafts';
import { ListDisclosedNomineesUseCase } from './list-disclosed-nominees/list-disclosed-nominees.use-case';
import { FilePublicObjectionUseCase } from './file-public-objection/file-public-objection.use-case';
import { GetDossierUseCase } from './get-dossier/get-dossier.use-case';
import { InitiativeDecisionsUseCase } from './initiatives/initiative-decisions/initiative-decisions.use-case';
import { ForwardDossierUseCase } from './integration/forward-dossier/forward-dossier.use-case';
import { RecordExternalOutcomeUseCase } from './integration/record-external-outcome/record-external-outcome.use-case';
import { DossiersByIdUseCase } from './dossiers-by-id/dossiers-by-id.use-case';
import { ListDossiersUseCase } from './list-dossiers/list-dossiers.use-case';
import { ApplyDossierChangesUseCase } from './apply-dossier-changes/apply-dossier-changes.use-case';
import { ProjectDossierUseCase } from './project-dossier/project-dossier.use-case';
import { CheckRatioCapUseCase } from './check-ratio-cap/check-ratio-cap.use-case';
import { RecordDossierSubmissionUseCase } from './record-dossier-submission/record-dossier-submission.use-case';
import { DossierWorkflowInputBuilder } from './submit-dossier/dossier-input';
import { SubmitDossierUseCase } from './submit-dossier/submit-dossier.use-case';
import { SubmissionPreflight } from './submit-dossier/submission-preflight';
import { PreviewDossierRouteUseCase } from './route/preview-route/preview-route.use-case';
import { SubmissionChecker } from './submission-checks/submission-checker';
import { UpdateDraftUseCase } from './update-draft/update-draft.use-case';
import { DossierStatisticsUseCase } from './dossier-statistics/dossier-statistics.use-case';

const PROVIDERS = [
  DossierStatisticsUseCase,
  CreateDossierUseCase,
  DossierDrafts,
  UpdateDraftUseCase,
  DossierWorkflowInputBuilder,
  SubmissionChecker,
  SubmitDossierUseCase,
  SubmissionPreflight,
  BulkSubmitUseCase,
  GetDossierUseCase,
  ListDossiersUseCase,
  DossiersByIdUseCase,
  PreviewDossierRouteUseCase,
  UploadAttachmentUseCase,
  GetAttachmentContentUseCase,
  RemoveAttachmentUseCase,
  AddCommentUseCase,
  WithdrawDossierUseCase,
  SupplementDossierUseCase,
  FileObjectionUseCase,
  RecordDossierSubmissionUseCase,
  ProjectDossierUseCase,
  ApplyDossierChangesUseCase,
  ForwardDossierUseCase,
  RecordExternalOutcomeUseCase,
  CheckRatioCapUseCase,
  InitiativeDecisionsUseCase,
  ListDisclosedNomineesUseCase,
  FilePublicObjectionUseCase,
];

/** Dossier use cases, shared by the API (drafts, submission, reading, actions) and the worker's activities. */
@Module({ imports: [InboxModule], providers: PROVIDERS, exports: PROVIDERS })
export class DossierModule {}
