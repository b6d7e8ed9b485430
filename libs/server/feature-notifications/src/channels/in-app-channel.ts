import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { OutgoingNotification } from './outgoing-notification';

/** Notifications people read in the application; one row per notification and person. */
@Injectable()
export class InAppChannel {
  /** Inserts the rows not there yet, inside the caller's transaction; returns how many were new. */
  async deliver(manager: EntityManager, notifications: OutgoingNotification[]): Promise<number> {
    let created = 0;
    for (const { request, rendered, recipient } of notifications) {
      const rows = await manager.query<unknown[]>(
        `INSERT INTO notifications (idempotency_key, user_id, template, title, body, params, link)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (idempotency_key, user_id) DO NOTHING
         RETURNING id`,
        [
          request.idempotencyKey,
          recipient.userId,
          request.template,
          JSON.stringify(rendered.title),
          JSON.stringify(rendered.body),
          JSON.stringify(request.params),
          request.link ?? null,
        ],
      );
      created += rows.length;
    }
    return created;
  }
}
