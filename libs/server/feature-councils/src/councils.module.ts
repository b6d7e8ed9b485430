import { Module } from '@nestjs/common';
import { InboxModule } from '@tdkt/server-feature-inbox';
import { ApproveDecisionUseCase } from './decisions/approve-decision/approve-decision.use-case';
import { GetDecisionUseCase } from './decisions/get-decision/get-decision.use-case';
import { ListDecisionsUseCase } from './decisions/list-decisions/list-decisions.use-case';
import { IssueDecisionUseCase } from './decisions/issue-decision/issue-decision.use-case';
import { PreviewDecisionUseCase } from './decisions/preview-decision/preview-decision.use-case';
import { RenderDecisionDocumentsUseCase } from './decisions/render-decision-documents/render-decision-documents.use-case';
import { GetDocumentContentUseCase } from './documents/get-document-content/get-document-content.use-case';
import { AttachInitiativeFileUseCase } from './initiatives/attach-initiative-file/attach-initiative-file.use-case';
import { GetInitiativeAttachmentUseCase } from './initiatives/get-initiative-attachment/get-initiative-attachment.use-case';
import { ApplyInitiativeUseCase } from './initiatives/apply-initiative/apply-initiative.use-case';
import { DecideInitiativeUseCase } from './initiatives/decide-initiative/decide-initiative.use-case';
import { GetInitiativeUseCase } from './initiatives/get-initiative/get-initiative.use-case';
import { ListInitiativesUseCase } from './initiatives/list-initiatives/list-initiatives.use-case';
import { ListDossiersCitingInitiativeUseCase } from './initiatives/list-dossiers-citing-initiative/list-dossiers-citing-initiative.use-case';
import { ReceiveInitiativeUseCase } from './initiatives/receive-initiative/receive-initiative.use-case';
import { ReviewInitiativeUseCase } from './initiatives/review-initiative/review-initiative.use-case';
import { AddToAgendaUseCase } from './meetings/add-to-agenda/add-to-agenda.use-case';
import { CloseMeetingUseCase } from './meetings/close-meeting/close-meeting.use-case';
import { CouncilMeetingUpdates } from './meetings/council-meeting-updates';
import { GetCouncilMeetingUseCase } from './meetings/get-council-meeting/get-council-meeting.use-case';
import { ListCouncilCandidatesUseCase } from './meetings/list-council-candidates/list-council-candidates.use-case';
import { ListCouncilMeetingsUseCase } from './meetings/list-council-meetings/list-council-meetings.use-case';
import { OpenMeetingEarlyUseCase } from './meetings/open-meeting-early/open-meeting-early.use-case';
import { RecordAttendanceUseCase } from './meetings/record-attendance/record-attendance.use-case';
import { RecordBallotUseCase } from './meetings/record-ballot/record-ballot.use-case';
import { RemoveFromAgendaUseCase } from './meetings/remove-from-agenda/remove-from-agenda.use-case';
import { ProjectCouncilMeetingUseCase } from './meetings/project-council-meeting/project-council-meeting.use-case';
import { RecordCouncilMeetingUseCase } from './meetings/record-council-meeting/record-council-meeting.use-case';
import { RenderCouncilMinutesUseCase } from './meetings/render-council-minutes/render-council-minutes.use-case';
import { FileComplaintUseCase } from './complaints/file-complaint/file-complaint.use-case';
import { GetComplaintUseCase } from './complaints/get-complaint/get-complaint.use-case';
import { ListComplaintsUseCase } from './complaints/list-complaints/list-complaints.use-case';
import { ReceiveComplaintUseCase } from './complaints/receive-complaint/receive-complaint.use-case';
import { RecordComplaintStepUseCase } from './complaints/record-complaint-step/record-complaint-step.use-case';
import { RevokeAwardUseCase } from './revocations/revoke-award/revoke-award.use-case';
import { StartCouncilMeetingUseCase } from './meetings/start-council-meeting/start-council-meeting.use-case';

const PROVIDERS = [
  GetDocumentContentUseCase,
  IssueDecisionUseCase,
  RenderDecisionDocumentsUseCase,
  ApproveDecisionUseCase,
  PreviewDecisionUseCase,
  GetDecisionUseCase,
  ListDecisionsUseCase,
  StartCouncilMeetingUseCase,
  AddToAgendaUseCase,
  RemoveFromAgendaUseCase,
  RecordAttendanceUseCase,
  OpenMeetingEarlyUseCase,
  RecordBallotUseCase,
  CloseMeetingUseCase,
  GetCouncilMeetingUseCase,
  ListCouncilMeetingsUseCase,
  ListCouncilCandidatesUseCase,
  RecordCouncilMeetingUseCase,
  ProjectCouncilMeetingUseCase,
  RenderCouncilMinutesUseCase,
  ApplyInitiativeUseCase,
  ReceiveInitiativeUseCase,
  DecideInitiativeUseCase,
  ReviewInitiativeUseCase,
  GetInitiativeUseCase,
  ListInitiativesUseCase,
  ListDossiersCitingInitiativeUseCase,
  AttachInitiativeFileUseCase,
  GetInitiativeAttachmentUseCase,
  FileComplaintUseCase,
  ReceiveComplaintUseCase,
  RecordComplaintStepUseCase,
  GetComplaintUseCase,
  ListComplaintsUseCase,
  RevokeAwardUseCase,
];

/** Council meetings, initiatives, numbered decisions and their documents: for the API and the worker. */
@Module({
  imports: [InboxModule],
  providers: [...PROVIDERS, CouncilMeetingUpdates],
  exports: PROVIDERS,
})
export class CouncilsModule {}
