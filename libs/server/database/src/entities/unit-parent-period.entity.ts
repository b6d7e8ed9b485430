import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { UnitEntity } from './unit.entity';

/** Which parent a unit had from when to when; the open period (valid_to null) is the current one. */
@Entity({ name: 'unit_parent_periods' })
@Check('ck_unit_parent_periods_validity', `valid_to IS NULL OR valid_to >= valid_from`)
@Index('idx_unit_parent_periods_unit', ['unitId', 'validFrom'])
@Index('uq_unit_parent_periods_open', ['unitId'], { unique: true, where: 'valid_to IS NULL' })
export class UnitParentPeriodEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey(() => UnitEntity, { name: 'fk_unit_parent_periods_unit', onDelete: 'CASCADE' })
  @Column({ name: 'unit_id', type: 'uuid' })
  unitId!: string;

  @ForeignKey(() => UnitEntity, { name: 'fk_unit_parent_periods_parent', onDelete: 'RESTRICT' })
  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  @Column({ name: 'valid_from', type: 'date' })
  validFrom!: string;

  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
