import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError } from '@tdkt/contracts';
import { revocationGround, type RevocationGroundCode } from '@tdkt/domain';
import { type AuditContext, appendAudit } from '@tdkt/server-database';
import { documentDate } from '@tdkt/server-feature-dossier';
import type { DataSource } from 'typeorm';
import {
  formatDecisionNumber,
  lockDecisionCounter,
  nextDecisionSequence,
} from '../../decisions/decision-number';

export interface RevokeAwardCommand {
  decisionId: string;
  dossierId: string;
  ground: RevocationGroundCode;
  reason: string;
  /** The competent body's conclusion, decision or judgment it rests on (number, date, body). */
  conclusion: string | null;
  revocationId: string;
  /** One revocation per request: a retry answers with the first one and its number. */
  idempotencyKey: string;
  signedBy: string;
  audit: AuditContext;
}

export interface AwardRevocation {
  id: string;
  decisionId: string;
  dossierId: string;
  number: string;
  signedOn: string;
  signedBy: string;
  ground: RevocationGroundCode;
  reason: string;
  conclusion: string | null;
  bonusToRecoverVnd: number;
}

const REVOCATION_COLUMNS = `id, decision_id AS "decisionId", dossier_id AS "dossierId", number,
  to_char(signed_on, 'YYYY-MM-DD') AS "signedOn", signed_by AS "signedBy", ground, reason, conclusion,
  bonus_to_recover_vnd::float8 AS "bonusToRecoverVnd"`;

/**
 * Revokes one award of a signed decision (Law 06/2022 Art. 93(2)): in one transaction it locks the
 * issuer's decision counter, answers a retry with the revocation already recorded, refuses an award
 * revoked before, takes the next number of the issuer's series (the revocation is a decision of its
 * own), fixes the bonus to recover at what the decision paid, and writes the audit row.
 */
@Injectable()
export class RevokeAwardUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(command: RevokeAwardCommand): Promise<AwardRevocation> {
    const signedOn = documentDate();
    const year = Number(signedOn.slice(0, 4));
    const ground = revocationGround(command.ground);
    return this.dataSource.transaction(async (manager) => {
      const [awardee] = await manager.query<
        { issuer_unit_id: string; decision_number: string; bonus_vnd: string }[]
      >(
        `SELECT dec.issuer_unit_id, dec.number AS decision_number, a.bonus_vnd
           FROM decision_awardees a JOIN decisions dec ON dec.id = a.decision_id
          WHERE a.decision_id = $1 AND a.dossier_id = $2`,
        [command.decisionId, command.dossierId],
      );
      if (awardee === undefined)
        throw new AppError('VALIDATION_FAILED', [
          {
            field: 'dossierId',
            rule: 'awardedByDecision',
            message: {
              vi: 'Hồ sơ không có trong quyết định này.',
              en: 'The dossier is not awarded by this decision.',
            },
          },
        ]);
      await lockDecisionCounter(manager, awardee.issuer_unit_id, year);
      const [repeat] = await manager.query<AwardRevocation[]>(
        `SELECT ${REVOCATION_COLUMNS} FROM award_revocations WHERE idempotency_key = $1`,
        [command.idempotencyKey],
      );
      if (repeat !== undefined) return repeat;
      const [earlier] = await manager.query<{ number: string }[]>(
        `SELECT number FROM award_revocations WHERE dossier_id = $1`,
        [command.dossierId],
      );
      if (earlier !== undefined) throw new AppError('AWARD_ALREADY_REVOKED');

      const [issuer] = await manager.query<{ name: string }[]>(
        `SELECT unit_name_on(id, $2::date) AS name FROM units WHERE id = $1`,
        [awardee.issuer_unit_id, signedOn],
      );
      if (issuer === undefined) throw new AppError('UNIT_NOT_FOUND');
      const sequence = await nextDecisionSequence(manager, awardee.issuer_unit_id, year);
      const number = formatDecisionNumber(sequence, issuer.name);
      await manager.query(
        `INSERT INTO award_revocations (id, decision_id, dossier_id, issuer_unit_id, year, sequence, number, signed_on,
                                        signed_by, ground, reason, conclusion, bonus_to_recover_vnd, idempotency_key)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
        [
          command.revocationId,
          command.decisionId,
          command.dossierId,
          awardee.issuer_unit_id,
          year,
          sequence,
          number,
          signedOn,
          command.signedBy,
          command.ground,
          command.reason,
          command.conclusion,
          awardee.bonus_vnd,
          command.idempotencyKey,
        ],
      );
      await appendAudit(manager, {
        ...command.audit,
        action: 'award.revoked',
        entityType: 'decision',
        entityId: command.decisionId,
        unitId: awardee.issuer_unit_id,
        after: {
          revocationId: command.revocationId,
          number,
          dossierId: command.dossierId,
          decisionNumber: awardee.decision_number,
          ground: command.ground,
          legalBasis: `${ground.source.document} Art. ${ground.source.article ?? ''}`,
          bonusToRecoverVnd: Number(awardee.bonus_vnd),
        },
        idempotencyKey: `revocation:${command.idempotencyKey}`,
      });
      const [revocation] = await manager.query<AwardRevocation[]>(
        `SELECT ${REVOCATION_COLUMNS} FROM award_revocations WHERE id = $1`,
        [command.revocationId],
      );
      if (revocation === undefined) throw new Error('the revocation just written is missing');
      return revocation;
    });
  }
}
