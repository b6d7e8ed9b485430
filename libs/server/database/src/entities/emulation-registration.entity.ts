import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { UserEntity } from './user.entity';
import { UnitEntity } from './unit.entity';
import { PlanEntity } from './plan.entity';

/** A unit's emulation registration (đăng ký thi đua): a title it aims for in a year, for whom. */
@Entity({ name: 'emulation_registrations' })
@Check('ck_emulation_registrations_nominee_kind', `nominee_kind IN ('individual', 'collective')`)
@Unique('uq_emulation_registrations_entry', [
  'year',
  'unitId',
  'awardCode',
  'nomineeKind',
  'nomineeName',
])
@Index('idx_emulation_registrations_plan', ['planId'])
export class EmulationRegistrationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The plan whose registration window took it. */
  @ForeignKey(() => PlanEntity, { name: 'fk_emulation_registrations_plan', onDelete: 'RESTRICT' })
  @Column({ name: 'plan_id', type: 'uuid' })
  planId!: string;

  /** The year the title is aimed for (the plan's year + 1). */
  @Column({ type: 'int' })
  year!: number;

  @ForeignKey(() => UnitEntity, { name: 'fk_emulation_registrations_unit', onDelete: 'RESTRICT' })
  @Column({ name: 'unit_id', type: 'uuid' })
  unitId!: string;

  @Column({ name: 'award_code', type: 'varchar', length: 64 })
  awardCode!: string;

  @Column({ name: 'nominee_kind', type: 'varchar', length: 16 })
  nomineeKind!: 'individual' | 'collective';

  @Column({ name: 'nominee_name', type: 'text' })
  nomineeName!: string;

  @ForeignKey(() => UserEntity, {
    name: 'fk_emulation_registrations_registered_by',
    onDelete: 'RESTRICT',
  })
  @Column({ name: 'registered_by', type: 'uuid', nullable: true })
  registeredBy!: string | null;

  @Column({ name: 'registered_at', type: 'timestamptz', default: () => 'now()' })
  registeredAt!: Date;
}
