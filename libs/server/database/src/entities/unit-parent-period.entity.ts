import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Which parent a unit had from when to when; the open period (valid_to null) is the current one. */
@Entity({ name: 'unit_parent_periods' })
@Index('idx_unit_parent_periods_unit', ['unitId', 'validFrom'])
@Index('uq_unit_parent_periods_open', ['unitId'], { unique: true, where: 'valid_to IS NULL' })
export class UnitParentPeriodEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'unit_id', type: 'uuid' })
  unitId!: string;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  @Column({ name: 'valid_from', type: 'date' })
  validFrom!: string;

  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
