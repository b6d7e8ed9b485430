import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppError,
  type FieldError,
  type LocalizedText,
  type NotificationTemplate,
} from '@tdkt/contracts';
import { fieldIssue } from '@tdkt/domain';
import type { DataSource } from 'typeorm';

export interface ListMyNotificationsQuery {
  userId: string;
  unreadOnly?: boolean;
  /** 1–100, default 20. */
  limit?: number;
  /** Cursor: only notifications created before this instant (the last item's createdAt). */
  before?: string;
}

export interface NotificationView {
  id: string;
  template: NotificationTemplate;
  title: LocalizedText;
  body: LocalizedText;
  params: Record<string, string | number | boolean | null>;
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

interface NotificationRow {
  id: string;
  template: NotificationTemplate;
  title: LocalizedText;
  body: LocalizedText;
  params: Record<string, string | number | boolean | null>;
  link: string | null;
  created_at: Date;
  read_at: Date | null;
}

/** A person's in-app notifications, newest first, with the unread count (GET /api/v1/notifications). */
@Injectable()
export class ListMyNotificationsUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(
    query: ListMyNotificationsQuery,
  ): Promise<{ items: NotificationView[]; unread: number }> {
    const limit = query.limit ?? 20;
    const errors: FieldError[] = [];
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
      errors.push(fieldIssue('limit', 'range', { vi: 'phải từ 1 đến 100', en: 'must be 1–100' }));
    }
    if (query.before !== undefined && Number.isNaN(Date.parse(query.before))) {
      errors.push(
        fieldIssue('before', 'iso-timestamp', {
          vi: 'phải là thời điểm ISO 8601',
          en: 'must be an ISO 8601 timestamp',
        }),
      );
    }
    if (errors.length > 0) throw new AppError('VALIDATION_FAILED', errors);
    const rows = await this.dataSource.query<NotificationRow[]>(
      `SELECT id, template, title, body, params, link, created_at, read_at
         FROM notifications
        WHERE user_id = $1 AND ($2::boolean IS NOT TRUE OR read_at IS NULL)
          AND ($3::timestamptz IS NULL OR created_at < $3)
        ORDER BY created_at DESC, id DESC
        LIMIT $4`,
      // ISO 8601 allows forms PostgreSQL does not read (a bare year, week dates): pass the instant.
      [
        query.userId,
        query.unreadOnly ?? false,
        query.before === undefined ? null : new Date(query.before).toISOString(),
        limit,
      ],
    );
    const [{ unread }] = await this.dataSource.query<[{ unread: number }]>(
      `SELECT count(*)::int AS unread FROM notifications WHERE user_id = $1 AND read_at IS NULL`,
      [query.userId],
    );
    return {
      items: rows.map((row) => ({
        id: row.id,
        template: row.template,
        title: row.title,
        body: row.body,
        params: row.params,
        link: row.link,
        createdAt: row.created_at.toISOString(),
        readAt: row.read_at?.toISOString() ?? null,
      })),
      unread,
    };
  }
}
