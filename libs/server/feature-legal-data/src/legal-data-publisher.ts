import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, grantsWith, type FieldError } from '@tdkt/contracts';
import { type BaseSalaryStep, type OfficialSchedule } from '@tdkt/domain';
import { appendAudit } from '@tdkt/server-database';
import { type Actor, auditContextOf } from '@tdkt/server-feature-identity';
import type { DataSource, EntityManager } from 'typeorm';

/** A publication as recorded, with what its publisher should double-check. */
export interface PublishedLegalData<T> {
  revision: number;
  kind: 'holiday-schedule' | 'base-salary-step';
  key: string;
  value: T;
  publishedAt: string;
  publishedBy: { id: string; name: string | null };
  warnings: FieldError[];
}

/**
 * What publishing any legal data takes: only an administrator of a root unit publishes, and a
 * publication is appended to the log with its audit row in one transaction, in effect once committed.
 */
@Injectable()
export class LegalDataPublisher {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Legal data is the same for the whole deployment: only an administrator whose grant is held on a
   * root of the organisation tree (the province or city) publishes it.
   */
  async assertMayPublish(actor: Actor): Promise<void> {
    const units = grantsWith(actor.user, 'legal-data:publish').map((grant) => grant.unitId);
    const [root] = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM units WHERE id = ANY($1::uuid[]) AND parent_id IS NULL LIMIT 1`,
      [units],
    );
    if (root === undefined) {
      throw new AppError('FORBIDDEN', [], {
        vi: 'Chỉ quản trị viên cấp tỉnh, thành phố công bố dữ liệu pháp lý dùng chung.',
        en: 'Only an administrator of the province or city publishes shared legal data.',
      });
    }
  }

  append<T extends OfficialSchedule | BaseSalaryStep>(
    actor: Actor,
    kind: PublishedLegalData<T>['kind'],
    key: string,
    value: T,
    warnings: readonly FieldError[],
    auditExtra: Record<string, unknown>,
  ): Promise<PublishedLegalData<T>> {
    return this.dataSource.transaction(async (manager: EntityManager) => {
      const [row] = await manager.query<{ revision: string; published_at: Date }[]>(
        `INSERT INTO legal_data_publications (kind, key, payload, source, published_by, request_id)
         VALUES ($1, $2, $3::jsonb, $4::jsonb, $5, $6) RETURNING revision::text AS revision, published_at`,
        [
          kind,
          key,
          JSON.stringify(value),
          JSON.stringify(sourceOf(value)),
          actor.user.id,
          actor.requestId,
        ],
      );
      if (row === undefined) throw new Error('legal_data_publications returned no row');
      const revision = Number(row.revision);
      await appendAudit(manager, {
        ...auditContextOf(actor),
        action: `legal-data.${kind}.published`,
        entityType: 'legal-data',
        entityId: `${kind}:${key}`,
        after: { revision, key, source: sourceOf(value), warnings: warnings.length, ...auditExtra },
      });
      return {
        revision,
        kind,
        key,
        value,
        publishedAt: row.published_at.toISOString(),
        publishedBy: { id: actor.user.id, name: actor.user.fullName },
        warnings: [...warnings],
      };
    });
  }
}

function sourceOf(value: OfficialSchedule | BaseSalaryStep): unknown {
  return 'source' in value ? value.source : value.breaks[0]?.source;
}

/** Equal as data: jsonb keeps no key order, so keys are compared sorted. */
export function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a, sortedKeys) === JSON.stringify(b, sortedKeys);
}

function sortedKeys(_key: string, value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
  );
}

export function unchanged(key: string): AppError {
  return new AppError('LEGAL_DATA_UNCHANGED', [
    {
      field: 'source',
      rule: 'changes-something',
      message: {
        vi: `Dữ liệu cho ${key} giống hệt dữ liệu đang có hiệu lực.`,
        en: `The data for ${key} is identical to the data in effect.`,
      },
    },
  ]);
}
