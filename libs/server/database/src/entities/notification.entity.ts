import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { UserEntity } from './user.entity';
import type { LocalizedText } from '@tdkt/contracts';

/** An in-app notification for one person; one per idempotency key and person. */
@Entity({ name: 'notifications' })
@Unique('uq_notifications_key_user', ['idempotencyKey', 'userId'])
@Index('idx_notifications_user_created', ['userId', 'createdAt'])
@Index('idx_notifications_user_unread', ['userId'], { where: 'read_at IS NULL' })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'idempotency_key', type: 'text' })
  idempotencyKey!: string;

  @ForeignKey(() => UserEntity, { name: 'fk_notifications_user', onDelete: 'RESTRICT' })
  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ type: 'varchar', length: 64 })
  template!: string;

  @Column({ type: 'jsonb' })
  title!: LocalizedText;

  @Column({ type: 'jsonb' })
  body!: LocalizedText;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  params!: Record<string, string | number | boolean | null>;

  @Column({ type: 'text', nullable: true })
  link!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt!: Date | null;
}
