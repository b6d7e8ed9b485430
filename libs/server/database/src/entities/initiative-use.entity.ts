import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** The award dossier an initiative backs: one row per initiative, so it backs one award only. */
@Entity({ name: 'initiative_uses' })
@Index('idx_initiative_uses_dossier', ['dossierId'])
export class InitiativeUseEntity {
  @PrimaryColumn({ name: 'initiative_id', type: 'uuid' })
  initiativeId!: string;

  @Column({ name: 'dossier_id', type: 'uuid' })
  dossierId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
