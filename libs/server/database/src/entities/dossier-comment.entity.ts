import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from './user.entity';
import { DossierEntity } from './dossier.entity';

/** A remark on a dossier by someone working on it. */
@Entity({ name: 'dossier_comments' })
@Index('idx_dossier_comments_dossier', ['dossierId', 'createdAt'])
export class DossierCommentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey(() => DossierEntity, { name: 'fk_dossier_comments_dossier', onDelete: 'RESTRICT' })
  @Column({ name: 'dossier_id', type: 'uuid' })
  dossierId!: string;

  @ForeignKey(() => UserEntity, { name: 'fk_dossier_comments_author', onDelete: 'RESTRICT' })
  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId!: string | null;

  @Column({ type: 'text' })
  body!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
