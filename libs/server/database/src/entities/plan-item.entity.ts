import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { UserEntity } from './user.entity';
import { UnitEntity } from './unit.entity';
import type { PlanItemEvidence } from '@tdkt/contracts';
import type { PlanItemKind } from '@tdkt/domain';
import { PlanEntity } from './plan.entity';

/** One item of a plan: what is due when, who leads it, and whether (and how) it was done. */
@Entity({ name: 'plan_items' })
@Check('ck_plan_items_status', `status IN ('OPEN', 'DONE')`)
@Check('ck_plan_items_quarter', `quarter BETWEEN 1 AND 4`)
@Check(
  'ck_plan_items_kind',
  `kind IN ('evaluation', 'cluster', 'document', 'council', 'event', 'dossier-batch', 'inspection', 'registration')`,
)
@Check(
  'ck_plan_items_completion',
  `(status = 'DONE') = (completed_at IS NOT NULL AND evidence IS NOT NULL)`,
)
@Unique('uq_plan_items_plan_key', ['planId', 'itemKey'])
@Index('idx_plan_items_plan_quarter', ['planId', 'quarter', 'position'])
@Index('idx_plan_items_owner_status', ['ownerUnitId', 'status'])
export class PlanItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId!: string;

  @ManyToOne(() => PlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'fk_plan_items_plan' })
  plan?: PlanEntity;

  /** Stable id from the plan document, e.g. q2-june-11-anniversary. */
  @Column({ name: 'item_key', type: 'varchar', length: 64 })
  itemKey!: string;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'smallint' })
  quarter!: number;

  @Column({ name: 'due_on', type: 'date' })
  dueOn!: string;

  /** False when the due date is the quarter's last day by default. */
  @Column({ name: 'due_explicit', type: 'boolean' })
  dueExplicit!: boolean;

  @ForeignKey(() => UnitEntity, { name: 'fk_plan_items_owner_unit', onDelete: 'RESTRICT' })
  @Column({ name: 'owner_unit_id', type: 'uuid' })
  ownerUnitId!: string;

  @Column({ type: 'varchar', length: 32 })
  kind!: PlanItemKind;

  @Column({ name: 'text_vi', type: 'text' })
  textVi!: string;

  @Column({ name: 'text_en', type: 'text' })
  textEn!: string;

  @Column({ type: 'boolean', default: true })
  recurring!: boolean;

  @Column({ name: 'participant_unit_ids', type: 'uuid', array: true, default: () => `'{}'` })
  participantUnitIds!: string[];

  @Column({ type: 'varchar', length: 16 })
  status!: 'OPEN' | 'DONE';

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  @ForeignKey(() => UserEntity, { name: 'fk_plan_items_completed_by', onDelete: 'RESTRICT' })
  @Column({ name: 'completed_by', type: 'uuid', nullable: true })
  completedBy!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  evidence!: PlanItemEvidence | null;

  @Column({ name: 'completion_note', type: 'text', nullable: true })
  completionNote!: string | null;

  /** When the completion was recorded; later than `completedAt` when done work was recorded late. */
  @Column({ name: 'completion_recorded_at', type: 'timestamptz', nullable: true })
  completionRecordedAt!: Date | null;

  /** Bumped by each recorded change; a retried write of the same revision changes nothing. */
  @Column({ type: 'int', default: 0 })
  revision!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
