import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError } from '@tdkt/contracts';
import type { DataSource } from 'typeorm';
import { documentsOf, type StoredDocument } from '../../documents/store-document';

export interface DecisionView {
  id: string;
  number: string;
  signedOn: string;
  signedBy: string;
  signerName: string;
  issuerUnitId: string;
  issuerName: string;
  level: string;
  title: string;
  awardees: {
    dossierId: string;
    code: string;
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

const DECISION_COLUMNS = `d.id, d.number, to_char(d.signed_on, 'YYYY-MM-DD') AS "signedOn", d.signed_by AS "signedBy",
  s.full_name AS "signerName", d.issuer_unit_id AS "issuerUnitId",
  unit_name_on(d.issuer_unit_id, d.signed_on) AS "issuerName", d.level, d.title`;
const DECISIONS = `decisions d JOIN users s ON s.id = d.signed_by`;

/** A decision in a list: its number, date, issuer and signer, how many it awards and the bonuses. */
export type DecisionSummary = Omit<DecisionView, 'awardees' | 'documents'> & {
  awardeesTotal: number;
};

/** Decisions as people read them: number, date, awardees with bonuses, and the documents. */
@Injectable()
export class DecisionViewsUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(decisionId: string): Promise<DecisionView> {
    const [decision] = await this.dataSource.query<
      Omit<DecisionView, 'awardees' | 'documents' | 'totalBonusVnd'>[]
    >(`SELECT ${DECISION_COLUMNS} FROM ${DECISIONS} WHERE d.id = $1`, [decisionId]);
    if (decision === undefined) throw new AppError('DECISION_NOT_FOUND');
    const awardees = await this.dataSource.query<DecisionView['awardees']>(
      `SELECT a.dossier_id AS "dossierId", o.code, a.position, a.nominee_name AS "nomineeName",
              a.unit_name AS "unitName", a.award_code AS "awardCode", a.award_name AS "awardName",
              a.coefficient_thousandths AS "coefficientThousandths", a.bonus_vnd::int AS "bonusVnd"
         FROM decision_awardees a JOIN dossiers o ON o.id = a.dossier_id
        WHERE a.decision_id = $1 ORDER BY a.position`,
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
