import { Column, CreateDateColumn, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { UnitEntity } from './unit.entity';
import { DossierEntity } from './dossier.entity';

/**
 * The dossier that holds a nomination: one per nominee, award, year and proposing unit, from its
 * submission until it ends without the award (an awarded one keeps it).
 */
@Entity({ name: 'nomination_claims' })
export class NominationClaimEntity {
  @PrimaryColumn({ name: 'award_code', type: 'varchar', length: 64 })
  awardCode!: string;

  @PrimaryColumn({ type: 'int' })
  year!: number;

  @ForeignKey(() => UnitEntity, { name: 'fk_nomination_claims_unit', onDelete: 'RESTRICT' })
  @PrimaryColumn({ name: 'proposing_unit_id', type: 'uuid' })
  proposingUnitId!: string;

  /** `kind|name without diacritics|birth year`: the same person (or collective) as a unit names them. */
  @PrimaryColumn({ name: 'nominee_key', type: 'text' })
  nomineeKey!: string;

  @ForeignKey(() => DossierEntity, { name: 'fk_nomination_claims_dossier', onDelete: 'RESTRICT' })
  @Column({ name: 'dossier_id', type: 'uuid', unique: true })
  dossierId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
