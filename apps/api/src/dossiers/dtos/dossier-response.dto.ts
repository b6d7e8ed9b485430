import { RevocationSummaryDto } from '../../http/revocation-summary.dto';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  DOSSIER_STAGE_NAMES,
  type DossierStage,
  type LocalizedText,
  TaskSubjectType,
} from '@tdkt/contracts';
import type { AttachmentEntity, DossierEntity, TaskEntity } from '@tdkt/server-database';
import type { DossierView } from '@tdkt/server-feature-dossier';
import { type DisplayNames, personName, unitName, workingDaysLeft } from '../../http/display-names';
import { NomineeDto } from './create-dossier.dto';

function stageNameOf(stage: string): LocalizedText {
  return DOSSIER_STAGE_NAMES[stage as DossierStage] ?? { vi: stage, en: stage };
}

export class LocalizedTextDto {
  @ApiProperty() vi!: string;
  @ApiProperty() en!: string;
}

export class WorkflowStatusDto {
  @ApiProperty({ example: 'HS-2024-000001' }) workflowId!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) runId!: string | null;
  @ApiProperty({
    example: 'RUNNING',
    description: 'Temporal status; NOT_STARTED for a draft; UNKNOWN when Temporal is unreachable',
  })
  status!: string;
}

export class DossierSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'HS-2024-000001' }) code!: string;
  @ApiProperty() year!: number;
  @ApiProperty() awardCode!: string;
  @ApiProperty({ format: 'uuid' }) proposingUnitId!: string;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Tên đơn vị đề nghị' })
  proposingUnitName!: string | null;
  @ApiProperty({ type: NomineeDto }) nominee!: NomineeDto;
  @ApiProperty({ example: 'UNIT_REVIEW' }) stage!: string;
  @ApiProperty({ type: LocalizedTextDto }) stageName!: LocalizedText;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    format: 'date-time',
    description: 'Hạn của bước hiện tại',
  })
  stageDueAt!: string | null;
  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description:
      'Số ngày làm việc còn lại đến hạn của bước hiện tại (0: hôm nay, âm: đã quá hạn), theo lịch Việt Nam',
  })
  workingDaysLeft!: number | null;
  @ApiPropertyOptional({ type: String, nullable: true }) currentLevel!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) decidingLevel!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) ruleSetId!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, format: 'date-time' }) submittedAt!:
    string | null;
  @ApiPropertyOptional({ type: String, nullable: true, format: 'uuid', description: 'Người nộp' })
  submittedBy!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Họ tên người nộp' })
  submittedByName!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, format: 'date-time' }) closedAt!:
    string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) outcomeReason!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: '125/QĐ-UBND' }) decisionNumber!:
    string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) decidedOn!: string | null;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;

  /** The ids whose names a list of dossiers shows. */
  static namesWanted(dossiers: DossierEntity[]): { people: string[]; units: string[] } {
    return {
      people: dossiers.flatMap((dossier) => (dossier.submittedBy ? [dossier.submittedBy] : [])),
      units: dossiers.map((dossier) => dossier.proposingUnitId),
    };
  }

  static from(dossier: DossierEntity, names: DisplayNames, now = Date.now()): DossierSummaryDto {
    return {
      id: dossier.id,
      code: dossier.code,
      year: dossier.year,
      awardCode: dossier.awardCode,
      proposingUnitId: dossier.proposingUnitId,
      proposingUnitName: unitName(names, dossier.proposingUnitId),
      nominee: dossier.nominee,
      stage: dossier.stage,
      stageName: stageNameOf(dossier.stage),
      stageDueAt: dossier.stageDueAt?.toISOString() ?? null,
      workingDaysLeft: dossier.closedAt === null ? workingDaysLeft(dossier.stageDueAt, now) : null,
      currentLevel: dossier.currentLevel,
      decidingLevel: dossier.decidingLevel,
      ruleSetId: dossier.ruleSetId,
      submittedAt: dossier.submittedAt?.toISOString() ?? null,
      submittedBy: dossier.submittedBy,
      submittedByName: personName(names, dossier.submittedBy),
      closedAt: dossier.closedAt?.toISOString() ?? null,
      outcomeReason: dossier.outcomeReason,
      decisionNumber: dossier.decisionNumber,
      decidedOn: dossier.decidedOn,
      updatedAt: dossier.updatedAt.toISOString(),
    };
  }
}

export class TimelineEventDto {
  @ApiProperty() seq!: number;
  @ApiProperty({ example: 'review.returned' }) type!: string;
  @ApiProperty() stage!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) level!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, format: 'uuid' }) actorId!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Họ tên người thực hiện' })
  actorName!: string | null;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) data!: Record<string, unknown>;
}

