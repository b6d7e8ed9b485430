import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A remark on a dossier by someone working on it. */
@Entity({ name: 'dossier_comments' })
@Index('idx_dossier_comments_dossier', ['dossierId', 'createdAt'])
export class DossierCommentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'dossier_id', type: 'uuid' })
  dossierId!: string;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId!: string | null;

  @Column({ type: 'text' })
  body!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
