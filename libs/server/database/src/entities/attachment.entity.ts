import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A file attached to a dossier; its bytes live in attachment_contents so listings stay light. */
@Entity({ name: 'attachments' })
@Index('idx_attachments_dossier', ['dossierId'])
export class AttachmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

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

  @Column({ name: 'uploaded_by', type: 'uuid', nullable: true })
  uploadedBy!: string | null;

  @Column({ name: 'uploaded_at', type: 'timestamptz', default: () => 'now()' })
  uploadedAt!: Date;

  @Column({ name: 'removed_at', type: 'timestamptz', nullable: true })
  removedAt!: Date | null;

  @Column({ name: 'removed_by', type: 'uuid', nullable: true })
  removedBy!: string | null;
}
