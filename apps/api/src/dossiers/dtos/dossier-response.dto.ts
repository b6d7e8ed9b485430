import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DOSSIER_STAGE_NAMES, type DossierStage, type LocalizedText } from '@tdkt/contracts';
import type { AttachmentEntity, DossierEntity, TaskEntity } from '@tdkt/server-database';
import type { DossierView } from '@tdkt/server-feature-dossier';
import { NomineeDto } from './create-dossier.dto';

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
  @ApiPropertyOptional({ type: String, nullable: true }) currentLevel!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) decidingLevel!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) ruleSetId!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, format: 'date-time' }) submittedAt!:
    string | null;
  @ApiPropertyOptional({ type: String, nullable: true, format: 'uuid', description: 'Người nộp' })
  submittedBy!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, format: 'date-time' }) closedAt!:
    string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) outcomeReason!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: '125/QĐ-UBND' }) decisionNumber!:
    string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) decidedOn!: string | null;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;

  static from(dossier: DossierEntity): DossierSummaryDto {
    return {
      id: dossier.id,
      code: dossier.code,
      year: dossier.year,
      awardCode: dossier.awardCode,
      proposingUnitId: dossier.proposingUnitId,
      nominee: dossier.nominee,
      stage: dossier.stage,
      stageName: DOSSIER_STAGE_NAMES[dossier.stage as DossierStage] ?? {
        vi: dossier.stage,
        en: dossier.stage,
      },
      stageDueAt: dossier.stageDueAt?.toISOString() ?? null,
      currentLevel: dossier.currentLevel,
      decidingLevel: dossier.decidingLevel,
      ruleSetId: dossier.ruleSetId,
      submittedAt: dossier.submittedAt?.toISOString() ?? null,
      submittedBy: dossier.submittedBy,
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
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) data!: Record<string, unknown>;
}

export class TaskDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'dossier.review' }) type!: string;
  @ApiProperty({ type: LocalizedTextDto }) title!: LocalizedText;
  @ApiProperty({ example: 'OPEN' }) status!: string;
  @ApiProperty({
    type: 'object',
    properties: {
      type: { type: 'string', example: 'dossier' },
      id: { type: 'string' },
      label: { type: 'string' },
      unitId: { type: 'string', format: 'uuid' },
    },
    required: ['type', 'id', 'label', 'unitId'],
  })
  subject!: { type: string; id: string; label: string; unitId: string };
  @ApiPropertyOptional({ type: String, nullable: true }) candidateRole!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, format: 'uuid' }) candidateUnitId!:
    string | null;
  @ApiPropertyOptional({ type: String, nullable: true, format: 'uuid' }) candidateUserId!:
    string | null;
  @ApiPropertyOptional({ type: String, nullable: true, format: 'uuid' }) assigneeId!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, format: 'date-time' }) dueAt!: string | null;
  @ApiProperty({ description: 'True when past its deadline' }) overdue!: boolean;
  @ApiProperty({ type: 'object', additionalProperties: true }) details!: Record<string, unknown>;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;

  static from(task: TaskEntity, now = Date.now()): TaskDto {
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
      },
      candidateRole: task.candidateRole,
      candidateUnitId: task.candidateUnitId,
      candidateUserId: task.candidateUserId,
      assigneeId: task.assigneeId,
      dueAt: task.dueAt?.toISOString() ?? null,
      overdue:
        task.dueAt !== null &&
        task.dueAt.getTime() < now &&
        (task.status === 'OPEN' || task.status === 'CLAIMED'),
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

  static from(attachment: AttachmentEntity): AttachmentDto {
    return {
      id: attachment.id,
      documentCode: attachment.documentCode,
      fileName: attachment.fileName,
      contentType: attachment.contentType,
      sizeBytes: attachment.sizeBytes,
      sha256: attachment.sha256,
      uploadedAt: attachment.uploadedAt.toISOString(),
      uploadedBy: attachment.uploadedBy,
    };
  }
}

export class ChecklistItemDto {
  @ApiProperty({ example: 'BIEN_BAN_BINH_XET' }) code!: string;
  @ApiProperty({ type: LocalizedTextDto }) name!: LocalizedText;
  @ApiProperty() provided!: boolean;
  @ApiProperty({ type: [String] }) attachmentIds!: string[];
  @ApiProperty({ type: 'object', additionalProperties: true }) legalRef!: object;
}

export class CommentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiPropertyOptional({ type: String, nullable: true, format: 'uuid' }) authorId!: string | null;
  @ApiProperty() body!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class DossierResponseDto extends DossierSummaryDto {
  @ApiProperty() achievementsSummary!: string;
  @ApiPropertyOptional({ type: String, nullable: true, format: 'uuid' }) authorId!: string | null;
  @ApiPropertyOptional({ nullable: true, type: 'array', items: { type: 'object' } }) approvalPath!:
    unknown[] | null;
  @ApiProperty({ type: WorkflowStatusDto }) workflow!: WorkflowStatusDto;
  @ApiProperty({ type: [TimelineEventDto] }) timeline!: TimelineEventDto[];
  @ApiProperty({ type: [TaskDto] }) openTasks!: TaskDto[];
  @ApiProperty({ type: [AttachmentDto] }) attachments!: AttachmentDto[];
  @ApiProperty({
    type: [ChecklistItemDto],
    description: 'Thành phần hồ sơ theo quy định và tệp đáp ứng',
  })
  checklist!: ChecklistItemDto[];
  @ApiProperty({ type: [CommentDto] }) comments!: CommentDto[];
  @ApiPropertyOptional({
    nullable: true,
    description:
      'Quyết định khen thưởng đã ban hành: số, ngày, tiền thưởng, văn bản (tải tại /api/v1/documents/:id)',
    type: 'object',
    additionalProperties: true,
  })
  decision!: DossierView['decision'];

  static fromView(view: DossierView): DossierResponseDto {
    return {
      ...DossierSummaryDto.from(view.dossier),
      achievementsSummary: view.dossier.achievementsSummary,
      authorId: view.dossier.authorId,
      approvalPath: view.dossier.approvalPath,
      workflow: view.workflow,
      timeline: view.timeline.map((event) => ({
        seq: event.seq,
        type: event.type,
        stage: event.stage,
        level: event.level,
        actorId: event.actorId,
        at: event.occurredAt.toISOString(),
        data: event.data,
      })),
      openTasks: view.openTasks.map((task) => TaskDto.from(task)),
      attachments: view.attachments.map((attachment) => AttachmentDto.from(attachment)),
      checklist: view.checklist.map((item) => ({
        ...item,
        provided: item.attachmentIds.length > 0,
      })),
      comments: view.comments.map((comment) => ({
        id: comment.id,
        authorId: comment.authorId,
        body: comment.body,
        createdAt: comment.createdAt.toISOString(),
      })),
      decision: view.decision,
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
