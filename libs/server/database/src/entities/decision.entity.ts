import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryColumn,
  Unique,
} from 'typeorm';
import { UserEntity } from './user.entity';
import { UnitEntity } from './unit.entity';

/** A numbered commendation decision (quyết định khen thưởng), e.g. 125/QĐ-UBND. */
@Entity({ name: 'decisions' })
@Unique('uq_decisions_issuer_year_sequence', ['issuerUnitId', 'year', 'sequence'])
@Index('idx_decisions_issuer_signed', ['issuerUnitId', 'signedOn'])
export class DecisionEntity {
  @PrimaryColumn('uuid')
  id!: string;

  /** The deciding level's unit: numbers run per issuer and year. */
  @ForeignKey(() => UnitEntity, { name: 'fk_decisions_issuer', onDelete: 'RESTRICT' })
  @Column({ name: 'issuer_unit_id', type: 'uuid' })
  issuerUnitId!: string;

  @Column({ type: 'varchar', length: 32 })
  level!: string;

  @Column({ type: 'int' })
  year!: number;

  @Column({ type: 'int' })
  sequence!: number;

  @Column({ type: 'varchar', length: 64 })
  number!: string;

  @Column({ name: 'signed_on', type: 'date' })
  signedOn!: string;

  @ForeignKey(() => UserEntity, { name: 'fk_decisions_signed_by', onDelete: 'RESTRICT' })
  @Column({ name: 'signed_by', type: 'uuid' })
  signedBy!: string;

  @Column({ type: 'text' })
  title!: string;

  /** The workflow step that issued it: a retry finds the decision instead of taking a new number. */
  @Column({ name: 'idempotency_key', type: 'text', unique: true })
  idempotencyKey!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
