import { Column, Entity, ForeignKey, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { DossierEntity } from './dossier.entity';

/** One entry of a dossier's timeline, numbered by its workflow; (dossier, seq) is unique. */
@Entity({ name: 'dossier_events' })
@Unique('uq_dossier_events_seq', ['dossierId', 'seq'])
export class DossierEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @ForeignKey(() => DossierEntity, { name: 'fk_dossier_events_dossier', onDelete: 'RESTRICT' })
  @Column({ name: 'dossier_id', type: 'uuid' })
  dossierId!: string;

  @Column({ type: 'int' })
  seq!: number;

  @Column({ name: 'workflow_id', type: 'text' })
  workflowId!: string;

  @Column({ type: 'varchar', length: 64 })
  type!: string;

  @Column({ type: 'varchar', length: 32 })
  stage!: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  level!: string | null;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  data!: Record<string, unknown>;
}
