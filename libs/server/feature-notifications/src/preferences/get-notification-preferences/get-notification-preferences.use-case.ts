import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  DEFAULT_NOTIFICATION_PREFERENCES,
  type NotificationPreferences,
} from '../notification-preferences';

/** A person's notification preferences, or the defaults if they never set any. */
@Injectable()
export class GetNotificationPreferencesUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(query: { userId: string }): Promise<NotificationPreferences> {
    const [row] = await this.dataSource.query<
      { in_app: boolean; email: boolean; webhook: boolean; locale: 'vi' | 'en' }[]
    >(`SELECT in_app, email, webhook, locale FROM notification_preferences WHERE user_id = $1`, [
      query.userId,
    ]);
    if (row === undefined) return { ...DEFAULT_NOTIFICATION_PREFERENCES };
    return { inApp: row.in_app, email: row.email, webhook: row.webhook, locale: row.locale };
  }
}
