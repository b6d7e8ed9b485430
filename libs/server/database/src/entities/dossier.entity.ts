import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { UserEntity } from './user.entity';
import type { ApprovalStep, Nominee, SubmissionChecks } from '@tdkt/contracts';
import { UnitEntity } from './unit.entity';
import { NOMINEE_CATEGORY_EXPRESSIONS } from '../migrations/1796700000000-generated-columns-metadata';

/** A nominee category PostgreSQL computes from the nominee (null when the unit did not say). */
function nomineeCategory(name: keyof typeof NOMINEE_CATEGORY_EXPRESSIONS) {
  return Column({
    name,
    type: 'boolean',
    nullable: true,
    generatedType: 'STORED',
    asExpression: NOMINEE_CATEGORY_EXPRESSIONS[name],
    insert: false,
    update: false,
  });
}

/** Read model of a commendation dossier. The dossier workflow holds the truth; this row mirrors it. */
@Entity({ name: 'dossiers' })
@Index('idx_dossiers_unit_year', ['proposingUnitId', 'year'])
@Index('idx_dossiers_stage', ['stage'])
@Index('idx_dossiers_current_unit_stage', ['currentUnitId', 'stage'])
@Index('idx_dossiers_award_year', ['awardCode', 'year'])
@Index('idx_dossiers_stage_due', ['stageDueAt'], { where: 'closed_at IS NULL' })
@Index('idx_dossiers_author', ['authorId'])
@Index('idx_dossiers_submitted_by', ['submittedBy'])
@Index('idx_dossiers_year_stage_unit', ['year', 'stage', 'proposingUnitId'])
export class DossierEntity {
  @PrimaryColumn('uuid')
  id!: string;

  /** Business code, e.g. HS-2024-000123; also the workflow id. */
  @Column({ type: 'varchar', length: 32, unique: true })
  code!: string;

  @Column({ type: 'int' })
  year!: number;

  @Column({ name: 'award_code', type: 'varchar', length: 64 })
  awardCode!: string;

  @Column({ name: 'proposing_unit_id', type: 'uuid' })
  proposingUnitId!: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proposing_unit_id', foreignKeyConstraintName: 'fk_dossiers_unit' })
  proposingUnit?: UnitEntity;

  @Column({ type: 'jsonb' })
  nominee!: Nominee;

  @Column({ name: 'nominee_name', type: 'text' })
  nomineeName!: string;

  @Column({ name: 'achievements_summary', type: 'text' })
  achievementsSummary!: string;

  @Column({ type: 'varchar', length: 32 })
  stage!: string;

  @Column({ name: 'workflow_id', type: 'text' })
  workflowId!: string;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  /** The officer who prepared the dossier (separation of duties: may not review or decide it). */
  @ForeignKey(() => UserEntity, { name: 'fk_dossiers_author', onDelete: 'RESTRICT' })
  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId!: string | null;

  /** The nominee's name lower-cased without diacritics, for search ("nguyen thi lan"). */
  @Column({ name: 'nominee_search', type: 'text', default: '' })
  nomineeSearch!: string;

  /** The rule set pinned at submission; null while a draft. */
  @Column({ name: 'rule_set_id', type: 'varchar', length: 32, nullable: true })
  ruleSetId!: string | null;

  @Column({ name: 'deciding_level', type: 'varchar', length: 32, nullable: true })
  decidingLevel!: string | null;

  @Column({ name: 'approval_path', type: 'jsonb', nullable: true })
  approvalPath!: ApprovalStep[] | null;

  @Column({ name: 'current_level', type: 'varchar', length: 32, nullable: true })
  currentLevel!: string | null;

  @ForeignKey(() => UnitEntity, { name: 'fk_dossiers_current_unit', onDelete: 'RESTRICT' })
  @Column({ name: 'current_unit_id', type: 'uuid', nullable: true })
  currentUnitId!: string | null;

  @Column({ name: 'stage_due_at', type: 'timestamptz', nullable: true })
  stageDueAt!: Date | null;

  /** Sequence of the last timeline event projected; older projections never overwrite newer ones. */
  @Column({ name: 'last_event_seq', type: 'int', default: 0 })
  lastEventSeq!: number;

  @Column({ name: 'initiative_ids', type: 'jsonb', default: () => `'[]'` })
  initiativeIds!: string[];

  @Column({ name: 'outcome_reason', type: 'text', nullable: true })
  outcomeReason!: string | null;

  @Column({ name: 'decision_number', type: 'varchar', length: 64, nullable: true })
  decisionNumber!: string | null;

  @Column({ name: 'decided_on', type: 'date', nullable: true })
  decidedOn!: string | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  /** What the last submission check found for the reviewer (documents missing, conditions to verify). */
  @Column({ name: 'submission_checks', type: 'jsonb', nullable: true })
  submissionChecks!: SubmissionChecks | null;

  /** The user who submitted: the dossier's author for separation of duties. */
  @ForeignKey(() => UserEntity, { name: 'fk_dossiers_submitted_by', onDelete: 'RESTRICT' })
  @Column({ name: 'submitted_by', type: 'uuid', nullable: true })
  submittedBy!: string | null;

  @nomineeCategory('nominee_female')
  readonly nomineeFemale!: boolean | null;

  @nomineeCategory('nominee_direct_worker')
  readonly nomineeDirectWorker!: boolean | null;

  @nomineeCategory('nominee_ethnic_minority')
  readonly nomineeEthnicMinority!: boolean | null;

  @nomineeCategory('nominee_leader')
  readonly nomineeLeader!: boolean | null;

  /** Whether the proposing unit was in a remote area when the dossier was submitted. */
  @Column({ name: 'remote_area', type: 'boolean', nullable: true })
  remoteArea!: boolean | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
