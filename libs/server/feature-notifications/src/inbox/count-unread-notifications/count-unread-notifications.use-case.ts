import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** How many in-app notifications a person has not read (the badge in the UI). */
@Injectable()
export class CountUnreadNotificationsUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(query: { userId: string }): Promise<{ unread: number }> {
    const [row] = await this.dataSource.query<[{ unread: number }]>(
      `SELECT count(*)::int AS unread FROM notifications WHERE user_id = $1 AND read_at IS NULL`,
      [query.userId],
    );
    return { unread: row.unread };
  }
}