export class TaskSubjectDto {
  @ApiProperty({ example: 'dossier' }) type!: string;
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'HS-2024-000001 · Nguyễn Thị Lan' }) label!: string;
  @ApiProperty({ format: 'uuid' }) unitId!: string;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Tên đơn vị của hồ sơ' })
  unitName!: string | null;
}

export class TaskDossierDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'HS-2024-000001' }) code!: string;
  @ApiProperty({ example: 'CSTDCS' }) awardCode!: string;
  @ApiProperty({ example: 2024 }) year!: number;
  @ApiProperty({ example: 'UNIT_REVIEW' }) stage!: string;
  @ApiProperty({ type: LocalizedTextDto }) stageName!: LocalizedText;
  @ApiProperty({ type: NomineeDto }) nominee!: NomineeDto;

  static from(dossier: DossierEntity): TaskDossierDto {
    return {
      id: dossier.id,
      code: dossier.code,
      awardCode: dossier.awardCode,
      year: dossier.year,
      stage: dossier.stage,
      stageName: stageNameOf(dossier.stage),
      nominee: dossier.nominee,
    };
  }
}

export class TaskDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'dossier.review' }) type!: string;
  @ApiProperty({ type: LocalizedTextDto }) title!: LocalizedText;
  @ApiProperty({ example: 'OPEN' }) status!: string;
  @ApiProperty({ type: TaskSubjectDto }) subject!: TaskSubjectDto;
  @ApiPropertyOptional({
    nullable: true,
    type: TaskDossierDto,
    description: 'Hồ sơ của nhiệm vụ (khi nhiệm vụ thuộc một hồ sơ)',
  })
  dossier!: TaskDossierDto | null;
  @ApiPropertyOptional({ type: String, nullable: true }) candidateRole!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, format: 'uuid' }) candidateUnitId!:
    string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Tên đơn vị xử lý' })
  candidateUnitName!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, format: 'uuid' }) candidateUserId!:
    string | null;
  @ApiPropertyOptional({ type: String, nullable: true, format: 'uuid' }) assigneeId!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Họ tên người đang xử lý' })
  assigneeName!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, format: 'date-time' }) dueAt!: string | null;
  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'Số ngày làm việc còn lại đến hạn (0: hôm nay, âm: đã quá hạn)',
  })
  workingDaysLeft!: number | null;
  @ApiProperty({ description: 'True when past its deadline' }) overdue!: boolean;
  @ApiProperty({
    description:
      'True when the deadline rests on a year without an official holiday schedule (computed from the Labour Code): it may still move when the schedule is published',
  })
  dueProvisional!: boolean;
  @ApiProperty({ type: 'object', additionalProperties: true }) details!: Record<string, unknown>;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;

  /** The ids whose names a list of tasks shows. */
  static namesWanted(tasks: TaskEntity[]): { people: string[]; units: string[] } {
    return {
      people: tasks.flatMap((task) => (task.assigneeId ? [task.assigneeId] : [])),
      units: tasks.flatMap((task) =>
        task.candidateUnitId ? [task.unitId, task.candidateUnitId] : [task.unitId],
      ),
    };
  }

  static from(
    task: TaskEntity,
    names: DisplayNames,
    dossiers: ReadonlyMap<string, DossierEntity>,
    now = Date.now(),
  ): TaskDto {
    const dossier =
      task.subjectType === TaskSubjectType.dossier ? dossiers.get(task.subjectId) : undefined;
    const open = task.status === 'OPEN' || task.status === 'CLAIMED';
    return {
      id: task.id,
      type: task.type,
      title: task.title,
      status: task.status,
      subject: {
        type: task.subjectType,
        id: task.subjectId,
        label: task.subjectLabel,
        unitId: task.unitId,
        unitName: unitName(names, task.unitId),
      },
      dossier: dossier ? TaskDossierDto.from(dossier) : null,
      candidateRole: task.candidateRole,
      candidateUnitId: task.candidateUnitId,
      candidateUnitName: unitName(names, task.candidateUnitId),
      candidateUserId: task.candidateUserId,
      assigneeId: task.assigneeId,
      assigneeName: personName(names, task.assigneeId),
      dueAt: task.dueAt?.toISOString() ?? null,
      workingDaysLeft: open ? workingDaysLeft(task.dueAt, now) : null,
      overdue: task.dueAt !== null && task.dueAt.getTime() < now && open,
      dueProvisional: task.details.dueDateProvisional === true,
      details: task.details,
      createdAt: task.createdAt.toISOString(),
    };
  }
}

