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
  UpdateDateColumn,
} from 'typeorm';
import { UserEntity } from './user.entity';
import type { PlanStatus } from '@tdkt/contracts';
import { UnitEntity } from './unit.entity';

/** A yearly emulation and commendation plan. While ACTIVE its workflow holds the truth; this row mirrors it. */
@Entity({ name: 'plans' })
@Check('ck_plans_year', `year BETWEEN 2000 AND 2100`)
@Check('ck_plans_status', `status IN ('DRAFT', 'ACTIVE', 'CLOSED')`)
@Index('uq_plans_issuer_year_number', ['issuerUnitId', 'year', 'number'], {
  unique: true,
  where: 'number IS NOT NULL',
})
@Index('idx_plans_year_status', ['year', 'status'])
export class PlanEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'int' })
  year!: number;

  /** e.g. 11/KH-UBND; null for a draft not issued yet. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  number!: string | null;

  @Column({ name: 'issued_on', type: 'date', nullable: true })
  issuedOn!: string | null;

  @Column({ name: 'issuer_unit_id', type: 'uuid' })
  issuerUnitId!: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'issuer_unit_id', foreignKeyConstraintName: 'fk_plans_issuer_unit' })
  issuerUnit?: UnitEntity;

  /** The issuer as the document names it. */
  @Column({ name: 'issuer_name', type: 'text' })
  issuerName!: string;

  @Column({ type: 'text', nullable: true })
  signer!: string | null;

  @ForeignKey(() => UnitEntity, { name: 'fk_plans_standing_body_unit', onDelete: 'RESTRICT' })
  @Column({ name: 'standing_body_unit_id', type: 'uuid' })
  standingBodyUnitId!: string;

  @Column({ name: 'legal_basis', type: 'jsonb', default: () => `'[]'` })
  legalBasis!: string[];

  @Column({ type: 'jsonb', default: () => `'[]'` })
  goals!: string[];

  @Column({ name: 'standing_duties', type: 'jsonb', default: () => `'[]'` })
  standingDuties!: string[];

  @Column({ type: 'jsonb', default: () => `'[]'` })
  recipients!: string[];

  @Column({ name: 'reminder_offsets', type: 'int', array: true })
  reminderOffsets!: number[];

  @Column({ type: 'varchar', length: 16 })
  status!: PlanStatus;

  @Column({ name: 'workflow_id', type: 'text', nullable: true, unique: true })
  workflowId!: string | null;

  /** The plan this draft was carried over from. */
  @ForeignKey(() => PlanEntity, { name: 'fk_plans_source_plan', onDelete: 'RESTRICT' })
  @Column({ name: 'source_plan_id', type: 'uuid', nullable: true, unique: true })
  sourcePlanId!: string | null;

  /** SHA-256 of the imported document, so importing the same document again is a no-op. */
  @Column({ name: 'content_hash', type: 'char', length: 64, nullable: true })
  contentHash!: string | null;

  @ForeignKey(() => UserEntity, { name: 'fk_plans_created_by', onDelete: 'RESTRICT' })
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  /** The shares of awards the plan sets for groups (direct workers, women, remote areas…). */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  targets!: unknown[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
