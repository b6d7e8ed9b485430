import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { UserEntity } from './user.entity';
import { UnitEntity } from './unit.entity';

/** An application for recognition of an initiative (sáng kiến) and its outcome. */
@Entity({ name: 'initiatives' })
@Check('ck_initiatives_status', `status IN ('RECEIVED', 'RECOGNIZED', 'REFUSED')`)
@Check('ck_initiatives_scope', `scope IS NULL OR scope IN ('unit', 'province', 'national')`)
@Index('idx_initiatives_unit_status', ['unitId', 'status'])
export class InitiativeEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @ForeignKey(() => UnitEntity, { name: 'fk_initiatives_unit', onDelete: 'RESTRICT' })
  @Column({ name: 'unit_id', type: 'uuid' })
  unitId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ name: 'author_ids', type: 'uuid', array: true })
  authorIds!: string[];

  /** RECEIVED, RECOGNIZED or REFUSED. */
  @Column({ type: 'varchar', length: 16 })
  status!: string;

  @Column({ name: 'rule_set_id', type: 'varchar', length: 32 })
  ruleSetId!: string;

  @Column({ name: 'received_on', type: 'date' })
  receivedOn!: string;

  /** The legal due date of the decision (3 months after receipt). */
  @Column({ name: 'due_date', type: 'date' })
  dueDate!: string;

  @Column({ type: 'varchar', length: 16, nullable: true })
  scope!: string | null;

  @Column({ type: 'text', nullable: true })
  reasons!: string | null;

  @Column({ name: 'votes_for', type: 'int', nullable: true })
  votesFor!: number | null;

  @Column({ name: 'members_total', type: 'int', nullable: true })
  membersTotal!: number | null;

  @Column({ name: 'decided_on', type: 'date', nullable: true })
  decidedOn!: string | null;

  @ForeignKey(() => UserEntity, { name: 'fk_initiatives_decided_by', onDelete: 'RESTRICT' })
  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @Column({ name: 'workflow_id', type: 'text', unique: true })
  workflowId!: string;

  @ForeignKey(() => UserEntity, { name: 'fk_initiatives_applied_by', onDelete: 'RESTRICT' })
  @Column({ name: 'applied_by', type: 'uuid' })
  appliedBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
