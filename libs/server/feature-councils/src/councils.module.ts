import { Module } from '@nestjs/common';
import { InboxModule } from '@tdkt/server-feature-inbox';
import { ApproveDecisionUseCase } from './decisions/approve-decision.usecase';
import { DecisionViewsUseCase } from './decisions/decision-views.usecase';
import { IssueDecisionUseCase } from './decisions/issue-decision.usecase';
import { PreviewDecisionUseCase } from './decisions/preview-decision.usecase';
import { RenderDecisionDocumentsUseCase } from './decisions/render-decision-documents.usecase';
import { GetDocumentContentUseCase } from './documents/get-document-content.usecase';
import { ApplyInitiativeUseCase } from './initiatives/apply-initiative.usecase';
import { DecideInitiativeUseCase } from './initiatives/decide-initiative.usecase';
import { InitiativeAttachmentsUseCase } from './initiatives/initiative-attachments.usecase';
import { InitiativeViewsUseCase } from './initiatives/initiative-views.usecase';
import { ReceiveInitiativeUseCase } from './initiatives/receive-initiative.usecase';
import { ReviewInitiativeUseCase } from './initiatives/review-initiative.usecase';
import { CouncilMeetingActionsUseCase } from './meetings/council-meeting-actions.usecase';
import { CouncilMeetingViewsUseCase } from './meetings/council-meeting-views.usecase';
import { ProjectCouncilMeetingUseCase } from './meetings/project-council-meeting.usecase';
import { RecordCouncilMeetingUseCase } from './meetings/record-council-meeting.usecase';
import { RenderCouncilMinutesUseCase } from './meetings/render-council-minutes.usecase';
import { StartCouncilMeetingUseCase } from './meetings/start-council-meeting.usecase';

const PROVIDERS = [
  GetDocumentContentUseCase,
  IssueDecisionUseCase,
  RenderDecisionDocumentsUseCase,
  ApproveDecisionUseCase,
  PreviewDecisionUseCase,
  DecisionViewsUseCase,
  StartCouncilMeetingUseCase,
  CouncilMeetingActionsUseCase,
  CouncilMeetingViewsUseCase,
  RecordCouncilMeetingUseCase,
  ProjectCouncilMeetingUseCase,
  RenderCouncilMinutesUseCase,
  ApplyInitiativeUseCase,
  ReceiveInitiativeUseCase,
  DecideInitiativeUseCase,
  ReviewInitiativeUseCase,
  InitiativeAttachmentsUseCase,
  InitiativeViewsUseCase,
];

/** Council meetings, initiatives, numbered decisions and their documents: for the API and the worker. */
@Module({ imports: [InboxModule], providers: PROVIDERS, exports: PROVIDERS })
export class CouncilsModule {}
