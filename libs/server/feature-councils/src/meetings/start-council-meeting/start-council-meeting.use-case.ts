import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import {
  AppError,
  type CouncilMeetingInput,
  councilMeetingRecordedUpdate,
  type CouncilMeetingState,
  councilMeetingStateQuery,
  councilMeetingWorkflowId,
  type CouncilPosition,
  WorkflowType,
} from '@tdkt/contracts';
import { vietnamInstant } from '@tdkt/domain';
import { ServerConfig } from '@tdkt/server-config';
import { ruleSetForSubmissions } from '@tdkt/server-feature-dossier';
import { createdIdFor, KEYED_START } from '@tdkt/server-temporal-client';
import type { DataSource } from 'typeorm';

export interface StartCouncilMeetingCommand {
  unitId: string;
  title: string;
  /** A date and time; without a zone (`2024-12-16T08:00`) it is Vietnam time. */
  scheduledAt: string;
  location: string;
  members: { userId: string; position: CouncilPosition }[];
  correctsMeetingId?: string;
  createdBy: string;
  requestId: string | null;
  /** With it, the same meeting sent again finds the one the first request convened. */
  idempotencyKey?: string;
}

function invalid(field: string, vi: string, en: string): AppError {
  return new AppError('VALIDATION_FAILED', [{ field, rule: 'council', message: { vi, en } }]);
}

/**
 * The standing body convenes a level's council: members with their seats, the date, the rule set in
 * force. Starts the meeting's workflow (its timers send invitations and reminders and open it on time)
 * and answers once the meeting is recorded.
 */
@Injectable()
export class StartCouncilMeetingUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly temporal: Client,
    private readonly config: ServerConfig,
  ) {}

  async execute(command: StartCouncilMeetingCommand): Promise<CouncilMeetingState> {
    const [unit] = await this.dataSource.query<{ name: string; level: string }[]>(
      `SELECT name, level FROM units WHERE id = $1`,
      [command.unitId],
    );
    if (unit === undefined) throw new AppError('UNIT_NOT_FOUND');
    const ruleSet = ruleSetForSubmissions(this.config);
    if (!ruleSet.levels.some((level) => level.id === unit.level))
      throw invalid(
        'unitId',
        'Đơn vị không phải một cấp có Hội đồng.',
        'The unit is not a level with a council.',
      );
    const scheduledAt = vietnamInstant(command.scheduledAt);
    if (scheduledAt === null)
      throw invalid(
        'scheduledAt',
        'Thời gian họp phải là ngày giờ, ví dụ 2024-12-16T08:00 (giờ Việt Nam).',
        'The meeting time must be a date and time, e.g. 2024-12-16T08:00 (Vietnam time).',
      );
    const members = await this.members(command.members);
    if (command.correctsMeetingId !== undefined) {
      const [corrected] = await this.dataSource.query<{ status: string; unit_id: string }[]>(
        `SELECT status, unit_id FROM council_meetings WHERE id = $1`,
        [command.correctsMeetingId],
      );
      if (corrected?.status !== 'CLOSED' || corrected.unit_id !== command.unitId)
        throw invalid(
          'correctsMeetingId',
          'Chỉ đính chính một phiên họp đã kết thúc của cùng Hội đồng.',
          'Only a closed meeting of the same council can be corrected.',
        );
    }
    const { requestId, idempotencyKey, ...request } = command;
    const input: CouncilMeetingInput = {
      meetingId: createdIdFor('council-meeting', command.createdBy, idempotencyKey, request),
      unitId: command.unitId,
      unitName: unit.name,
      level: unit.level,
      ruleSetId: ruleSet.id,
      title: command.title,
      scheduledAt,
      location: command.location,
      members,
      correctsMeetingId: command.correctsMeetingId ?? null,
      createdBy: command.createdBy,
      requestId,
    };
    const workflowId = councilMeetingWorkflowId(input.meetingId);
    try {
      const handle = await this.temporal.workflow.start(WorkflowType.councilMeeting, {
        workflowId,
        taskQueue: this.config.TEMPORAL_TASK_QUEUE,
        args: [input],
        ...(idempotencyKey === undefined ? {} : KEYED_START),
      });
      return await handle.executeUpdate(councilMeetingRecordedUpdate);
    } catch (error) {
      // A retry of a request whose meeting has been held and closed since.
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
      return this.temporal.workflow.getHandle(workflowId).query(councilMeetingStateQuery);
    }
  }

  /** Distinct active users, one chair and one secretary, named as the minutes will name them. */
  private async members(
    requested: StartCouncilMeetingCommand['members'],
  ): Promise<CouncilMeetingInput['members']> {
    const ids = requested.map((member) => member.userId);
    if (new Set(ids).size !== ids.length)
      throw invalid('members', 'Một người chỉ giữ một vị trí.', 'A person holds one seat only.');
    for (const position of ['chair', 'secretary'] as const) {
      if (requested.filter((member) => member.position === position).length !== 1)
        throw invalid(
          'members',
          `Hội đồng cần đúng một ${position === 'chair' ? 'Chủ tịch' : 'Thư ký'}.`,
          `The council needs exactly one ${position}.`,
        );
    }
    const users = await this.dataSource.query<{ id: string; full_name: string }[]>(
      `SELECT id, full_name FROM users WHERE id = ANY($1::uuid[]) AND disabled_at IS NULL`,
      [ids],
    );
    return requested.map((member) => {
      const user = users.find((candidate) => candidate.id === member.userId);
      if (user === undefined)
        throw invalid(
          'members',
          `Không có người dùng đang hoạt động với mã ${member.userId}.`,
          `No active user has id ${member.userId}.`,
        );
      return { userId: member.userId, fullName: user.full_name, position: member.position };
    });
  }
}
