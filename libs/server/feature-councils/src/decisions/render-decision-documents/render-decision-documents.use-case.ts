import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, type DecisionDocuments } from '@tdkt/contracts';
import { baseSalaryOn, getRuleSet, isReplayOf, roundedBonus, type RuleSet } from '@tdkt/domain';
import { EffectiveLegalData } from '@tdkt/server-feature-legal-data';
import type { DataSource } from 'typeorm';
import { storeRenderedDocuments } from '../../documents/store-document';
import { certificateDocument, decisionDocument, type DecisionFacts } from '../decision-documents';

/**
 * Renders a decision as DOCX and PDF and a certificate per awardee as PDF, and stores them with their
 * SHA-256. Each document is stored once (by key), so a retry after a crash finishes what is missing.
 */
@Injectable()
export class RenderDecisionDocumentsUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly legalData: EffectiveLegalData,
  ) {}

  async execute(request: { decisionId: string }): Promise<DecisionDocuments> {
    const facts = await this.factsOf(request.decisionId);
    const owner = {
      ownerType: 'decision' as const,
      ownerId: request.decisionId,
      unitId: facts.issuerUnitId,
    };
    const ids: string[] = [];
    const decision = await this.dataSource.transaction((manager) =>
      storeRenderedDocuments(manager, owner, {
        kind: 'decision',
        idempotencyKey: `decision:${request.decisionId}`,
        model: decisionDocument(facts),
        formats: ['docx', 'pdf'],
      }),
    );
    ids.push(...decision.map((document) => document.id));
    for (const awardee of facts.awardees) {
      const certificates = await this.dataSource.transaction((manager) =>
        storeRenderedDocuments(
          manager,
          { ...owner, dossierId: awardee.dossierId },
          {
            kind: 'certificate',
            idempotencyKey: `decision:${request.decisionId}:certificate:${awardee.position}`,
            model: certificateDocument(facts, awardee),
            formats: ['pdf'],
          },
        ),
      );
      ids.push(...certificates.map((document) => document.id));
    }
    return { documentIds: ids };
  }

  private async factsOf(decisionId: string): Promise<
    DecisionFacts & {
      issuerUnitId: string;
      awardees: (DecisionFacts['awardees'][number] & { dossierId: string })[];
    }
  > {
    const [decision] = await this.dataSource.query<
      {
        number: string;
        signed_on: string;
        year: number;
        sequence: number;
        title: string;
        level: string;
        issuer_unit_id: string;
        issuer_name: string;
        issuer_gone: boolean;
        signer_name: string;
      }[]
    >(
      `SELECT d.number, to_char(d.signed_on, 'YYYY-MM-DD') AS signed_on, d.year, d.sequence, d.title,
              d.level, d.issuer_unit_id, unit_name_on(d.issuer_unit_id, d.signed_on) AS issuer_name,
              (u.valid_to IS NOT NULL AND u.valid_to < d.signed_on) AS issuer_gone,
              s.full_name AS signer_name
         FROM decisions d JOIN units u ON u.id = d.issuer_unit_id JOIN users s ON s.id = d.signed_by
        WHERE d.id = $1`,
      [decisionId],
    );
    if (decision === undefined) throw new AppError('DECISION_NOT_FOUND');
    const awardees = await this.dataSource.query<
      (DecisionFacts['awardees'][number] & {
        ruleSetId: string;
        dossierId: string;
        receivedOn: string | null;
        initiatives: number;
      })[]
    >(
      `SELECT a.position, a.dossier_id AS "dossierId", a.nominee_name AS "nomineeName", a.nominee_kind AS "nomineeKind",
              a.nominee_title AS "nomineeTitle", a.unit_name AS "unitName", a.award_code AS "awardCode",
              a.award_name AS "awardName", a.coefficient_thousandths AS "coefficientThousandths",
              a.bonus_vnd::int AS "bonusVnd", d.achievements_summary AS "achievementsSummary",
              d.rule_set_id AS "ruleSetId",
              to_char(d.submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') AS "receivedOn",
              jsonb_array_length(d.initiative_ids) AS initiatives,
              (SELECT count(*)::int FROM decision_awardees e JOIN decisions o ON o.id = e.decision_id
                WHERE o.issuer_unit_id = $2 AND o.year = $3 AND o.sequence < $4) + a.position AS "registerNumber"
         FROM decision_awardees a JOIN dossiers d ON d.id = a.dossier_id
        WHERE a.decision_id = $1 ORDER BY a.position`,
      [decisionId, decision.issuer_unit_id, decision.year, decision.sequence],
    );
    const meetings = await this.dataSource.query<{ held_on: string }[]>(
      `SELECT DISTINCT to_char(m.scheduled_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') AS held_on
         FROM council_agenda_items i JOIN council_meetings m ON m.id = i.meeting_id
         JOIN decision_awardees a ON a.dossier_id = i.dossier_id
        WHERE a.decision_id = $1 AND i.passed ORDER BY held_on`,
      [decisionId],
    );
    const ruleSetId = awardees[0]?.ruleSetId ?? 'VN-2024';
    const ruleSet = getRuleSet(ruleSetId);
    const level = ruleSet.levels.find((candidate) => candidate.id === decision.level);
    const replayed = awardees.find(
      (awardee) =>
        awardee.receivedOn !== null &&
        isReplayOf(getRuleSet(awardee.ruleSetId), awardee.receivedOn),
    );
    return {
      issuerUnitId: decision.issuer_unit_id,
      number: decision.number,
      signedOn: decision.signed_on,
      title: decision.title,
      issuerName: decision.issuer_name,
      signerName: decision.signer_name,
      ruleSetId,
      councilMeetingDates: meetings.map((meeting) => meeting.held_on),
      proposedBy:
        (await this.proposer(decisionId, decision.level)) ??
        level?.emulationBody.vi ??
        'cơ quan thường trực Hội đồng Thi đua - Khen thưởng',
      citesInitiatives: awardees.some((awardee) => awardee.initiatives > 0),
      baseSalaryVnd: await this.baseSalary(decision.signed_on, ruleSet, awardees),
      replay:
        replayed !== undefined || decision.issuer_gone
          ? {
              ruleSetId,
              reason: `Hồ sơ xử lý lại theo quy định của bộ quy tắc ${ruleSetId} (${ruleSet.effectiveFrom} – ${ruleSet.effectiveTo ?? 'nay'}), không còn áp dụng vào ngày ký ${decision.signed_on}${decision.issuer_gone ? `; ${decision.issuer_name} không còn tồn tại vào ngày này` : ''}.`,
            }
          : null,
      awardees: awardees.map(
        ({ ruleSetId: _r, receivedOn: _d, initiatives: _i, ...awardee }) => awardee,
      ),
    };
  }

  /**
   * The unit that proposed the decision: where the reviewers who accepted the dossiers at this level
   * work, named as it was that day (e.g. "Phòng Nội vụ huyện Cẩm Mỹ").
   */
  /**
   * The base salary of the signing date in the data in effect, provided every bonus of the decision
   * is what it gives (a step published or corrected after signing would not be): null otherwise.
   */
  private async baseSalary(
    signedOn: string,
    ruleSet: RuleSet,
    awardees: readonly { coefficientThousandths: number; bonusVnd: number }[],
  ): Promise<number | null> {
    const base = baseSalaryOn(signedOn, await this.legalData.salaries()).vnd;
    const consistent = awardees.every(
      (awardee) =>
        awardee.coefficientThousandths === 0 ||
        roundedBonus(base, awardee.coefficientThousandths, ruleSet.bonusRounding.toNearestVnd) ===
          awardee.bonusVnd,
    );
    return consistent ? base : null;
  }

  private async proposer(decisionId: string, level: string): Promise<string | null> {
    const [row] = await this.dataSource.query<{ name: string }[]>(
      `SELECT unit_name_on(u.unit_id, (e.occurred_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date) AS name
         FROM decision_awardees a
         JOIN dossier_events e ON e.dossier_id = a.dossier_id AND e.type = 'review.accepted' AND e.level = $2
         JOIN users u ON u.id = e.actor_id
        WHERE a.decision_id = $1 AND u.unit_id IS NOT NULL
        ORDER BY e.occurred_at DESC LIMIT 1`,
      [decisionId, level],
    );
    return row?.name ?? null;
  }
}
