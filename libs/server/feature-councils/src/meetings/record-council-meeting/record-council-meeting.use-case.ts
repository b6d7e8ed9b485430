import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type CouncilMeetingInput, councilMeetingWorkflowId } from '@tdkt/contracts';
import { appendAudit } from '@tdkt/server-database';
import type { DataSource } from 'typeorm';

/** Writes a new meeting and its members into the read model with its audit row; idempotent. */
@Injectable()
export class RecordCouncilMeetingUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  execute(input: CouncilMeetingInput): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      const inserted = await manager.query<{ id: string }[]>(
        `INSERT INTO council_meetings (id, unit_id, level, rule_set_id, title, scheduled_at, location, status,
                                       corrects_meeting_id, workflow_id, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'SCHEDULED', $8, $9, $10)
         ON CONFLICT (id) DO NOTHING RETURNING id`,
        [
          input.meetingId,
          input.unitId,
          input.level,
          input.ruleSetId,
          input.title,
          input.scheduledAt,
          input.location,
          input.correctsMeetingId,
          councilMeetingWorkflowId(input.meetingId),
          input.createdBy,
        ],
      );
      if (inserted.length === 0) return;
      for (const member of input.members) {
        await manager.query(
          `INSERT INTO council_meeting_members (meeting_id, user_id, full_name, position) VALUES ($1, $2, $3, $4)`,
          [input.meetingId, member.userId, member.fullName, member.position],
        );
      }
      await appendAudit(manager, {
        action: 'council-meeting.scheduled',
        entityType: 'council_meeting',
        entityId: input.meetingId,
        actorKind: 'user',
        actorId: input.createdBy,
        unitId: input.unitId,
        after: {
          title: input.title,
          scheduledAt: input.scheduledAt,
          members: input.members.length,
          correctsMeetingId: input.correctsMeetingId,
        },
        requestId: input.requestId,
        workflowId: councilMeetingWorkflowId(input.meetingId),
        idempotencyKey: `council-meeting:${input.meetingId}:scheduled`,
      });
    });
  }
}
