import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError } from '@tdkt/contracts';
import { fieldIssue } from '@tdkt/domain';
import { updateReturning } from '@tdkt/server-database';
import type { DataSource } from 'typeorm';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type MarkNotificationsReadCommand =
  { userId: string; ids: string[] } | { userId: string; all: true };

/**
 * Marks a person's notifications read: the given ids, or all of them. Ids of other people's
 * notifications are ignored, so nobody learns whether they exist. A per-person display flag, so it
 * is not audited.
 */
@Injectable()
export class MarkNotificationsReadUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(command: MarkNotificationsReadCommand): Promise<{ marked: number }> {
    if ('ids' in command) {
      const bad = command.ids.findIndex((id) => typeof id !== 'string' || !UUID.test(id));
      if (command.ids.length === 0 || command.ids.length > 500 || bad >= 0) {
        throw new AppError('VALIDATION_FAILED', [
          fieldIssue(bad >= 0 ? `ids[${bad}]` : 'ids', bad >= 0 ? 'uuid' : 'size', {
            vi: bad >= 0 ? 'phải là mã UUID' : 'phải có 1–500 mã',
            en: bad >= 0 ? 'must be a UUID' : 'must hold 1–500 ids',
          }),
        ]);
      }
    }
    const result = await updateReturning<{ id: string }>(
      this.dataSource.manager,
      `UPDATE notifications SET read_at = now()
        WHERE user_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))
        RETURNING id`,
      [command.userId, 'ids' in command ? command.ids : null],
    );
    return { marked: result.length };
  }
}
