import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Nominee } from '@tdkt/contracts';
import { UnitEntity } from './unit.entity';

/** Read model of a commendation dossier. The dossier workflow holds the truth; this row mirrors it. */
@Entity({ name: 'dossiers' })
@Index('idx_dossiers_unit_year', ['proposingUnitId', 'year'])
@Index('idx_dossiers_stage', ['stage'])
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
  @JoinColumn({ name: 'proposing_unit_id' })
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

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt!: Date;

  /** The user who submitted: the dossier's author for separation of duties. */
  @Column({ name: 'submitted_by', type: 'uuid', nullable: true })
  submittedBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
