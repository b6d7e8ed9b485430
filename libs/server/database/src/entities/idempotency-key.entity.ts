import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * Remembers which resource a client's Idempotency-Key created, so that a retried or duplicated
 * request returns the same resource instead of creating a second one.
 */
@Entity({ name: 'idempotency_keys' })
export class IdempotencyKeyEntity {
  /** Who may reuse the key (a user id, or 'anonymous' before sign-in exists) and for which operation. */
  @PrimaryColumn({ type: 'varchar', length: 128 })
  scope!: string;

  @PrimaryColumn({ type: 'varchar', length: 128 })
  key!: string;

  /** SHA-256 of the request body: the same key with another body is an error, not a replay. */
  @Column({ name: 'request_hash', type: 'char', length: 64 })
  requestHash!: string;

  /** What the first request answered, returned again to every replay. */
  @Column({ type: 'jsonb' })
  response!: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
