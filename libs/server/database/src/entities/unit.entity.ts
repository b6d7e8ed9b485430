import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/**
 * An organisation in the tree: province, (before 2025-07) district, commune, agency, school...
 * The level is a configured code, not an enum, because reorganisations change the set of levels.
 */
@Entity({ name: 'units' })
@Check('ck_units_validity', `valid_to IS NULL OR valid_to >= valid_from`)
@Check('ck_units_not_own_parent', `parent_id IS NULL OR parent_id <> id`)
@Check('ck_units_not_merged_into_self', `merged_into_id IS NULL OR merged_into_id <> id`)
@Check('ck_units_merged_is_retired', `merged_into_id IS NULL OR valid_to IS NOT NULL`)
@Index('idx_units_parent', ['parentId'])
@Index('idx_units_merged_into', ['mergedIntoId'])
export class UnitEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 64, unique: true })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'varchar', length: 32 })
  level!: string;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => UnitEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'fk_units_parent' })
  parent?: UnitEntity | null;

  /** Set when this unit's level runs another system; dossiers escalated to it are sent there. */
  @Column({ name: 'external_endpoint_url', type: 'text', nullable: true })
  externalEndpointUrl!: string | null;

  @Column({ name: 'valid_from', type: 'date' })
  validFrom!: string;

  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo!: string | null;

  /** The unit this one was merged into; its dossiers stay readable by whoever covers that unit. */
  @ForeignKey(() => UnitEntity, { name: 'fk_units_merged_into', onDelete: 'RESTRICT' })
  @Column({ name: 'merged_into_id', type: 'uuid', nullable: true })
  mergedIntoId!: string | null;

  /** In a remote, disadvantaged area (vùng sâu, vùng xa): counted against the plan's targets. */
  @Column({ name: 'remote_area', type: 'boolean', default: false })
  remoteArea!: boolean;

  /** The decision that classifies the unit's area. */
  @Column({ name: 'remote_area_basis', type: 'text', nullable: true })
  remoteAreaBasis!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
