import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, type FieldError } from '@tdkt/contracts';
import { fieldIssue } from '@tdkt/domain';
import { appendAudit } from '@tdkt/server-database';
import type { DataSource } from 'typeorm';
import { GetNotificationPreferencesUseCase } from '../get-notification-preferences/get-notification-preferences.use-case';
import type { NotificationPreferences } from '../notification-preferences';

export interface UpdateNotificationPreferencesCommand extends Partial<NotificationPreferences> {
  userId: string;
  requestId?: string | null;
}

/** Changes the channels and language a person receives notifications in; unset fields stay as they were. */
@Injectable()
export class UpdateNotificationPreferencesUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly current: GetNotificationPreferencesUseCase,
  ) {}

  async execute(command: UpdateNotificationPreferencesCommand): Promise<NotificationPreferences> {
    const errors: FieldError[] = [];
    for (const field of ['inApp', 'email', 'webhook'] as const) {
      if (command[field] !== undefined && typeof command[field] !== 'boolean') {
        errors.push(
          fieldIssue(field, 'boolean', { vi: 'phải là true/false', en: 'must be true or false' }),
        );
      }
    }
    if (command.locale !== undefined && command.locale !== 'vi' && command.locale !== 'en') {
      errors.push(
        fieldIssue('locale', 'locale', { vi: 'phải là vi hoặc en', en: 'must be vi or en' }),
      );
    }
    if (errors.length > 0) throw new AppError('VALIDATION_FAILED', errors);
    return this.dataSource.transaction(async (manager) => {
      const before = await this.current.execute({ userId: command.userId });
      const after: NotificationPreferences = {
        inApp: command.inApp ?? before.inApp,
        email: command.email ?? before.email,
        webhook: command.webhook ?? before.webhook,
        locale: command.locale ?? before.locale,
      };
      await manager.query(
        `INSERT INTO notification_preferences (user_id, in_app, email, webhook, locale)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (user_id) DO UPDATE
           SET in_app = $2, email = $3, webhook = $4, locale = $5, updated_at = now()`,
        [command.userId, after.inApp, after.email, after.webhook, after.locale],
      );
      await appendAudit(manager, {
        action: 'notification-preferences.updated',
        entityType: 'user',
        entityId: command.userId,
        actorKind: 'user',
        actorId: command.userId,
        before: { ...before },
        after: { ...after },
        requestId: command.requestId ?? null,
      });
      return after;
    });
  }
}
