import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

export interface DeliveryTarget {
  idempotencyKey: string;
  userId: string;
  channel: 'email' | 'webhook';
  /** E-mail address or webhook URL. */
  target: string;
}

/**
 * Makes e-mail and webhook delivery once-only across retries: a delivery is claimed before the
 * send and marked SENT after it, and a SENT (or permanently FAILED) delivery is never made again.
 * A crash between the remote accepting and the mark leaves it PENDING, and it is sent again with the
 * same Message-ID or delivery id, which receivers use to drop the copy.
 */
@Injectable()
export class DeliveryLedger {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** True when the delivery still has to be made (and counts this attempt). */
  async claim(delivery: DeliveryTarget): Promise<boolean> {
    const rows = await this.dataSource.query<{ status: string }[]>(
      `INSERT INTO notification_deliveries (idempotency_key, user_id, channel, target, status, attempts)
       VALUES ($1, $2, $3, $4, 'PENDING', 1)
       ON CONFLICT (idempotency_key, user_id, channel, target)
       DO UPDATE SET attempts = notification_deliveries.attempts + 1, updated_at = now()
         WHERE notification_deliveries.status = 'PENDING'
       RETURNING status`,
      [delivery.idempotencyKey, delivery.userId, delivery.channel, delivery.target],
    );
    return rows.length > 0;
  }

  async markSent(delivery: DeliveryTarget): Promise<void> {
    await this.mark(delivery, 'SENT', null);
  }

  /** A failure retrying cannot fix (e.g. the endpoint answered 4xx): recorded, never attempted again. */
  async markFailed(delivery: DeliveryTarget, error: string): Promise<void> {
    await this.mark(delivery, 'FAILED', error);
  }

  /** A failure worth retrying: stays PENDING with the error, for the next attempt. */
  async noteError(delivery: DeliveryTarget, error: string): Promise<void> {
    await this.mark(delivery, 'PENDING', error);
  }

  private async mark(
    delivery: DeliveryTarget,
    status: 'PENDING' | 'SENT' | 'FAILED',
    error: string | null,
  ): Promise<void> {
    await this.dataSource.query(
      `UPDATE notification_deliveries
          SET status = $5::varchar, last_error = $6, sent_at = CASE WHEN $5::varchar = 'SENT' THEN now() ELSE sent_at END,
              updated_at = now()
        WHERE idempotency_key = $1 AND user_id = $2 AND channel = $3 AND target = $4`,
      [delivery.idempotencyKey, delivery.userId, delivery.channel, delivery.target, status, error],
    );
  }
}
