import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from './user.entity';

/**
 * One sign-in: the family of refresh tokens issued from it, and the `sid` of its access tokens.
 * Revoking the session (log-out, reuse of a refresh token, disabled account) ends every token of it.
 */
@Entity({ name: 'auth_sessions' })
@Check('ck_auth_sessions_method', `method IN ('password', 'oidc')`)
@Index('idx_auth_sessions_user', ['userId'])
export class AuthSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey(() => UserEntity, { name: 'fk_auth_sessions_user', onDelete: 'CASCADE' })
  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ type: 'varchar', length: 16 })
  method!: 'password' | 'oidc';

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  /** No refresh after this, however the tokens are rotated. */
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  /** logout, refresh_token_reused, user_disabled. */
  @Column({ name: 'revoke_reason', type: 'varchar', length: 32, nullable: true })
  revokeReason!: string | null;
}
