import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { UserEntity } from './user.entity';
import { UnitEntity } from './unit.entity';
import type { LocalizedText, TaskStatus } from '@tdkt/contracts';

/** A human step in the inbox. Opened and closed by workflows (through activities), acted on by people. */
@Entity({ name: 'tasks' })
// The inbox's queries: open tasks by role and unit, by person, by due date; the tasks of a subject.
@Index('idx_tasks_open_by_role', ['candidateRole', 'candidateUnitId', 'dueAt'], {
  where: `status IN ('OPEN', 'CLAIMED')`,
})
@Index('idx_tasks_open_by_assignee', ['assigneeId', 'dueAt'], {
  where: `status IN ('OPEN', 'CLAIMED')`,
})
@Index('idx_tasks_open_by_candidate_user', ['candidateUserId', 'dueAt'], {
  where: `status IN ('OPEN', 'CLAIMED')`,
})
@Index('idx_tasks_open_due', ['dueAt'], { where: `status IN ('OPEN', 'CLAIMED')` })
@Index('idx_tasks_subject', ['subjectType', 'subjectId'])
@Index('idx_tasks_unit', ['unitId'])
@Index('idx_tasks_type_closed', ['type', 'closedAt'])
@Unique('uq_tasks_workflow_key', ['workflowId', 'taskKey'])
@Check('ck_tasks_status', `status IN ('OPEN', 'CLAIMED', 'COMPLETED', 'CANCELLED')`)
@Check(
  'ck_tasks_candidates',
  `candidate_user_id IS NOT NULL OR (candidate_role IS NOT NULL AND candidate_unit_id IS NOT NULL)`,
)
export class TaskEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'workflow_id', type: 'text' })
  workflowId!: string;

  @Column({ name: 'task_key', type: 'varchar', length: 128 })
  taskKey!: string;

  @Column({ type: 'varchar', length: 64 })
  type!: string;

  @Column({ type: 'jsonb' })
  title!: LocalizedText;

  @Column({ name: 'subject_type', type: 'varchar', length: 32 })
  subjectType!: string;

  @Column({ name: 'subject_id', type: 'text' })
  subjectId!: string;

  @Column({ name: 'subject_label', type: 'text' })
  subjectLabel!: string;

  @ForeignKey(() => UnitEntity, { name: 'fk_tasks_unit', onDelete: 'RESTRICT' })
  @Column({ name: 'unit_id', type: 'uuid' })
  unitId!: string;

  @ForeignKey(() => UserEntity, { name: 'fk_tasks_candidate_user', onDelete: 'RESTRICT' })
  @Column({ name: 'candidate_user_id', type: 'uuid', nullable: true })
  candidateUserId!: string | null;

  @Column({ name: 'candidate_role', type: 'varchar', length: 32, nullable: true })
  candidateRole!: string | null;

  @ForeignKey(() => UnitEntity, { name: 'fk_tasks_candidate_unit', onDelete: 'RESTRICT' })
  @Column({ name: 'candidate_unit_id', type: 'uuid', nullable: true })
  candidateUnitId!: string | null;

  @ForeignKey(() => UserEntity, { name: 'fk_tasks_assignee', onDelete: 'RESTRICT' })
  @Column({ name: 'assignee_id', type: 'uuid', nullable: true })
  assigneeId!: string | null;

  @Column({ type: 'varchar', length: 16 })
  status!: TaskStatus;

  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt!: Date | null;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  details!: Record<string, unknown>;

  @Column({ type: 'jsonb', nullable: true })
  outcome!: Record<string, unknown> | null;

  @Column({ name: 'closed_by', type: 'uuid', nullable: true })
  closedBy!: string | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
