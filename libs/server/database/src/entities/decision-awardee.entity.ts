import { Column, Entity, ForeignKey, PrimaryColumn, Unique } from 'typeorm';
import { DossierEntity } from './dossier.entity';
import { DecisionEntity } from './decision.entity';

/** One awardee listed by a decision, with the bonus fixed on the decision date. */
@Entity({ name: 'decision_awardees' })
@Unique('uq_decision_awardees_dossier', ['dossierId'])
export class DecisionAwardeeEntity {
  @ForeignKey(() => DecisionEntity, { name: 'fk_decision_awardees_decision', onDelete: 'RESTRICT' })
  @PrimaryColumn({ name: 'decision_id', type: 'uuid' })
  decisionId!: string;

  @ForeignKey(() => DossierEntity, { name: 'fk_decision_awardees_dossier', onDelete: 'RESTRICT' })
  @PrimaryColumn({ name: 'dossier_id', type: 'uuid' })
  dossierId!: string;

  @Column({ type: 'int' })
  position!: number;

  @Column({ name: 'nominee_name', type: 'text' })
  nomineeName!: string;

  @Column({ name: 'nominee_kind', type: 'varchar', length: 16 })
  nomineeKind!: string;

  @Column({ name: 'nominee_title', type: 'text', nullable: true })
  nomineeTitle!: string | null;

  @Column({ name: 'unit_name', type: 'text' })
  unitName!: string;

  @Column({ name: 'award_code', type: 'varchar', length: 64 })
  awardCode!: string;

  @Column({ name: 'award_name', type: 'text' })
  awardName!: string;

  @Column({ name: 'coefficient_thousandths', type: 'int' })
  coefficientThousandths!: number;

  @Column({ name: 'bonus_vnd', type: 'bigint' })
  bonusVnd!: string;
}
