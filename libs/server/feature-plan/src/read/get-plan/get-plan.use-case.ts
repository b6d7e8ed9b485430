import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type PlanPerson, PlanAudience } from '../../plan-audience';
import { loadPlan, loadPlanItems } from '../../plan-records';
import { type PlanItemNotice, planView, vietnamToday, type PlanView } from '../plan-views';

/** A plan with all its items and each item's outcome as of today. */
@Injectable()
export class GetPlanUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audience: PlanAudience,
  ) {}

  /** `reader`: the person asking (the API always names one); omitted by trusted callers only. */
  async execute(query: { planId: string; reader?: PlanPerson }): Promise<PlanView> {
    const plan = await loadPlan(this.dataSource.manager, query.planId);
    if (query.reader) await this.audience.assertCanRead(query.reader, plan);
    return planView(
      plan,
      await loadPlanItems(this.dataSource.manager, plan.id),
      vietnamToday(),
      await this.noticesSent(plan.id),
    );
  }

  /**
   * The reminders and overdue notices the plan sent, per item, from the notifications delivered
   * (their keys name the plan, the item and the notice: `plan:<id>:item:<key>:reminder:3:<due>`).
   */
  private async noticesSent(planId: string): Promise<Map<string, PlanItemNotice[]>> {
    const rows = await this.dataSource.query<
      { item_key: string; notice: string; sent_at: Date; recipients: number }[]
    >(
      `SELECT split_part(substr(idempotency_key, length($1) + 1), ':', 1) AS item_key,
              substr(idempotency_key, length($1) + 1) AS notice,
              min(created_at) AS sent_at, count(*)::int AS recipients
         FROM notifications
        WHERE idempotency_key LIKE $1 || '%'
          AND (idempotency_key LIKE '%:reminder:%' OR idempotency_key LIKE '%:overdue:%')
        GROUP BY idempotency_key ORDER BY sent_at`,
      [`plan:${planId}:item:`],
    );
    const notices = new Map<string, PlanItemNotice[]>();
    for (const row of rows) {
      const [, kind, offset] = row.notice.split(':');
      if (kind !== 'reminder' && kind !== 'overdue') continue;
      notices.set(row.item_key, [
        ...(notices.get(row.item_key) ?? []),
        {
          kind,
          sentAt: row.sent_at.toISOString(),
          workingDaysBefore: kind === 'reminder' ? Number(offset) : null,
          recipients: row.recipients,
        },
      ]);
    }
    return notices;
  }
}
