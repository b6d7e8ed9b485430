import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { UnitEntity } from './unit.entity';

/** Last decision number issued per issuing unit and year; locked while a number is taken. */
@Entity({ name: 'decision_number_counters' })
export class DecisionNumberCounterEntity {
  @ForeignKey(() => UnitEntity, { name: 'fk_decision_number_counters_unit', onDelete: 'RESTRICT' })
  @PrimaryColumn({ name: 'issuer_unit_id', type: 'uuid' })
  issuerUnitId!: string;

  @PrimaryColumn({ type: 'int' })
  year!: number;

  @Column({ name: 'last_value', type: 'int' })
  lastValue!: number;
}
