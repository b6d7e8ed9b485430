import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PlanStatus } from '@tdkt/contracts';
import { carryOverItems, quarterDeadline } from '@tdkt/domain';
import { appendAudit } from '@tdkt/server-database';
import type { DataSource } from 'typeorm';
import { loadPlan, loadPlanItems } from '../../plan-records';

/**
 * Creates, once, the draft of next year's plan from a plan's recurring items: same ids, owners,
 * texts and participants; explicit due dates moved to the new year's working-day calendar. Goals,
 * standing duties and recipients carry over; legal bases do not (they cite the year's own
 * resolutions), nor does the number, which the standing body sets when it issues the draft.
 */
@Injectable()
export class CreateNextYearDraftUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(request: { planId: string }): Promise<{ draftPlanId: string; items: number }> {
    return this.dataSource.transaction(async (manager) => {
      const source = await loadPlan(manager, request.planId, true);
      const [existing] = await manager.query<{ id: string; items: number }[]>(
        `SELECT p.id, (SELECT count(*)::int FROM plan_items i WHERE i.plan_id = p.id) AS items
           FROM plans p WHERE p.source_plan_id = $1`,
        [source.id],
      );
      if (existing !== undefined) return { draftPlanId: existing.id, items: existing.items };
      const nextYear = source.year + 1;
      const [draft] = await manager.query<{ id: string }[]>(
        `INSERT INTO plans (year, issuer_unit_id, issuer_name, signer, standing_body_unit_id, goals,
                            standing_duties, recipients, reminder_offsets, status, source_plan_id, targets)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
        [
          nextYear,
          source.issuerUnitId,
          source.issuerName,
          source.signer,
          source.standingBodyUnitId,
          JSON.stringify(source.goals),
          JSON.stringify(source.standingDuties),
          JSON.stringify(source.recipients),
          source.reminderOffsets,
          PlanStatus.DRAFT,
          source.id,
          JSON.stringify(source.targets),
        ],
      );
      const items = carryOverItems(
        (await loadPlanItems(manager, source.id)).map((item) => ({
          ...item,
          due: item.dueExplicit ? item.dueOn : null,
        })),
        nextYear,
      );
      for (const [position, item] of items.entries()) {
        await manager.query(
          `INSERT INTO plan_items (plan_id, item_key, position, quarter, due_on, due_explicit, owner_unit_id, kind,
                                   text_vi, text_en, recurring, participant_unit_ids, status)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, true, $11, 'OPEN')`,
          [
            draft!.id,
            item.key,
            position + 1,
            item.quarter,
            item.due ?? quarterDeadline(nextYear, item.quarter),
            item.due !== null,
            item.ownerUnitId,
            item.kind,
            item.textVi,
            item.textEn,
            item.participantUnitIds,
          ],
        );
      }
      await appendAudit(manager, {
        action: 'plan.draft.created',
        entityType: 'plan',
        entityId: draft!.id,
        actorKind: 'worker',
        unitId: source.issuerUnitId,
        after: { year: nextYear, sourcePlanId: source.id, items: items.length },
        idempotencyKey: `plan:${source.id}:next-year-draft`,
      });
      return { draftPlanId: draft!.id, items: items.length };
    });
  }
}