export class AttachmentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) documentCode!: string | null;
  @ApiProperty() fileName!: string;
  @ApiProperty({ example: 'application/pdf' }) contentType!: string;
  @ApiProperty() sizeBytes!: number;
  @ApiProperty({ description: 'SHA-256 of the content, hex' }) sha256!: string;
  @ApiProperty({ format: 'date-time' }) uploadedAt!: string;
  @ApiPropertyOptional({ type: String, nullable: true, format: 'uuid' }) uploadedBy!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Họ tên người tải lên' })
  uploadedByName!: string | null;

  static from(attachment: AttachmentEntity, names: DisplayNames): AttachmentDto {
    return {
      id: attachment.id,
      documentCode: attachment.documentCode,
      fileName: attachment.fileName,
      contentType: attachment.contentType,
      sizeBytes: attachment.sizeBytes,
      sha256: attachment.sha256,
      uploadedAt: attachment.uploadedAt.toISOString(),
      uploadedBy: attachment.uploadedBy,
      uploadedByName: personName(names, attachment.uploadedBy),
    };
  }
}

export class LegalRefDto {
  @ApiProperty({ example: 'Luật 06/2022/QH15' }) instrument!: string;
  @ApiProperty({ example: '84' }) article!: string;
  @ApiPropertyOptional({ example: '1' }) clause?: string;
  @ApiPropertyOptional({ example: 'a' }) point?: string;
  @ApiPropertyOptional() note?: string;
}

export class ChecklistItemDto {
  @ApiProperty({ example: 'BIEN_BAN_BINH_XET' }) code!: string;
  @ApiProperty({ type: LocalizedTextDto }) name!: LocalizedText;
  @ApiProperty() provided!: boolean;
  @ApiProperty({ type: [String] }) attachmentIds!: string[];
  @ApiProperty({ type: LegalRefDto }) legalRef!: LegalRefDto;
}

export class CommentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiPropertyOptional({ type: String, nullable: true, format: 'uuid' }) authorId!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) authorName!: string | null;
  @ApiProperty() body!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class ApprovalStepDto {
  @ApiProperty({ example: 'district' }) level!: string;
  @ApiProperty({ type: LocalizedTextDto }) levelName!: LocalizedText;
  @ApiProperty({ format: 'uuid' }) unitId!: string;
  @ApiProperty({ example: 'UBND huyện Cẩm Mỹ' }) unitName!: string;
  @ApiPropertyOptional({ description: 'Set when this level runs another system' })
  externalEndpoint?: string;
}

export class DecisionDocumentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'decision-pdf' }) kind!: string;
  @ApiProperty({ example: 'QD-1-QD-UBND.pdf' }) fileName!: string;
  @ApiProperty() sha256!: string;
}

export class DossierDecisionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '125/QĐ-UBND' }) number!: string;
  @ApiProperty({ example: '2024-12-16', description: 'Ngày ký' }) signedOn!: string;
  @ApiProperty({ example: 2340000, description: 'Tiền thưởng (đồng)' }) bonusVnd!: number;
  @ApiProperty({ type: [DecisionDocumentDto], description: 'Tải tại /api/v1/documents/:id' })
  documents!: DecisionDocumentDto[];
  @ApiProperty({
    type: RevocationSummaryDto,
    nullable: true,
    description: 'Khen thưởng đã bị hủy bỏ: giấy khen/bằng khen không còn giá trị',
  })
  revocation!: RevocationSummaryDto | null;
}

export class SubmissionFindingDto {
  @ApiProperty({
    example: 'DOCUMENT_MISSING',
    description: 'DOCUMENT_MISSING or an eligibility reason code',
  })
  code!: string;
  @ApiProperty({ example: 'documents.TO_TRINH' }) field!: string;
  @ApiProperty({ type: LocalizedTextDto }) message!: LocalizedText;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'Điều 84 khoản 1 điểm a Luật 06/2022/QH15',
  })
  source!: string | null;
  @ApiProperty({ description: 'False when the rule is not confirmed from the official text' })
  confirmed!: boolean;
}

export class SubmissionChecksDto {
  @ApiProperty({ format: 'date-time' }) checkedAt!: string;
  @ApiProperty({ example: 'VN-2024' }) ruleSetId!: string;
  @ApiProperty({ type: [SubmissionFindingDto] }) findings!: SubmissionFindingDto[];
}

