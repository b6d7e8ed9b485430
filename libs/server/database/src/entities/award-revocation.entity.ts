import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryColumn,
  Unique,
} from 'typeorm';
import { DecisionEntity } from './decision.entity';
import { DossierEntity } from './dossier.entity';
import { UnitEntity } from './unit.entity';
import { UserEntity } from './user.entity';

/**
 * The revocation (hủy bỏ, Law 06/2022 Art. 93) of one award of a decision: numbered in the issuer's
 * decision series, with its ground and the bonus to recover.
 */
@Entity({ name: 'award_revocations' })
@Unique('uq_award_revocations_issuer_year_sequence', ['issuerUnitId', 'year', 'sequence'])
@Index('idx_award_revocations_decision', ['decisionId'])
export class AwardRevocationEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @ForeignKey(() => DecisionEntity, { name: 'fk_award_revocations_decision', onDelete: 'RESTRICT' })
  @Column({ name: 'decision_id', type: 'uuid' })
  decisionId!: string;

  @ForeignKey(() => DossierEntity, { name: 'fk_award_revocations_dossier', onDelete: 'RESTRICT' })
  @Column({ name: 'dossier_id', type: 'uuid', unique: true })
  dossierId!: string;

  @ForeignKey(() => UnitEntity, { name: 'fk_award_revocations_issuer', onDelete: 'RESTRICT' })
  @Column({ name: 'issuer_unit_id', type: 'uuid' })
  issuerUnitId!: string;

  @Column({ type: 'int' })
  year!: number;

  @Column({ type: 'int' })
  sequence!: number;

  @Column({ type: 'varchar', length: 64 })
  number!: string;

  @Column({ name: 'signed_on', type: 'date' })
  signedOn!: string;

  @ForeignKey(() => UserEntity, { name: 'fk_award_revocations_signed_by', onDelete: 'RESTRICT' })
  @Column({ name: 'signed_by', type: 'uuid' })
  signedBy!: string;

  /** The Art. 93(2) point, e.g. 93.2.b. */
  @Column({ type: 'varchar', length: 16 })
  ground!: string;

  @Column({ type: 'text' })
  reason!: string;

  /** The competent body's conclusion, decision or judgment the revocation rests on. */
  @Column({ type: 'text', nullable: true })
  conclusion!: string | null;

  @Column({ name: 'bonus_to_recover_vnd', type: 'bigint' })
  bonusToRecoverVnd!: string;

  @Column({ name: 'idempotency_key', type: 'text', unique: true })
  idempotencyKey!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
