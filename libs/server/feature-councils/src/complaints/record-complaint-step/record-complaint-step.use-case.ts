import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppError,
  type AuditAction,
  ComplaintStatus,
  type ComplaintStepRecord,
} from '@tdkt/contracts';
import { complaintRulesById, filingLimit, lastDayOfLimit } from '@tdkt/domain';
import { appendAudit } from '@tdkt/server-database';
import { documentDate } from '@tdkt/server-feature-dossier';
import { EffectiveLegalData } from '@tdkt/server-feature-legal-data';
import type { DataSource } from 'typeorm';

const AUDIT_ACTION_OF: Record<string, AuditAction> = {
  [ComplaintStatus.ACCEPTED]: 'complaint.accepted',
  [ComplaintStatus.NOT_ACCEPTED]: 'complaint.not-accepted',
  [ComplaintStatus.UPHELD]: 'complaint.settled',
  [ComplaintStatus.PARTLY_UPHELD]: 'complaint.settled',
  [ComplaintStatus.REJECTED]: 'complaint.settled',
};

const SETTLED: readonly string[] = [
  ComplaintStatus.UPHELD,
  ComplaintStatus.PARTLY_UPHELD,
  ComplaintStatus.REJECTED,
];

/**
 * Records a step of a complaint (accepted, not accepted, settled) with its audit row, once per status.
 * A first complaint's settlement also fixes the last day for a second one (Art. 33).
 */
@Injectable()
export class RecordComplaintStepUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly legalData: EffectiveLegalData,
  ) {}

  async execute(record: ComplaintStepRecord): Promise<{ secondComplaintLastDay: string | null }> {
    const action = AUDIT_ACTION_OF[record.status];
    if (action === undefined) throw new Error(`a complaint is not recorded as ${record.status}`);
    const today = documentDate();
    const calendar = await this.legalData.calendar();
    return this.dataSource.transaction(async (manager) => {
      const [complaint] = await manager.query<
        {
          workflow_id: string;
          handling_unit_id: string;
          instance: number;
          rules_id: string;
          remote: boolean;
          status: string;
          second: string | null;
          settled_on: string | null;
        }[]
      >(
        `SELECT workflow_id, handling_unit_id, instance, rules_id, remote, status,
                to_char(second_complaint_last_day, 'YYYY-MM-DD') AS second,
                to_char(settled_on, 'YYYY-MM-DD') AS settled_on
           FROM complaints WHERE id = $1 FOR UPDATE`,
        [record.complaintId],
      );
      if (complaint === undefined) throw new AppError('COMPLAINT_NOT_FOUND');
      // A retry after the commit: the step is there already.
      if (complaint.status === record.status) return { secondComplaintLastDay: complaint.second };

      const settled = SETTLED.includes(record.status);
      const rules = complaintRulesById(complaint.rules_id);
      const secondComplaintLastDay =
        settled && complaint.instance === 1 && rules !== undefined
          ? lastDayOfLimit(today, filingLimit(rules, 2, complaint.remote).days, calendar)
          : null;
      const ended = settled || record.status === ComplaintStatus.NOT_ACCEPTED;
      await manager.query(
        `UPDATE complaints
            SET status = $2, due_date = $3, complex = COALESCE($4, complex),
                reasons = COALESCE($5, reasons), verification = COALESCE($6, verification),
                remedy = COALESCE($7, remedy), accepted_on = COALESCE($8::date, accepted_on),
                settled_on = COALESCE($9::date, settled_on), settled_by = COALESCE($10::uuid, settled_by),
                second_complaint_last_day = $11
          WHERE id = $1`,
        [
          record.complaintId,
          record.status,
          record.dueDate,
          record.complex ?? null,
          record.reasons ?? null,
          record.verification ?? null,
          record.remedy ?? null,
          record.status === ComplaintStatus.ACCEPTED ? today : null,
          ended ? today : null,
          ended ? record.actorId : null,
          secondComplaintLastDay,
        ],
      );
      await appendAudit(manager, {
        action,
        entityType: 'complaint',
        entityId: record.complaintId,
        actorKind: record.actorId === null ? 'system' : 'user',
        actorId: record.actorId,
        unitId: complaint.handling_unit_id,
        before: { status: complaint.status },
        after: {
          status: record.status,
          dueDate: record.dueDate,
          ...(record.complex === undefined ? {} : { complex: record.complex }),
          ...(record.reasons ? { reasons: record.reasons } : {}),
          ...(record.remedy ? { remedy: record.remedy } : {}),
          secondComplaintLastDay,
        },
        workflowId: complaint.workflow_id,
        idempotencyKey: `${complaint.workflow_id}:${record.status}`,
      });
      return { secondComplaintLastDay };
    });
  }
}
