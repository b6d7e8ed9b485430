import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DECISION_COLUMNS, DECISIONS, DecisionSummary } from '../decision-view';

/** Decisions in a list: number, date, issuer and signer, how many each awards and the bonuses. */
@Injectable()
export class ListDecisionsUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Decisions issued by units in scope, or awarding a dossier proposed there ('all' for a grant on
   * the root), newest first.
   */
  async execute(
    scope: string[] | 'all',
    page: { limit: number; offset: number },
  ): Promise<{ items: DecisionSummary[]; total: number }> {
    // The issuer's units, and the units whose dossiers the decision concerns.
    const filter =
      scope === 'all'
        ? 'TRUE'
        : `(d.issuer_unit_id = ANY($1::uuid[]) OR EXISTS (
             SELECT 1 FROM decision_awardees a JOIN dossiers x ON x.id = a.dossier_id
              WHERE a.decision_id = d.id AND x.proposing_unit_id = ANY($1::uuid[])))`;
    const params = scope === 'all' ? [] : [scope];
    const [{ total }] = await this.dataSource.query<[{ total: number }]>(
      `SELECT count(*)::int AS total FROM decisions d WHERE ${filter}`,
      params,
    );
    const items = await this.dataSource.query<DecisionSummary[]>(
      `SELECT ${DECISION_COLUMNS},
              (SELECT count(*)::int FROM decision_awardees a WHERE a.decision_id = d.id) AS "awardeesTotal",
              (SELECT coalesce(sum(a.bonus_vnd), 0)::int FROM decision_awardees a WHERE a.decision_id = d.id) AS "totalBonusVnd"
         FROM ${DECISIONS} WHERE ${filter}
        ORDER BY d.signed_on DESC, d.sequence DESC LIMIT ${page.limit} OFFSET ${page.offset}`,
      params,
    );
    return { items, total };
  }
}
