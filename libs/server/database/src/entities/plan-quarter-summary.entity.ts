import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { PlanEntity } from './plan.entity';
import type { QuarterSummary } from '@tdkt/contracts';
import type { OwnerTally } from '@tdkt/domain';

/** A quarter's results as the plan workflow computed them after the quarter ended. Written once. */
@Entity({ name: 'plan_quarter_summaries' })
@Check('ck_plan_quarter_summaries_quarter', `quarter BETWEEN 1 AND 4`)
@Unique('uq_plan_quarter_summaries_plan_quarter', ['planId', 'quarter'])
export class PlanQuarterSummaryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey(() => PlanEntity, { name: 'fk_plan_quarter_summaries_plan', onDelete: 'CASCADE' })
  @Column({ name: 'plan_id', type: 'uuid' })
  planId!: string;

  @Column({ type: 'smallint' })
  quarter!: number;

  @Column({ name: 'as_of', type: 'date' })
  asOf!: string;

  @Column({ type: 'jsonb' })
  totals!: OwnerTally;

  @Column({ type: 'jsonb' })
  owners!: QuarterSummary['owners'];

  @Column({ type: 'jsonb' })
  items!: QuarterSummary['items'];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
