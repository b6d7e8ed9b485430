import { Column, CreateDateColumn, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { ClusterYearEntity } from './cluster-year.entity';
import { UserEntity } from './user.entity';

/** One version of a cluster year's criteria (bảng tiêu chí chấm điểm); versions are never changed. */
@Entity({ name: 'cluster_scoring_tables' })
export class ClusterScoringTableEntity {
  @ForeignKey(() => ClusterYearEntity, {
    name: 'fk_cluster_scoring_tables_year',
    onDelete: 'RESTRICT',
  })
  @PrimaryColumn({ name: 'cluster_year_id', type: 'uuid' })
  clusterYearId!: string;

  @PrimaryColumn({ type: 'int' })
  version!: number;

  /** `{ code, title: { vi, en }, maxPoints }[]`. */
  @Column({ type: 'jsonb' })
  criteria!: unknown[];

  @ForeignKey(() => UserEntity, {
    name: 'fk_cluster_scoring_tables_adopted_by',
    onDelete: 'RESTRICT',
  })
  @Column({ name: 'adopted_by', type: 'uuid', nullable: true })
  adoptedBy!: string | null;

  @CreateDateColumn({ name: 'adopted_at', type: 'timestamptz' })
  adoptedAt!: Date;
}