export class DossierProcedureDto {
  @ApiProperty({
    enum: ['periodic', 'ad-hoc', 'thematic', 'central'],
    description:
      'Loại hồ sơ: thường xuyên (periodic), đột xuất (ad-hoc), chuyên đề (thematic), đề nghị Trung ương (central)',
  })
  track!: 'periodic' | 'ad-hoc' | 'thematic' | 'central';
  @ApiProperty({ description: 'Khen thưởng theo thủ tục đơn giản' }) simplified!: boolean;
  @ApiProperty({ description: 'Thời hạn thẩm định ở mỗi cấp (ngày làm việc)' })
  reviewWorkingDays!: number;
  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'Thời hạn ký quyết định (ngày làm việc); null: mặc định',
  })
  decisionWorkingDays!: number | null;
  @ApiProperty({ description: 'Công khai danh sách trước khi quyết định' })
  publicDisclosure!: boolean;
  @ApiProperty({ description: 'Hội đồng Thi đua - Khen thưởng bỏ phiếu' }) councilVote!: boolean;
}

export class DossierResponseDto extends DossierSummaryDto {
  @ApiProperty() achievementsSummary!: string;
  @ApiPropertyOptional({ type: String, nullable: true, format: 'uuid' }) authorId!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Họ tên người lập hồ sơ' })
  authorName!: string | null;
  @ApiPropertyOptional({
    nullable: true,
    type: [ApprovalStepDto],
    description: 'Các cấp xét duyệt từ đơn vị lên cấp quyết định (cố định khi nộp)',
  })
  approvalPath!: ApprovalStepDto[] | null;
  @ApiProperty({ type: WorkflowStatusDto }) workflow!: WorkflowStatusDto;
  @ApiProperty({ type: [TimelineEventDto] }) timeline!: TimelineEventDto[];
  @ApiProperty({ type: [TaskDto] }) openTasks!: TaskDto[];
  @ApiProperty({ type: [AttachmentDto] }) attachments!: AttachmentDto[];
  @ApiProperty({
    type: [ChecklistItemDto],
    description: 'Thành phần hồ sơ theo quy định và tệp đáp ứng',
  })
  checklist!: ChecklistItemDto[];
  @ApiPropertyOptional({
    nullable: true,
    type: DossierProcedureDto,
    description: 'Loại hồ sơ và thủ tục theo quy định của danh hiệu, hình thức khen thưởng',
  })
  procedure!: DossierProcedureDto | null;
  @ApiProperty({ type: [CommentDto] }) comments!: CommentDto[];
  @ApiPropertyOptional({
    nullable: true,
    type: DossierDecisionDto,
    description: 'Quyết định khen thưởng đã ban hành: số, ngày, tiền thưởng, văn bản',
  })
  decision!: DossierDecisionDto | null;
  @ApiPropertyOptional({
    nullable: true,
    type: SubmissionChecksDto,
    description:
      'Kiểm tra khi nộp: giấy tờ còn thiếu, điều kiện cần thẩm định (điều kiện luật định không đạt thì hồ sơ không nộp được)',
  })
  submissionChecks!: SubmissionChecksDto | null;

  /** The ids whose names a dossier's detail shows. */
  static namesInView(view: DossierView): { people: string[]; units: string[] } {
    const summary = DossierSummaryDto.namesWanted([view.dossier]);
    const tasks = TaskDto.namesWanted(view.openTasks);
    const people = [
      ...summary.people,
      ...tasks.people,
      ...view.timeline.map((event) => event.actorId),
      ...view.attachments.map((attachment) => attachment.uploadedBy),
      ...view.comments.map((comment) => comment.authorId),
      view.dossier.authorId,
    ];
    return {
      people: people.filter((id): id is string => typeof id === 'string'),
      units: [...summary.units, ...tasks.units],
    };
  }

  static fromView(view: DossierView, names: DisplayNames): DossierResponseDto {
    const now = Date.now();
    return {
      ...DossierSummaryDto.from(view.dossier, names, now),
      achievementsSummary: view.dossier.achievementsSummary,
      authorId: view.dossier.authorId,
      authorName: personName(names, view.dossier.authorId),
      approvalPath: view.dossier.approvalPath,
      workflow: view.workflow,
      timeline: view.timeline.map((event) => ({
        seq: event.seq,
        type: event.type,
        stage: event.stage,
        level: event.level,
        actorId: event.actorId,
        actorName: personName(names, event.actorId),
        at: event.occurredAt.toISOString(),
        data: event.data,
      })),
      openTasks: view.openTasks.map((task) =>
        TaskDto.from(task, names, new Map([[view.dossier.id, view.dossier]]), now),
      ),
      attachments: view.attachments.map((attachment) => AttachmentDto.from(attachment, names)),
      checklist: view.checklist.map((item) => ({
        ...item,
        provided: item.attachmentIds.length > 0,
      })),
      procedure: view.procedure,
      comments: view.comments.map((comment) => ({
        id: comment.id,
        authorId: comment.authorId,
        authorName: personName(names, comment.authorId),
        body: comment.body,
        createdAt: comment.createdAt.toISOString(),
      })),
      decision: view.decision,
      submissionChecks: view.dossier.submissionChecks,
    };
  }
}

