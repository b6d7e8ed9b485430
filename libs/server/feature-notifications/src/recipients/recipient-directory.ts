import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { NotificationRecipient } from '@tdkt/contracts';
import type { DataSource } from 'typeorm';

/** A person a notification reaches, with the channels and language they chose. */
export interface ResolvedRecipient {
  userId: string;
  fullName: string;
  email: string | null;
  channels: { inApp: boolean; email: boolean; webhook: boolean };
  locale: 'vi' | 'en';
}

interface RecipientRow {
  id: string;
  full_name: string;
  email: string | null;
  in_app: boolean;
  email_on: boolean;
  webhook: boolean;
  locale: 'vi' | 'en';
}

/**
 * Turns recipients into people. `{ userId }` is that person; `{ role, unitId }` is everyone holding
 * the role on the nearest unit, going up from `unitId`, where anyone holds it (a grant covers its
 * unit's subtree, and the closest responsible people are the ones to tell: the district's reviewers
 * hear about the district's plan, not the province's too). Revoked grants and disabled accounts are
 * left out. Grants live in `role_grants`, which the identity module owns.
 */
@Injectable()
export class RecipientDirectory {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The distinct, enabled people behind `recipients`, in a stable order. */
  async resolve(recipients: readonly NotificationRecipient[]): Promise<ResolvedRecipient[]> {
    if (recipients.length === 0) return [];
    const requested = recipients.map((r) =>
      'userId' in r
        ? { user_id: r.userId, role: null, unit_id: null }
        : { user_id: null, role: r.role, unit_id: r.unitId },
    );
    const rows = await this.dataSource.query<RecipientRow[]>(
      `WITH RECURSIVE requested AS (
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(user_id uuid, role text, unit_id uuid)
       ), covering_units AS (
         SELECT r.role, r.unit_id AS target, u.id AS unit_id, u.parent_id, 0 AS depth
           FROM requested r JOIN units u ON u.id = r.unit_id
          WHERE r.role IS NOT NULL
         UNION
         SELECT c.role, c.target, p.id, p.parent_id, c.depth + 1
           FROM covering_units c JOIN units p ON p.id = c.parent_id
          WHERE c.depth < 64
       ), holders AS (
         SELECT c.role, c.target, c.depth, g.user_id
           FROM covering_units c
           JOIN role_grants g ON g.role = c.role AND g.unit_id = c.unit_id AND g.revoked_at IS NULL
           JOIN users holder ON holder.id = g.user_id AND holder.disabled_at IS NULL
       ), nearest AS (
         SELECT role, target, min(depth) AS depth FROM holders GROUP BY role, target
       ), people AS (
         SELECT user_id FROM requested WHERE user_id IS NOT NULL
         UNION
         SELECT h.user_id FROM holders h JOIN nearest n USING (role, target, depth)
       )
       SELECT u.id, u.full_name, u.email,
              coalesce(p.in_app, true) AS in_app, coalesce(p.email, true) AS email_on,
              coalesce(p.webhook, false) AS webhook, coalesce(p.locale, 'vi') AS locale
         FROM people JOIN users u ON u.id = people.user_id
         LEFT JOIN notification_preferences p ON p.user_id = u.id
        WHERE u.disabled_at IS NULL
        ORDER BY u.id`,
      [JSON.stringify(requested)],
    );
    return rows.map((row) => ({
      userId: row.id,
      fullName: row.full_name,
      email: row.email,
      channels: { inApp: row.in_app, email: row.email_on, webhook: row.webhook },
      locale: row.locale,
    }));
  }
}
