import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { LocalizedText, TaskStatus } from '@tdkt/contracts';

/** A human step in the inbox. Opened and closed by workflows (through activities), acted on by people. */
@Entity({ name: 'tasks' })
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

  @Column({ name: 'unit_id', type: 'uuid' })
  unitId!: string;

  @Column({ name: 'candidate_user_id', type: 'uuid', nullable: true })
  candidateUserId!: string | null;

  @Column({ name: 'candidate_role', type: 'varchar', length: 32, nullable: true })
  candidateRole!: string | null;

  @Column({ name: 'candidate_unit_id', type: 'uuid', nullable: true })
  candidateUnitId!: string | null;

  @Column({ name: 'assignee_id', type: 'uuid', nullable: true })
  assigneeId!: string | null;

  @Column({ type: 'varchar', length: 16 })
  status!: TaskStatus;

  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt!: Date | null;

  @Column({ type: 'jsonb', default: () => `'{}'::jsonb` })
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
