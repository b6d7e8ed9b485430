import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ComplaintStatus, complaintWorkflowId, type ComplaintWorkflowInput } from '@tdkt/contracts';
import { appendAudit } from '@tdkt/server-database';
import type { DataSource } from 'typeorm';

/** Records a complaint as received, with its audit row; a retry changes nothing. */
@Injectable()
export class ReceiveComplaintUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(input: ComplaintWorkflowInput): Promise<void> {
    const workflowId = complaintWorkflowId(input.complaintId);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO complaints (id, workflow_id, instance, previous_complaint_id, subject_kind, decision_id, dossier_id,
                                 handling_unit_id, complainant_id, label, content, known_on, filed_on, obstacle_days,
                                 obstacle_reason, filing_last_day, filed_late, rules_id, remote, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)
         ON CONFLICT (id) DO NOTHING`,
        [
          input.complaintId,
          workflowId,
          input.instance,
          input.previousComplaintId,
          input.subjectKind,
          input.decisionId,
          input.dossierId,
          input.handlingUnitId,
          input.complainantId,
          input.label,
          input.content,
          input.knownOn,
          input.filedOn,
          input.obstacleDays,
          input.obstacleReason,
          input.filingLastDay,
          input.filedLate,
          input.rulesId,
          input.remote,
          ComplaintStatus.RECEIVED,
        ],
      );
      await appendAudit(manager, {
        action: 'complaint.received',
        entityType: 'complaint',
        entityId: input.complaintId,
        actorKind: 'user',
        actorId: input.complainantId,
        unitId: input.handlingUnitId,
        after: {
          instance: input.instance,
          subjectKind: input.subjectKind,
          decisionId: input.decisionId,
          dossierId: input.dossierId,
          knownOn: input.knownOn,
          filingLastDay: input.filingLastDay,
          filedLate: input.filedLate,
          obstacleDays: input.obstacleDays,
        },
        requestId: input.requestId,
        workflowId,
        idempotencyKey: `${workflowId}:received`,
      });
    });
  }
}
