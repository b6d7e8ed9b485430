import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { InitiativeEntity } from './initiative.entity';
import { UserEntity } from './user.entity';

/** A file of an initiative's application; its bytes are read only for download. */
@Entity({ name: 'initiative_attachments' })
@Index('idx_initiative_attachments_initiative', ['initiativeId'])
export class InitiativeAttachmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey(() => InitiativeEntity, {
    name: 'fk_initiative_attachments_initiative',
    onDelete: 'RESTRICT',
  })
  @Column({ name: 'initiative_id', type: 'uuid' })
  initiativeId!: string;

  @Column({ name: 'file_name', type: 'text' })
  fileName!: string;

  /** Detected from the content, never taken from the name or the client. */
  @Column({ name: 'content_type', type: 'varchar', length: 128 })
  contentType!: string;

  @Column({ name: 'size_bytes', type: 'int' })
  sizeBytes!: number;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ type: 'bytea', select: false })
  content!: Buffer;

  @ForeignKey(() => UserEntity, {
    name: 'fk_initiative_attachments_uploader',
    onDelete: 'RESTRICT',
  })
  @Column({ name: 'uploaded_by', type: 'uuid', nullable: true })
  uploadedBy!: string | null;

  @Column({ name: 'uploaded_at', type: 'timestamptz', default: () => 'now()' })
  uploadedAt!: Date;
}
