import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError } from '@tdkt/contracts';
import type { DataSource } from 'typeorm';
import { documentsOf } from '../../documents/store-document';
import {
  DecisionView,
  DECISION_COLUMNS,
  DECISIONS,
  REVOCATION_SUMMARY_SQL,
} from '../decision-view';

/** A decision as people read it: number, date, awardees with bonuses, and the documents. */
@Injectable()
export class GetDecisionUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(decisionId: string): Promise<DecisionView> {
    const [decision] = await this.dataSource.query<
      Omit<DecisionView, 'awardees' | 'documents' | 'totalBonusVnd'>[]
    >(`SELECT ${DECISION_COLUMNS} FROM ${DECISIONS} WHERE d.id = $1`, [decisionId]);
    if (decision === undefined) throw new AppError('DECISION_NOT_FOUND');
    const awardees = await this.dataSource.query<DecisionView['awardees']>(
      `SELECT a.dossier_id AS "dossierId", o.code, a.position, a.nominee_name AS "nomineeName",
              a.unit_name AS "unitName", a.award_code AS "awardCode", a.award_name AS "awardName",
              a.coefficient_thousandths AS "coefficientThousandths", a.bonus_vnd::int AS "bonusVnd",
              ${REVOCATION_SUMMARY_SQL} AS revocation
         FROM decision_awardees a JOIN dossiers o ON o.id = a.dossier_id
         LEFT JOIN award_revocations r ON r.dossier_id = a.dossier_id
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
}
