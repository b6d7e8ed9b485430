import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Last dossier number issued per year, for business codes such as HS-2024-000123. */
@Entity({ name: 'dossier_code_counters' })
export class DossierCodeCounterEntity {
  @PrimaryColumn({ type: 'int' })
  year!: number;

  @Column({ name: 'last_value', type: 'int' })
  lastValue!: number;
}
