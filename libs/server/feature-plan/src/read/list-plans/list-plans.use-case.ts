import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, PlanStatus, type FieldError } from '@tdkt/contracts';
import { fieldIssue } from '@tdkt/domain';
import type { DataSource } from 'typeorm';
import { type PlanPerson, PlanAudience } from '../../plan-audience';
import { findPlans, UUID } from '../../plan-records';

export interface ListPlansQuery {
  year?: number;
  status?: PlanStatus;
  issuerUnitId?: string;
  /** The person asking: only plans they may read are listed. Omitted by trusted callers only. */
  reader?: PlanPerson;
}

export interface PlanListEntry {
  id: string;
  year: number;
  number: string | null;
  issuer: { unitId: string; name: string };
  status: PlanStatus;
  items: { total: number; done: number; overdue: number };
}

/** Plans, newest year first, with how many items are done and overdue. */
@Injectable()
export class ListPlansUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audience: PlanAudience,
  ) {}

  async execute(query: ListPlansQuery): Promise<PlanListEntry[]> {
    const errors: FieldError[] = [];
    if (query.year !== undefined && !Number.isInteger(query.year)) {
      errors.push(
        fieldIssue('year', 'integer', { vi: 'phải là số nguyên', en: 'must be an integer' }),
      );
    }
    if (query.status !== undefined && !Object.values(PlanStatus).includes(query.status)) {
      errors.push(
        fieldIssue('status', 'plan-status', {
          vi: 'phải là DRAFT, ACTIVE hoặc CLOSED',
          en: 'must be DRAFT, ACTIVE or CLOSED',
        }),
      );
    }
    if (query.issuerUnitId !== undefined && !UUID.test(query.issuerUnitId)) {
      errors.push(
        fieldIssue('issuerUnitId', 'uuid', { vi: 'phải là mã UUID', en: 'must be a UUID' }),
      );
    }
    if (errors.length > 0) throw new AppError('VALIDATION_FAILED', errors);
    const { reader, ...filter } = query;
    const scope = reader ? await this.audience.readerScope(reader) : undefined;
    if (scope?.issuerUnitIds.length === 0) return [];
    const plans = await findPlans(this.dataSource.manager, { ...filter, ...scope });
    if (plans.length === 0) return [];
    const counts = await this.dataSource.query<
      { plan_id: string; total: number; done: number; overdue: number }[]
    >(
      `SELECT plan_id, count(*)::int AS total,
              count(*) FILTER (WHERE status = 'DONE')::int AS done,
              count(*) FILTER (WHERE status = 'OPEN' AND due_on < (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date)::int AS overdue
         FROM plan_items WHERE plan_id = ANY($1::uuid[]) GROUP BY plan_id`,
      [plans.map((p) => p.id)],
    );
    return plans.map((plan) => {
      const count = counts.find((c) => c.plan_id === plan.id);
      return {
        id: plan.id,
        year: plan.year,
        number: plan.number,
        issuer: { unitId: plan.issuerUnitId, name: plan.issuerUnitName },
        status: plan.status,
        items: { total: count?.total ?? 0, done: count?.done ?? 0, overdue: count?.overdue ?? 0 },
      };
    });
  }
}
