import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, type DecisionDocuments } from '@tdkt/contracts';
import { getRuleSet } from '@tdkt/domain';
import type { DataSource } from 'typeorm';
import { storeRenderedDocuments } from '../documents/store-document';
import { certificateDocument, decisionDocument, type DecisionFacts } from './decision-documents';

/**
 * Renders a decision as DOCX and PDF and a certificate per awardee as PDF, and stores them with their
 * SHA-256. Each document is stored once (by key), so a retry after a crash finishes what is missing.
 */
@Injectable()
export class RenderDecisionDocumentsUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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
        title: string;
        level: string;
        issuer_unit_id: string;
        issuer_name: string;
        signer_name: string;
      }[]
    >(
      `SELECT d.number, to_char(d.signed_on, 'YYYY-MM-DD') AS signed_on, d.title, d.level, d.issuer_unit_id,
              u.name AS issuer_name, s.full_name AS signer_name
         FROM decisions d JOIN units u ON u.id = d.issuer_unit_id JOIN users s ON s.id = d.signed_by
        WHERE d.id = $1`,
      [decisionId],
    );
    if (decision === undefined) throw new AppError('DECISION_NOT_FOUND');
    const awardees = await this.dataSource.query<
      (DecisionFacts['awardees'][number] & { ruleSetId: string; dossierId: string })[]
    >(
      `SELECT a.position, a.dossier_id AS "dossierId", a.nominee_name AS "nomineeName", a.nominee_kind AS "nomineeKind",
              a.nominee_title AS "nomineeTitle", a.unit_name AS "unitName", a.award_code AS "awardCode",
              a.award_name AS "awardName", a.coefficient_thousandths AS "coefficientThousandths",
              a.bonus_vnd::int AS "bonusVnd", d.achievements_summary AS "achievementsSummary",
              d.rule_set_id AS "ruleSetId"
         FROM decision_awardees a JOIN dossiers d ON d.id = a.dossier_id
        WHERE a.decision_id = $1 ORDER BY a.position`,
      [decisionId],
    );
    const meetings = await this.dataSource.query<{ held_on: string }[]>(
      `SELECT DISTINCT to_char(m.scheduled_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') AS held_on
         FROM council_agenda_items i JOIN council_meetings m ON m.id = i.meeting_id
         JOIN decision_awardees a ON a.dossier_id = i.dossier_id
        WHERE a.decision_id = $1 AND i.passed ORDER BY held_on`,
      [decisionId],
    );
    const ruleSetId = awardees[0]?.ruleSetId ?? 'VN-2024';
    const level = getRuleSet(ruleSetId).levels.find((candidate) => candidate.id === decision.level);
    return {
      issuerUnitId: decision.issuer_unit_id,
      number: decision.number,
      signedOn: decision.signed_on,
      title: decision.title,
      issuerName: decision.issuer_name,
      signerName: decision.signer_name,
      ruleSetId,
      councilMeetingDates: meetings.map((meeting) => meeting.held_on),
      proposedBy: level?.emulationBody.vi ?? 'cơ quan thường trực Hội đồng Thi đua - Khen thưởng',
      awardees,
    };
  }
}
