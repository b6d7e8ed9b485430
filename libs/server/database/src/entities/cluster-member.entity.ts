import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { ClusterYearEntity } from './cluster-year.entity';
import { DossierEntity } from './dossier.entity';
import { UnitEntity } from './unit.entity';
import { UserEntity } from './user.entity';

/** A unit's year in a cluster: its pact signature, self-score with evidence, final score, rank and proposal. */
@Entity({ name: 'cluster_members' })
@Index('idx_cluster_members_unit', ['unitId'])
export class ClusterMemberEntity {
  @ForeignKey(() => ClusterYearEntity, { name: 'fk_cluster_members_year', onDelete: 'RESTRICT' })
  @PrimaryColumn({ name: 'cluster_year_id', type: 'uuid' })
  clusterYearId!: string;

  @ForeignKey(() => UnitEntity, { name: 'fk_cluster_members_unit', onDelete: 'RESTRICT' })
  @PrimaryColumn({ name: 'unit_id', type: 'uuid' })
  unitId!: string;

  @ForeignKey(() => UserEntity, { name: 'fk_cluster_members_pact_signer', onDelete: 'RESTRICT' })
  @Column({ name: 'pact_signed_by', type: 'uuid', nullable: true })
  pactSignedBy!: string | null;

  @Column({ name: 'pact_signed_at', type: 'timestamptz', nullable: true })
  pactSignedAt!: Date | null;

  /** Points per criterion code the member gave itself; null until it scored (or if it never did). */
  @Column({ name: 'self_scores', type: 'jsonb', nullable: true })
  selfScores!: Record<string, number> | null;

  /** What the member cites for its self-score: title and where it is (a document number, a link). */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  evidence!: { title: string; reference: string }[];

  @ForeignKey(() => UserEntity, { name: 'fk_cluster_members_self_scorer', onDelete: 'RESTRICT' })
  @Column({ name: 'self_scored_by', type: 'uuid', nullable: true })
  selfScoredBy!: string | null;

  @Column({ name: 'self_scored_at', type: 'timestamptz', nullable: true })
  selfScoredAt!: Date | null;

  /** The self-score deadline passed without one. */
  @Column({ name: 'self_score_missed', type: 'boolean', default: false })
  selfScoreMissed!: boolean;

  /** Points per criterion as the review meeting adopted them. */
  @Column({ name: 'final_scores', type: 'jsonb', nullable: true })
  finalScores!: Record<string, number> | null;

  @Column({ type: 'numeric', precision: 8, scale: 2, nullable: true })
  total!: string | null;

  @Column({ type: 'int', nullable: true })
  rank!: number | null;

  @Column({ name: 'tied_with', type: 'uuid', array: true, default: () => `'{}'` })
  tiedWith!: string[];

  /** The award the leader proposes the member for (Cờ thi đua, Bằng khen), once proposed. */
  @Column({ name: 'proposed_award_code', type: 'varchar', length: 64, nullable: true })
  proposedAwardCode!: string | null;

  @ForeignKey(() => DossierEntity, { name: 'fk_cluster_members_dossier', onDelete: 'RESTRICT' })
  @Column({ name: 'proposal_dossier_id', type: 'uuid', nullable: true })
  proposalDossierId!: string | null;
}
