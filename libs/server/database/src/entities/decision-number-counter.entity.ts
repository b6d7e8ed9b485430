import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Last decision number issued per issuing unit and year; locked while a number is taken. */
@Entity({ name: 'decision_number_counters' })
export class DecisionNumberCounterEntity {
  @PrimaryColumn({ name: 'issuer_unit_id', type: 'uuid' })
  issuerUnitId!: string;

  @PrimaryColumn({ type: 'int' })
  year!: number;

  @Column({ name: 'last_value', type: 'int' })
  lastValue!: number;
}
