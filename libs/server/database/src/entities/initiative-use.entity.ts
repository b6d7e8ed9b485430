import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { InitiativeEntity } from './initiative.entity';
import { DossierEntity } from './dossier.entity';

/** The award dossier an initiative backs: one row per initiative, so it backs one award only. */
@Entity({ name: 'initiative_uses' })
@Index('idx_initiative_uses_dossier', ['dossierId'])
export class InitiativeUseEntity {
  @ForeignKey(() => InitiativeEntity, {
    name: 'fk_initiative_uses_initiative',
    onDelete: 'RESTRICT',
  })
  @PrimaryColumn({ name: 'initiative_id', type: 'uuid' })
  initiativeId!: string;

  @ForeignKey(() => DossierEntity, { name: 'fk_initiative_uses_dossier', onDelete: 'RESTRICT' })
  @Column({ name: 'dossier_id', type: 'uuid' })
  dossierId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
