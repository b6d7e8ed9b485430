import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, type DecisionActivities, type IssuedDecision } from '@tdkt/contracts';
import {
  awardNameUnder,
  awardOf,
  bonusAmount,
  getRuleSet,
  type AwardCode,
  type NomineeKind,
} from '@tdkt/domain';
import { appendAudit } from '@tdkt/server-database';
import { documentDate } from '@tdkt/server-feature-dossier';
import { EffectiveLegalData } from '@tdkt/server-feature-legal-data';
import type { DataSource, EntityManager } from 'typeorm';
import {
  formatDecisionNumber,
  lockDecisionCounter,
  nextDecisionSequence,
} from '../decision-number';
import { decisionTitle } from '../decision-title';

type IssueRequest = Parameters<DecisionActivities['issueDecision']>[0];

interface DossierRow {
  id: string;
  code: string;
  stage: string;
  current_unit_id: string | null;
  award_code: string;
  rule_set_id: string;
  year: number;
  nominee: { kind: NomineeKind; name: string; position?: string };
  unit_name: string;
  decided: boolean;
}

/**
 * Issues a numbered decision exactly once. In one transaction it locks the issuer's counter for the
 * year, returns the decision already recorded under the idempotency key if there is one (a retried
 * activity, a worker that died after committing), and otherwise takes the next number and records the
 * decision, its awardees with their bonuses on the decision date (the base salary in effect, published
 * steps included), and the audit row. A crash before
 * the commit rolls everything back, the number included: no gap, no duplicate.
 */
@Injectable()
export class IssueDecisionUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly legalData: EffectiveLegalData,
  ) {}

  async execute(request: IssueRequest): Promise<IssuedDecision> {
    const signedOn = documentDate();
    const year = Number(signedOn.slice(0, 4));
    const salaries = await this.legalData.salaries();
    return this.dataSource.transaction(async (manager) => {
      await lockDecisionCounter(manager, request.issuerUnitId, year);
      const [existing] = await manager.query<IssuedDecision[]>(
        `SELECT id AS "decisionId", number, to_char(signed_on, 'YYYY-MM-DD') AS "signedOn", signed_by AS "signedBy"
           FROM decisions WHERE idempotency_key = $1`,
        [request.idempotencyKey],
      );
      if (existing !== undefined) return existing;

      const dossiers = await this.awaitingDossiers(manager, request, signedOn);
      const [issuer] = await manager.query<{ name: string }[]>(
        `SELECT unit_name_on(id, $2::date) AS name FROM units WHERE id = $1`,
        [request.issuerUnitId, signedOn],
      );
      if (issuer === undefined) throw new AppError('UNIT_NOT_FOUND');
      const sequence = await nextDecisionSequence(manager, request.issuerUnitId, year);
      const number = formatDecisionNumber(sequence, issuer.name);
      const title = decisionTitle(
        dossiers.map((dossier) => ({
          awardCode: dossier.award_code,
          ruleSetId: dossier.rule_set_id,
        })),
        dossiers[0]?.year ?? year,
        issuer.name,
      );
      await manager.query(
        `INSERT INTO decisions (id, issuer_unit_id, level, year, sequence, number, signed_on, signed_by, title, idempotency_key)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [
          request.decisionId,
          request.issuerUnitId,
          request.level,
          year,
          sequence,
          number,
          signedOn,
          request.signedBy,
          title,
          request.idempotencyKey,
        ],
      );
      for (const [index, dossier] of dossiers.entries()) {
        const awardCode = dossier.award_code as AwardCode;
        const award = awardOf(getRuleSet(dossier.rule_set_id), awardCode);
        const coefficient = award.bonus[dossier.nominee.kind]?.thousandths ?? 0;
        await manager.query(
          `INSERT INTO decision_awardees (decision_id, dossier_id, position, nominee_name, nominee_kind, nominee_title,
                                          unit_name, award_code, award_name, coefficient_thousandths, bonus_vnd)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
          [
            request.decisionId,
            dossier.id,
            index + 1,
            dossier.nominee.name,
            dossier.nominee.kind,
            dossier.nominee.position ?? null,
            dossier.unit_name,
            awardCode,
            awardNameUnder(award, issuer.name).vi,
            coefficient,
            bonusAmount(awardCode, dossier.nominee.kind, signedOn, dossier.rule_set_id, salaries),
          ],
        );
      }
      await appendAudit(manager, {
        action: 'decision.issued',
        entityType: 'decision',
        entityId: request.decisionId,
        actorKind: 'user',
        actorId: request.signedBy,
        unitId: request.issuerUnitId,
        after: { number, signedOn, dossiers: dossiers.map((dossier) => dossier.code), title },
        requestId: request.requestId,
        idempotencyKey: `decision:${request.idempotencyKey}:issued`,
      });
      return { decisionId: request.decisionId, number, signedOn, signedBy: request.signedBy };
    });
  }

  /** The listed dossiers, locked, each waiting for this issuer's decision and in no decision yet. */
  private async awaitingDossiers(
    manager: EntityManager,
    request: IssueRequest,
    signedOn: string,
  ): Promise<DossierRow[]> {
    const rows = await manager.query<DossierRow[]>(
      `SELECT d.id, d.code, d.stage, d.current_unit_id, d.award_code, d.rule_set_id, d.year, d.nominee,
              unit_name_on(d.proposing_unit_id, $2::date) AS unit_name,
              EXISTS (SELECT 1 FROM decision_awardees a WHERE a.dossier_id = d.id) AS decided
         FROM dossiers d
        WHERE d.id = ANY($1::uuid[])
        ORDER BY array_position($1::uuid[], d.id)
          FOR UPDATE OF d`,
      [request.dossierIds, signedOn],
    );
    if (rows.length !== new Set(request.dossierIds).size) throw new AppError('DOSSIER_NOT_FOUND');
    for (const row of rows) {
      if (row.decided) throw new AppError('DOSSIER_ALREADY_DECIDED', [dossierField(row)]);
      if (row.stage !== 'DECISION_PENDING' || row.current_unit_id !== request.issuerUnitId)
        throw new AppError('DOSSIER_NOT_AWAITING_DECISION', [dossierField(row)]);
    }
    return rows;
  }
}

function dossierField(row: { code: string; stage: string }) {
  return {
    field: 'dossierIds',
    rule: 'awaitingDecision',
    message: {
      vi: `Hồ sơ ${row.code} (bước ${row.stage}).`,
      en: `Dossier ${row.code} (stage ${row.stage}).`,
    },
  };
}
