import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { DecisionEntity } from './decision.entity';
import { DossierEntity } from './dossier.entity';
import { UnitEntity } from './unit.entity';
import { UserEntity } from './user.entity';

/** A complaint (khiếu nại) about a decision or a refusal, as its workflow records it. */
@Entity({ name: 'complaints' })
@Check('ck_complaints_instance', `instance IN (1, 2)`)
@Index('idx_complaints_dossier', ['dossierId'])
@Index('idx_complaints_handling_unit', ['handlingUnitId', 'status'])
export class ComplaintEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'workflow_id', type: 'text', unique: true })
  workflowId!: string;

  @Column({ type: 'smallint' })
  instance!: number;

  @ForeignKey(() => ComplaintEntity, { name: 'fk_complaints_previous', onDelete: 'RESTRICT' })
  @Column({ name: 'previous_complaint_id', type: 'uuid', nullable: true })
  previousComplaintId!: string | null;

  @Column({ name: 'subject_kind', type: 'varchar', length: 16 })
  subjectKind!: string;

  @ForeignKey(() => DecisionEntity, { name: 'fk_complaints_decision', onDelete: 'RESTRICT' })
  @Column({ name: 'decision_id', type: 'uuid', nullable: true })
  decisionId!: string | null;

  @ForeignKey(() => DossierEntity, { name: 'fk_complaints_dossier', onDelete: 'RESTRICT' })
  @Column({ name: 'dossier_id', type: 'uuid' })
  dossierId!: string;

  @ForeignKey(() => UnitEntity, { name: 'fk_complaints_handling_unit', onDelete: 'RESTRICT' })
  @Column({ name: 'handling_unit_id', type: 'uuid' })
  handlingUnitId!: string;

  @ForeignKey(() => UserEntity, { name: 'fk_complaints_complainant', onDelete: 'RESTRICT' })
  @Column({ name: 'complainant_id', type: 'uuid' })
  complainantId!: string;

  @Column({ type: 'text' })
  label!: string;

  @Column({ type: 'text' })
  content!: string;

  @Column({ name: 'known_on', type: 'date' })
  knownOn!: string;

  @Column({ name: 'filed_on', type: 'date' })
  filedOn!: string;

  /** Days an objective obstacle kept the complainant from complaining (Art. 9): not counted. */
  @Column({ name: 'obstacle_days', type: 'int', default: 0 })
  obstacleDays!: number;

  @Column({ name: 'obstacle_reason', type: 'text', nullable: true })
  obstacleReason!: string | null;

  @Column({ name: 'filing_last_day', type: 'date' })
  filingLastDay!: string;

  /** Filed after an unconfirmed limit: accepted with a warning. */
  @Column({ name: 'filed_late', type: 'boolean' })
  filedLate!: boolean;

  @Column({ name: 'rules_id', type: 'varchar', length: 32 })
  rulesId!: string;

  @Column({ type: 'boolean' })
  remote!: boolean;

  @Column({ type: 'boolean', nullable: true })
  complex!: boolean | null;

  @Column({ type: 'varchar', length: 16 })
  status!: string;

  @Column({ name: 'due_date', type: 'date', nullable: true })
  dueDate!: string | null;

  @Column({ type: 'text', nullable: true })
  reasons!: string | null;

  @Column({ type: 'text', nullable: true })
  verification!: string | null;

  @Column({ type: 'text', nullable: true })
  remedy!: string | null;

  @Column({ name: 'accepted_on', type: 'date', nullable: true })
  acceptedOn!: string | null;

  @Column({ name: 'settled_on', type: 'date', nullable: true })
  settledOn!: string | null;

  @ForeignKey(() => UserEntity, { name: 'fk_complaints_settled_by', onDelete: 'RESTRICT' })
  @Column({ name: 'settled_by', type: 'uuid', nullable: true })
  settledBy!: string | null;

  @Column({ name: 'second_complaint_last_day', type: 'date', nullable: true })
  secondComplaintLastDay!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
