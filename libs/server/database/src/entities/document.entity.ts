import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { UnitEntity } from './unit.entity';
import { DossierEntity } from './dossier.entity';

/** A generated document (decision, certificate, minutes); its bytes live in document_contents. */
@Entity({ name: 'documents' })
@Index('idx_documents_owner', ['ownerType', 'ownerId'])
@Index('idx_documents_dossier', ['dossierId'])
export class DocumentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** `decision`, `council_meeting` or `initiative`. */
  @Column({ name: 'owner_type', type: 'varchar', length: 32 })
  ownerType!: string;

  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId!: string;

  /** e.g. `decision-docx`, `decision-pdf`, `certificate-pdf`, `minutes-pdf`. */
  @Column({ type: 'varchar', length: 32 })
  kind!: string;

  /** The unit whose document it is; reads are scoped by it. */
  @ForeignKey(() => UnitEntity, { name: 'fk_documents_unit', onDelete: 'RESTRICT' })
  @Column({ name: 'unit_id', type: 'uuid' })
  unitId!: string;

  /** The dossier the document is about (a certificate's awardee); null for whole decisions, minutes. */
  @ForeignKey(() => DossierEntity, { name: 'fk_documents_dossier', onDelete: 'RESTRICT' })
  @Column({ name: 'dossier_id', type: 'uuid', nullable: true })
  dossierId!: string | null;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'file_name', type: 'text' })
  fileName!: string;

  @Column({ name: 'content_type', type: 'varchar', length: 128 })
  contentType!: string;

  @Column({ name: 'size_bytes', type: 'int' })
  sizeBytes!: number;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  /** Makes a retried rendering store the document once. */
  @Column({ name: 'idempotency_key', type: 'text', unique: true })
  idempotencyKey!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
