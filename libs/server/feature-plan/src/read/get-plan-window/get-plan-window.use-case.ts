import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { annualPlanWorkflowId, planWindowTaskKey } from '@tdkt/contracts';
import type { DataSource } from 'typeorm';
import { type PlanPerson, PlanAudience } from '../../plan-audience';
import { loadPlan, loadPlanItem } from '../../plan-records';

export interface PlanWindowUnitView {
  unitId: string;
  code: string;
  name: string;
  /** The unit's task: OPEN, COMPLETED (the unit said it was done), CANCELLED (window closed), or null before opening. */
  taskStatus: string | null;
  /** Dossiers the unit or a unit under it submitted while the window was open (collection windows). */
  dossiersSubmitted: number;
  /** Titles the unit registered for next year (registration windows). */
  registrations: number;
}

export interface PlanWindowView {
  itemKey: string;
  kind: 'dossier-collection' | 'emulation-registration';
  status: 'NOT_OPENED' | 'OPEN' | 'CLOSED';
  opensAt: string | null;
  closesAt: string | null;
  units: PlanWindowUnitView[];
}

/** Where an item's window stands, with the counts per participating unit that the plan shows. */
@Injectable()
export class GetPlanWindowUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audience: PlanAudience,
  ) {}

  /** `reader`: the person asking (the API always names one); omitted by trusted callers only. */
  async execute(query: {
    planId: string;
    itemKey: string;
    reader?: PlanPerson;
  }): Promise<PlanWindowView> {
    const manager = this.dataSource.manager;
    const plan = await loadPlan(manager, query.planId);
    if (query.reader) await this.audience.assertCanRead(query.reader, plan);
    const item = await loadPlanItem(manager, plan.id, query.itemKey);
    const [window] = await manager.query<
      { status: 'OPEN' | 'CLOSED'; opens_at: Date; closes_at: Date }[]
    >(`SELECT status, opens_at, closes_at FROM plan_windows WHERE plan_id = $1 AND item_key = $2`, [
      plan.id,
      item.key,
    ]);
    const units = await manager.query<Omit<PlanWindowUnitView, 'taskStatus'>[]>(
      `WITH RECURSIVE participants AS (
         SELECT u.id, u.code, u.name FROM units u WHERE u.id = ANY($1::uuid[])
       ), subtree AS (
         SELECT p.id AS participant, p.id AS unit_id FROM participants p
         UNION ALL
         SELECT s.participant, u.id FROM subtree s JOIN units u ON u.parent_id = s.unit_id
       )
       SELECT p.id AS "unitId", p.code, p.name,
              (SELECT count(*)::int FROM dossiers d
                 WHERE $2::timestamptz IS NOT NULL AND d.submitted_at >= $2 AND d.submitted_at < $3
                   AND d.proposing_unit_id IN (SELECT unit_id FROM subtree s WHERE s.participant = p.id)) AS "dossiersSubmitted",
              (SELECT count(*)::int FROM emulation_registrations r
                 WHERE r.plan_id = $4 AND r.unit_id = p.id) AS registrations
         FROM participants p ORDER BY p.code`,
      [item.participantUnitIds, window?.opens_at ?? null, window?.closes_at ?? null, plan.id],
    );
    const tasks = await manager.query<{ task_key: string; status: string }[]>(
      `SELECT task_key, status FROM tasks WHERE workflow_id = $1 AND task_key = ANY($2::text[])`,
      [
        plan.workflowId ?? annualPlanWorkflowId(plan.id),
        item.participantUnitIds.map((unitId) => planWindowTaskKey(item.key, unitId)),
      ],
    );
    const taskStatus = new Map(tasks.map((t) => [t.task_key, t.status]));
    return {
      itemKey: item.key,
      kind: item.kind === 'registration' ? 'emulation-registration' : 'dossier-collection',
      status: window === undefined ? 'NOT_OPENED' : window.status,
      opensAt: window?.opens_at.toISOString() ?? null,
      closesAt: window?.closes_at.toISOString() ?? null,
      units: units.map((unit) => ({
        ...unit,
        taskStatus: taskStatus.get(planWindowTaskKey(item.key, unit.unitId)) ?? null,
      })),
    };
  }
}
