import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, assertSeparationOfDuties } from '@tdkt/contracts';
import {
  awardNameUnder,
  awardOf,
  baseSalaryOn,
  bonusAmount,
  getRuleSet,
  type AwardCode,
  type NomineeKind,
} from '@tdkt/domain';
import { documentDate } from '@tdkt/server-feature-dossier';
import { EffectiveLegalData } from '@tdkt/server-feature-legal-data';
import type { DataSource } from 'typeorm';
import { legalBases } from '../../documents/legal-bases';
import { vietnameseLongDate } from '../../documents/vietnamese-format';
import { decisionTitle } from '../decision-title';

/** What a decision would say if the leader signed it now: the leader reads it before signing. */
export interface DecisionPreview {
  issuerUnitId: string;
  issuerName: string;
  /** Today in Vietnam: the date the decision would carry. */
  signedOn: string;
  title: string;
  /** The "Căn cứ …" lines, the council minutes included. */
  legalBases: string[];
  baseSalaryVnd: number;
  awardees: {
    dossierId: string;
    code: string;
    position: number;
    nomineeName: string;
    nomineeKind: NomineeKind;
    nomineeTitle: string | null;
    unitName: string;
    awardCode: string;
    awardName: string;
    coefficientThousandths: number;
    bonusVnd: number;
  }[];
  totalBonusVnd: number;
}

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
  author_id: string | null;
  submitted_by: string | null;
  decided: boolean;
  initiatives: number;
}

/**
 * The decision a batch would become, without numbering or storing anything: title, legal bases,
 * the annex of awardees with each bonus on today's base salary. Refuses what signing would refuse
 * (a dossier not awaiting this unit's decision, already decided, or authored by the signer), so that
 * the leader learns it before signing.
 */
@Injectable()
export class PreviewDecisionUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly legalData: EffectiveLegalData,
  ) {}

  async execute(request: {
    issuerUnitId: string;
    dossierIds: string[];
    signerId: string;
  }): Promise<DecisionPreview> {
    const signedOn = documentDate();
    const salaries = await this.legalData.salaries();
    const dossiers = await this.dataSource.query<DossierRow[]>(
      `SELECT d.id, d.code, d.stage, d.current_unit_id, d.award_code, d.rule_set_id, d.year, d.nominee,
              unit_name_on(d.proposing_unit_id, $2::date) AS unit_name, d.author_id, d.submitted_by,
              EXISTS (SELECT 1 FROM decision_awardees a WHERE a.dossier_id = d.id) AS decided,
              jsonb_array_length(d.initiative_ids) AS initiatives
         FROM dossiers d WHERE d.id = ANY($1::uuid[])
        ORDER BY array_position($1::uuid[], d.id)`,
      [request.dossierIds, signedOn],
    );
    if (dossiers.length !== new Set(request.dossierIds).size)
      throw new AppError('DOSSIER_NOT_FOUND');
    for (const dossier of dossiers) {
      const field = {
        field: 'dossierIds',
        rule: 'awaitingDecision',
        message: {
          vi: `Hồ sơ ${dossier.code} không ở bước chờ quyết định của đơn vị này.`,
          en: `Dossier ${dossier.code} is not awaiting this unit's decision.`,
        },
      };
      if (dossier.decided) throw new AppError('DOSSIER_ALREADY_DECIDED', [field]);
      if (dossier.stage !== 'DECISION_PENDING' || dossier.current_unit_id !== request.issuerUnitId)
        throw new AppError('DOSSIER_NOT_AWAITING_DECISION', [field]);
      for (const author of [dossier.author_id, dossier.submitted_by])
        assertSeparationOfDuties({
          actorId: request.signerId,
          action: 'decide',
          dossierAuthorId: author,
        });
    }
    const [issuer] = await this.dataSource.query<{ name: string }[]>(
      `SELECT unit_name_on(id, $2::date) AS name FROM units WHERE id = $1`,
      [request.issuerUnitId, signedOn],
    );
    if (issuer === undefined) throw new AppError('UNIT_NOT_FOUND');
    const meetings = await this.dataSource.query<{ held_on: string }[]>(
      `SELECT DISTINCT to_char(m.scheduled_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') AS held_on
         FROM council_agenda_items i JOIN council_meetings m ON m.id = i.meeting_id
        WHERE i.dossier_id = ANY($1::uuid[]) AND i.passed ORDER BY held_on`,
      [request.dossierIds],
    );
    const ruleSet = getRuleSet(dossiers[0]?.rule_set_id ?? 'VN-2024');
    const awardees = dossiers.map((dossier, index) => {
      const awardCode = dossier.award_code as AwardCode;
      const award = awardOf(getRuleSet(dossier.rule_set_id), awardCode);
      return {
        dossierId: dossier.id,
        code: dossier.code,
        position: index + 1,
        nomineeName: dossier.nominee.name,
        nomineeKind: dossier.nominee.kind,
        nomineeTitle: dossier.nominee.position ?? null,
        unitName: dossier.unit_name,
        awardCode,
        awardName: awardNameUnder(award, issuer.name).vi,
        coefficientThousandths: award.bonus[dossier.nominee.kind]?.thousandths ?? 0,
        bonusVnd: bonusAmount(
          awardCode,
          dossier.nominee.kind,
          signedOn,
          dossier.rule_set_id,
          salaries,
        ),
      };
    });
    return {
      issuerUnitId: request.issuerUnitId,
      issuerName: issuer.name,
      signedOn,
      title: decisionTitle(
        dossiers.map((dossier) => ({
          awardCode: dossier.award_code,
          ruleSetId: dossier.rule_set_id,
        })),
        dossiers[0]?.year ?? Number(signedOn.slice(0, 4)),
        issuer.name,
      ),
      legalBases: [
        ...legalBases(ruleSet, {
          citesInitiatives: dossiers.some((dossier) => dossier.initiatives > 0),
        }),
        ...meetings.map(
          (meeting) =>
            `Căn cứ Biên bản họp Hội đồng Thi đua - Khen thưởng ${vietnameseLongDate(meeting.held_on)};`,
        ),
      ],
      baseSalaryVnd: baseSalaryOn(signedOn, salaries).vnd,
      awardees,
      totalBonusVnd: awardees.reduce((sum, awardee) => sum + awardee.bonusVnd, 0),
    };
  }
}
