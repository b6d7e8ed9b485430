import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  NotificationTemplate,
  notificationRequest,
  Role,
  STUCK_REASON_NAMES,
  type StuckThresholdAlert,
} from '@tdkt/contracts';
import { SendNotificationUseCase } from '@tdkt/server-feature-notifications';
import type { DataSource } from 'typeorm';

/**
 * Tells the administrators of the whole system (ADMIN on a root of the organisation tree) that a
 * stuck count crossed its threshold. Keyed by reason and crossing: one alert per crossing, however
 * often the activity is retried, and a new one when the count falls back and crosses again.
 */
@Injectable()
export class AlertStuckThresholdUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: SendNotificationUseCase,
  ) {}

  async execute(alert: StuckThresholdAlert): Promise<void> {
    const roots = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM units WHERE parent_id IS NULL AND merged_into_id IS NULL`,
    );
    const name = STUCK_REASON_NAMES[alert.reason];
    await this.notifications.execute(
      notificationRequest({
        idempotencyKey: `ops:stuck-alert:${alert.reason}:${alert.crossedAt}`,
        template: NotificationTemplate.opsStuckThreshold,
        recipients: roots.map((root) => ({ role: Role.ADMIN, unitId: root.id })),
        params: {
          reason: alert.reason,
          reasonName: name.vi,
          reasonNameEn: name.en,
          count: alert.count,
          threshold: alert.threshold,
        },
        link: `/api/v1/admin/stuck?reason=${alert.reason}`,
      }),
    );
  }
}
