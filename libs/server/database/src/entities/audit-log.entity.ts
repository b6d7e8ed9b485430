import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One recorded state change or admin action. Append-only: a trigger in the database rejects
 * UPDATE and DELETE, so history cannot be rewritten even by the application.
 */
@Entity({ name: 'audit_log' })
@Index('idx_audit_log_occurred_at', ['occurredAt'])
@Index('idx_audit_log_entity', ['entityType', 'entityId'])
@Index('idx_audit_log_actor', ['actorId'])
@Index('idx_audit_log_unit', ['unitId', 'occurredAt'])
@Index('idx_audit_log_action', ['action'])
export class AuditLogEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' })
  occurredAt!: Date;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  /** Who acted when no person did: 'system', 'worker', 'scheduler'. */
  @Column({ name: 'actor_kind', type: 'varchar', length: 16, default: 'user' })
  actorKind!: string;

  @Column({ name: 'actor_role', type: 'varchar', length: 32, nullable: true })
  actorRole!: string | null;

  /** The unit the actor acted for: where the grant that allowed the action is held. */
  @Column({ name: 'actor_unit_id', type: 'uuid', nullable: true })
  actorUnitId!: string | null;

  /** The unit the change concerns (a dossier's proposing unit, the unit or user administered). */
  @Column({ name: 'unit_id', type: 'uuid', nullable: true })
  unitId!: string | null;

  @Column({ type: 'varchar', length: 64 })
  action!: string;

  @Column({ name: 'entity_type', type: 'varchar', length: 32 })
  entityType!: string;

  @Column({ name: 'entity_id', type: 'text' })
  entityId!: string;

  @Column({ type: 'jsonb', nullable: true })
  before!: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after!: Record<string, unknown> | null;

  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId!: string | null;

  @Column({ name: 'workflow_id', type: 'text', nullable: true })
  workflowId!: string | null;

  /** Makes writes from retried activities idempotent: the same key is recorded once. */
  @Column({ name: 'idempotency_key', type: 'text', nullable: true, unique: true })
  idempotencyKey!: string | null;
}
