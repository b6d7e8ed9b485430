import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError } from '@tdkt/contracts';
import type { DataSource } from 'typeorm';
import { documentsOf, type StoredDocument } from '../documents/store-document';

export interface DecisionView {
  id: string;
  number: string;
  signedOn: string;
  signedBy: string;
  issuerUnitId: string;
  level: string;
  title: string;
  awardees: {
    dossierId: string;
    position: number;
    nomineeName: string;
    unitName: string;
    awardCode: string;
    awardName: string;
    coefficientThousandths: number;
    bonusVnd: number;
  }[];
  totalBonusVnd: number;
  documents: StoredDocument[];
}

const DECISION_COLUMNS = `id, number, to_char(signed_on, 'YYYY-MM-DD') AS "signedOn", signed_by AS "signedBy",
  issuer_unit_id AS "issuerUnitId", level, title`;

/** Decisions as people read them: number, date, awardees with bonuses, and the documents. */
@Injectable()
export class DecisionViewsUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(decisionId: string): Promise<DecisionView> {
    const [decision] = await this.dataSource.query<
      Omit<DecisionView, 'awardees' | 'documents' | 'totalBonusVnd'>[]
    >(`SELECT ${DECISION_COLUMNS} FROM decisions WHERE id = $1`, [decisionId]);
    if (decision === undefined) throw new AppError('DECISION_NOT_FOUND');
    const awardees = await this.dataSource.query<DecisionView['awardees']>(
      `SELECT dossier_id AS "dossierId", position, nominee_name AS "nomineeName", unit_name AS "unitName",
              award_code AS "awardCode", award_name AS "awardName",
              coefficient_thousandths AS "coefficientThousandths", bonus_vnd::int AS "bonusVnd"
         FROM decision_awardees WHERE decision_id = $1 ORDER BY position`,
      [decisionId],
    );
    return {
      ...decision,
      awardees,
      totalBonusVnd: awardees.reduce((sum, awardee) => sum + awardee.bonusVnd, 0),
      documents: await documentsOf(this.dataSource.manager, 'decision', decisionId),
    };
  }

  /**
   * Decisions issued by units in scope, or awarding a dossier proposed there ('all' for a grant on
   * the root), newest first.
   */
  async list(
    scope: string[] | 'all',
    page: { limit: number; offset: number },
  ): Promise<{
    items: Omit<DecisionView, 'awardees' | 'documents' | 'totalBonusVnd'>[];
    total: number;
  }> {
    const filter =
      scope === 'all'
        ? 'TRUE'
        : `(issuer_unit_id = ANY($1::uuid[]) OR EXISTS (
             SELECT 1 FROM decision_awardees a JOIN dossiers d ON d.id = a.dossier_id
              WHERE a.decision_id = decisions.id AND d.proposing_unit_id = ANY($1::uuid[])))`;
    const params = scope === 'all' ? [] : [scope];
    const [{ total }] = await this.dataSource.query<[{ total: number }]>(
      `SELECT count(*)::int AS total FROM decisions WHERE ${filter}`,
      params,
    );
    const items = await this.dataSource.query<
      Omit<DecisionView, 'awardees' | 'documents' | 'totalBonusVnd'>[]
    >(
      `SELECT ${DECISION_COLUMNS} FROM decisions WHERE ${filter}
        ORDER BY signed_on DESC, sequence DESC LIMIT ${page.limit} OFFSET ${page.offset}`,
      params,
    );
    return { items, total };
  }
}
