import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  PrimaryColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { EmulationClusterEntity } from './emulation-cluster.entity';
import { UnitEntity } from './unit.entity';
import { UserEntity } from './user.entity';

/**
 * A cluster's emulation year: its leader (cụm trưởng) and deputy, the pact, the scoring table in force,
 * the review meeting's outcome and the handover of the leadership to the next year's leader.
 */
@Entity({ name: 'cluster_years' })
@Unique('uq_cluster_years_cluster_year', ['clusterId', 'year'])
@Check(
  'ck_cluster_years_status',
  `status IN ('FORMED', 'PACT_SIGNING', 'PACT_SIGNED', 'SCORING', 'REVIEWING', 'REVIEWED', 'HANDED_OVER')`,
)
export class ClusterYearEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @ForeignKey(() => EmulationClusterEntity, {
    name: 'fk_cluster_years_cluster',
    onDelete: 'RESTRICT',
  })
  @Column({ name: 'cluster_id', type: 'uuid' })
  clusterId!: string;

  @Column({ type: 'int' })
  year!: number;

  /** The cluster's organising level, kept on each year: whose board manages the year. */
  @ForeignKey(() => UnitEntity, { name: 'fk_cluster_years_organizer', onDelete: 'RESTRICT' })
  @Column({ name: 'organizer_unit_id', type: 'uuid' })
  organizerUnitId!: string;

  @ForeignKey(() => UnitEntity, { name: 'fk_cluster_years_leader', onDelete: 'RESTRICT' })
  @Column({ name: 'leader_unit_id', type: 'uuid' })
  leaderUnitId!: string;

  @ForeignKey(() => UnitEntity, { name: 'fk_cluster_years_deputy', onDelete: 'RESTRICT' })
  @Column({ name: 'deputy_unit_id', type: 'uuid', nullable: true })
  deputyUnitId!: string | null;

  @Column({ type: 'varchar', length: 16 })
  status!: string;

  /** The scoring table version the members score against, pinned when scoring opens. */
  @Column({ name: 'scoring_version', type: 'int', nullable: true })
  scoringVersion!: number | null;

  @Column({ name: 'workflow_id', type: 'text', unique: true, nullable: true })
  workflowId!: string | null;

  @Column({ name: 'pact_signed_at', type: 'timestamptz', nullable: true })
  pactSignedAt!: Date | null;

  /** The review meeting: tie-break order agreed, minutes, who recorded it and when. */
  @Column({ type: 'jsonb', nullable: true })
  review!: Record<string, unknown> | null;

  @ForeignKey(() => UnitEntity, { name: 'fk_cluster_years_next_leader', onDelete: 'RESTRICT' })
  @Column({ name: 'next_leader_unit_id', type: 'uuid', nullable: true })
  nextLeaderUnitId!: string | null;

  @Column({ name: 'handed_over_at', type: 'timestamptz', nullable: true })
  handedOverAt!: Date | null;

  @ForeignKey(() => UserEntity, { name: 'fk_cluster_years_created_by', onDelete: 'RESTRICT' })
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
