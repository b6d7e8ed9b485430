import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from './user.entity';
import { DossierEntity } from './dossier.entity';

/** A file attached to a dossier; its bytes live in attachment_contents so listings stay light. */
@Entity({ name: 'attachments' })
@Index('idx_attachments_dossier', ['dossierId'])
export class AttachmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey(() => DossierEntity, { name: 'fk_attachments_dossier', onDelete: 'RESTRICT' })
  @Column({ name: 'dossier_id', type: 'uuid' })
  dossierId!: string;

  /** The required document it provides (e.g. `TO_TRINH`), if any. */
  @Column({ name: 'document_code', type: 'varchar', length: 64, nullable: true })
  documentCode!: string | null;

  @Column({ name: 'file_name', type: 'text' })
  fileName!: string;

  /** Detected from the content, never taken from the name or the client. */
  @Column({ name: 'content_type', type: 'varchar', length: 128 })
  contentType!: string;

  @Column({ name: 'size_bytes', type: 'int' })
  sizeBytes!: number;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @ForeignKey(() => UserEntity, { name: 'fk_attachments_uploader', onDelete: 'RESTRICT' })
  @Column({ name: 'uploaded_by', type: 'uuid', nullable: true })
  uploadedBy!: string | null;

  @Column({ name: 'uploaded_at', type: 'timestamptz', default: () => 'now()' })
  uploadedAt!: Date;

  @Column({ name: 'removed_at', type: 'timestamptz', nullable: true })
  removedAt!: Date | null;

  @Column({ name: 'removed_by', type: 'uuid', nullable: true })
  removedBy!: string | null;
}
