import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A single sign-on in progress: what the callback must match. Consumed once; expires quickly. */
@Entity({ name: 'oidc_login_requests' })
@Index('idx_oidc_login_requests_expires_at', ['expiresAt'])
export class OidcLoginRequestEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  state!: string;

  @Column({ type: 'varchar', length: 64 })
  nonce!: string;

  @Column({ name: 'code_verifier', type: 'varchar', length: 128 })
  codeVerifier!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;
}
