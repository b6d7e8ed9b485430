import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { UserEntity } from './user.entity';

/**
 * The ledger of e-mails and webhook calls: a delivery marked SENT is never made again, so a retried
 * activity cannot send twice.
 */
@Entity({ name: 'notification_deliveries' })
@Check('ck_notification_deliveries_status', `status IN ('PENDING', 'SENT', 'FAILED')`)
@Check('ck_notification_deliveries_channel', `channel IN ('email', 'webhook')`)
@Unique('uq_notification_deliveries_target', ['idempotencyKey', 'userId', 'channel', 'target'])
@Index('idx_notification_deliveries_unsent', ['createdAt'], { where: `status <> 'SENT'` })
export class NotificationDeliveryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'idempotency_key', type: 'text' })
  idempotencyKey!: string;

  @ForeignKey(() => UserEntity, { name: 'fk_notification_deliveries_user', onDelete: 'RESTRICT' })
  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ type: 'varchar', length: 16 })
  channel!: 'email' | 'webhook';

  /** The e-mail address or the webhook URL. */
  @Column({ type: 'text' })
  target!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: 'PENDING' | 'SENT' | 'FAILED';

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
