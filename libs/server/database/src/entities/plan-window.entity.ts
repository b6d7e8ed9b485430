import {
  Check,
  Column,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { PlanEntity } from './plan.entity';

/** A dossier-collection or emulation-registration window that a plan item opened. */
@Entity({ name: 'plan_windows' })
@Check('ck_plan_windows_status', `status IN ('OPEN', 'CLOSED')`)
@Check('ck_plan_windows_kind', `kind IN ('dossier-collection', 'emulation-registration')`)
@Unique('uq_plan_windows_plan_item', ['planId', 'itemKey'])
@Index('idx_plan_windows_open', ['kind', 'closesAt'], { where: `status = 'OPEN'` })
export class PlanWindowEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey(() => PlanEntity, { name: 'fk_plan_windows_plan', onDelete: 'CASCADE' })
  @Column({ name: 'plan_id', type: 'uuid' })
  planId!: string;

  @Column({ name: 'item_key', type: 'varchar', length: 64 })
  itemKey!: string;

  @Column({ type: 'varchar', length: 32 })
  kind!: 'dossier-collection' | 'emulation-registration';

  @Column({ name: 'opens_at', type: 'timestamptz' })
  opensAt!: Date;

  @Column({ name: 'closes_at', type: 'timestamptz' })
  closesAt!: Date;

  @Column({ type: 'varchar', length: 16 })
  status!: 'OPEN' | 'CLOSED';

  @Column({ name: 'opened_at', type: 'timestamptz', default: () => 'now()' })
  openedAt!: Date;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