/** Answer of a submit that the worker has not recorded yet (202 Accepted). */
export class DossierAcceptedDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'HS-2024-000001' }) code!: string;
  @ApiProperty({
    example: false,
    description: 'False: the dossier is being recorded; read it again shortly',
  })
  recorded!: boolean;

  @ApiPropertyOptional({
    enum: ['unavailable', 'slow'],
    description:
      'unavailable: no worker serves the task queue; the dossier is recorded once one is back. slow: the worker did not record it in time',
  })
  worker?: 'unavailable' | 'slow';

  @ApiPropertyOptional({
    type: LocalizedTextDto,
    description: 'What this means for the person, in Vietnamese and English',
  })
  message?: LocalizedText;

  /** The 202 answer for a submitted dossier the worker has not recorded yet. */
  static of(submitted: {
    id: string;
    code: string;
    worker?: 'unavailable' | 'slow';
  }): DossierAcceptedDto {
    return {
      id: submitted.id,
      code: submitted.code,
      recorded: false,
      ...(submitted.worker === undefined
        ? {}
        : { worker: submitted.worker, message: NOT_RECORDED_YET[submitted.worker] }),
    };
  }
}

const NOT_RECORDED_YET: Record<'unavailable' | 'slow', LocalizedText> = {
  unavailable: {
    vi: 'Hồ sơ đã được nộp nhưng hiện không có tiến trình xử lý quy trình (worker) nào hoạt động: hồ sơ sẽ được ghi nhận và chuyển thẩm định khi tiến trình hoạt động trở lại. Hãy báo quản trị viên.',
    en: 'The dossier is submitted, but no workflow worker is running: it will be recorded and sent for review once one is back. Tell an administrator.',
  },
  slow: {
    vi: 'Hồ sơ đã được nộp và đang được ghi nhận; hãy xem lại sau ít phút.',
    en: 'The dossier is submitted and being recorded; look again in a few minutes.',
  },
};

export class DossierPageDto {
  @ApiProperty({ type: [DossierSummaryDto] }) items!: DossierSummaryDto[];
  @ApiProperty() total!: number;
}

export class StageResultDto {
  @ApiProperty({ example: 'SUPPLEMENTING' }) stage!: string;
}

export class DossierRoutePreviewDto {
  @ApiProperty({ example: '2024-12-16', description: 'Ngày áp dụng quy định' }) rulesDate!: string;
  @ApiProperty({ example: 'VN-2024' }) ruleSetId!: string;
  @ApiProperty({ example: 'district', description: 'Cấp hành chính của đơn vị đề nghị' })
  proposingLevel!: string;
  @ApiProperty({
    enum: ['periodic', 'ad-hoc', 'thematic', 'central'],
    description: 'Loại hồ sơ theo danh hiệu, hình thức khen thưởng',
  })
  track!: 'periodic' | 'ad-hoc' | 'thematic' | 'central';
  @ApiProperty({ description: 'Khen thưởng theo thủ tục đơn giản' }) simplified!: boolean;
  @ApiProperty({ type: [ApprovalStepDto] }) approvalPath!: ApprovalStepDto[];
}

export class BatchItemErrorDto {
  @ApiProperty({ example: 'VALIDATION_FAILED' }) code!: string;
  @ApiProperty({ type: LocalizedTextDto }) message!: LocalizedText;
  @ApiPropertyOptional({ type: 'array', items: { type: 'object', additionalProperties: true } })
  errors?: unknown[];
}

export class BatchItemResultDto {
  @ApiProperty({ description: 'Vị trí của dòng trong danh sách gửi lên (từ 0)' }) index!: number;
  @ApiProperty({ enum: ['submitted', 'accepted', 'failed'] }) status!:
    'submitted' | 'accepted' | 'failed';
  @ApiPropertyOptional({ format: 'uuid' }) id?: string;
  @ApiPropertyOptional({ example: 'HS-2024-000001' }) code?: string;
  @ApiPropertyOptional({ type: BatchItemErrorDto }) error?: BatchItemErrorDto;
}

export class BatchResultDto {
  @ApiProperty() submitted!: number;
  @ApiProperty() failed!: number;
  @ApiProperty({ type: [BatchItemResultDto] }) results!: BatchItemResultDto[];
}
