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

/** Read model of a council meeting; its workflow holds the truth. */
@Entity({ name: 'council_meetings' })
@Check('ck_council_meetings_status', `status IN ('SCHEDULED', 'OPEN', 'CLOSED')`)
@Index('idx_council_meetings_unit_scheduled', ['unitId', 'scheduledAt'])
export class CouncilMeetingEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @ForeignKey(() => UnitEntity, { name: 'fk_council_meetings_unit', onDelete: 'RESTRICT' })
  @Column({ name: 'unit_id', type: 'uuid' })
  unitId!: string;

  @Column({ type: 'varchar', length: 32 })
  level!: string;

  @Column({ name: 'rule_set_id', type: 'varchar', length: 32 })
  ruleSetId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'scheduled_at', type: 'timestamptz' })
  scheduledAt!: Date;

  @Column({ type: 'text' })
  location!: string;

  /** SCHEDULED, OPEN or CLOSED. */
  @Column({ type: 'varchar', length: 16 })
  status!: string;

  @ForeignKey(() => CouncilMeetingEntity, {
    name: 'fk_council_meetings_corrects',
    onDelete: 'RESTRICT',
  })
  @Column({ name: 'corrects_meeting_id', type: 'uuid', nullable: true })
  correctsMeetingId!: string | null;

  @Column({ name: 'workflow_id', type: 'text', unique: true })
  workflowId!: string;

  @ForeignKey(() => UserEntity, { name: 'fk_council_meetings_created_by', onDelete: 'RESTRICT' })
  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @Column({ name: 'last_event_seq', type: 'int', default: 0 })
  lastEventSeq!: number;

  @Column({ name: 'opened_at', type: 'timestamptz', nullable: true })
  openedAt!: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
