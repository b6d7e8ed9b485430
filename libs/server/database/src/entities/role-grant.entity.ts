import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from './user.entity';
import { UnitEntity } from './unit.entity';
import type { Role } from '@tdkt/contracts';

/** A role held by a user on a unit and its subtree. Revoked grants are kept as history. */
@Entity({ name: 'role_grants' })
@Check(
  'ck_role_grants_role',
  `role IN ('UNIT_OFFICER', 'UNIT_HEAD', 'REVIEWER', 'COUNCIL_SECRETARY', 'COUNCIL_MEMBER', 'LEADER', 'ADMIN', 'AUDITOR')`,
)
@Index('uq_role_grants_active', ['userId', 'role', 'unitId'], {
  unique: true,
  where: 'revoked_at IS NULL',
})
@Index('idx_role_grants_unit', ['unitId'])
export class RoleGrantEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey(() => UserEntity, { name: 'fk_role_grants_user', onDelete: 'RESTRICT' })
  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ type: 'varchar', length: 32 })
  role!: Role;

  @ForeignKey(() => UnitEntity, { name: 'fk_role_grants_unit', onDelete: 'RESTRICT' })
  @Column({ name: 'unit_id', type: 'uuid' })
  unitId!: string;

  @Column({ name: 'granted_at', type: 'timestamptz', default: () => 'now()' })
  grantedAt!: Date;

  /** Null when granted by the system (seed, set-up). */
  @ForeignKey(() => UserEntity, { name: 'fk_role_grants_granted_by', onDelete: 'RESTRICT' })
  @Column({ name: 'granted_by', type: 'uuid', nullable: true })
  grantedBy!: string | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @ForeignKey(() => UserEntity, { name: 'fk_role_grants_revoked_by', onDelete: 'RESTRICT' })
  @Column({ name: 'revoked_by', type: 'uuid', nullable: true })
  revokedBy!: string | null;

  @Column({ name: 'revoke_reason', type: 'text', nullable: true })
  revokeReason!: string | null;
}
