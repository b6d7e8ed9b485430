import { Check, Column, Entity, ForeignKey, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from './user.entity';

/** Which channels a person wants notifications on, and in which language. No row means the defaults. */
@Entity({ name: 'notification_preferences' })
@Check('ck_notification_preferences_locale', `locale IN ('vi', 'en')`)
export class NotificationPreferenceEntity {
  @ForeignKey(() => UserEntity, { name: 'fk_notification_preferences_user', onDelete: 'RESTRICT' })
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ name: 'in_app', type: 'boolean', default: true })
  inApp!: boolean;

  @Column({ type: 'boolean', default: true })
  email!: boolean;

  @Column({ type: 'boolean', default: false })
  webhook!: boolean;

  @Column({ type: 'varchar', length: 2, default: 'vi' })
  locale!: 'vi' | 'en';

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
