import { Check, Column, CreateDateColumn, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { UnitEntity } from './unit.entity';
import { UserEntity } from './user.entity';

/**
 * An emulation cluster (cụm thi đua: localities) or block (khối thi đua: departments, sectors) that a
 * standing body organises; who belongs to it and who leads it change by year (`cluster_years`).
 */
@Entity({ name: 'emulation_clusters' })
@Check('ck_emulation_clusters_kind', `kind IN ('cluster', 'block')`)
export class EmulationClusterEntity {
  @PrimaryColumn('uuid')
  id!: string;

  /** The code the organising decision gives it, e.g. `CUM-02`. */
  @Column({ type: 'varchar', length: 32, unique: true })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'varchar', length: 8 })
  kind!: 'cluster' | 'block';

  /** The level whose emulation board organises it (the province, a district). */
  @ForeignKey(() => UnitEntity, { name: 'fk_emulation_clusters_organizer', onDelete: 'RESTRICT' })
  @Column({ name: 'organizer_unit_id', type: 'uuid' })
  organizerUnitId!: string;

  @ForeignKey(() => UserEntity, { name: 'fk_emulation_clusters_created_by', onDelete: 'RESTRICT' })
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
