import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppError,
  type DossierWorkflowInput,
  type RoleGrant,
  type SubmissionWarning,
} from '@tdkt/contracts';
import {
  awardNameUnder,
  awardOf,
  formatLegalRef,
  missedCutoffs,
  type AwardCode,
  type MissedCutoff,
  type RuleSet,
} from '@tdkt/domain';
import { ServerConfig } from '@tdkt/server-config';
import type { DossierEntity } from '@tdkt/server-database';
import type { DataSource } from 'typeorm';
import { planDossierRoute } from '../route/dossier-route';
import { loadUnitChain } from '../route/unit-chain';
import { ruleSetForSubmissions, rulesDate } from '../rules-date';

/**
 * Everything a dossier workflow starts with, fixed at submission: the rule set in force that day (or
 * on RULES_AS_OF when replaying a past period) with the deployment's provincial profile
 * (RULES_PROFILE), the route up the organisation tree as it stands, the time limits. Later changes of
 * law or of the tree do not move a dossier already on its way. A submission after a confirmed
 * cut-off of the profile that binds the dossier (its award year, award, deciding level and proposing
 * unit) is refused (SUBMISSION_DEADLINE_PASSED); after an unconfirmed one it goes ahead with a
 * warning on the dossier, because an unchecked value never refuses a citizen's dossier.
 */
@Injectable()
export class DossierWorkflowInputBuilder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: ServerConfig,
  ) {}

  async build(
    dossier: DossierEntity,
    submission: {
      submittedBy: string | null;
      submittedAs: RoleGrant | null;
      requestId: string | null;
    },
  ): Promise<DossierWorkflowInput> {
    const now = Date.now();
    const ruleSet = ruleSetForSubmissions(this.config, dossier.year);
    const awardCode = dossier.awardCode as AwardCode;
    const chain = await loadUnitChain(this.dataSource, dossier.proposingUnitId);
    const route = planDossierRoute(ruleSet, awardCode, chain);
    const initiatives = await this.citedInitiatives(dossier);
    const proposing = chain[0];
    if (proposing === undefined) throw new Error(`unit ${dossier.proposingUnitId} vanished`);
    const missed = missedCutoffs(ruleSet, {
      awardCode,
      awardYear: dossier.year,
      unitLevel: proposing.level,
      decidingLevel: route.approvalPath.at(-1)?.level ?? route.proposingLevel,
      submittedOn: rulesDate(this.config, dossier.year),
    });
    const binding = missed.find((cutoff) => cutoff.cutoff.confirmed);
    if (binding !== undefined) throw deadlinePassed(binding, ruleSet.id);
    const submissionWarnings = missed.map((cutoff) => unconfirmedCutoffWarning(cutoff, ruleSet.id));
    return {
      dossierId: dossier.id,
      code: dossier.code,
      year: dossier.year,
      awardCode,
      // Named after the deciding People's Committee as it is called today (e.g. Thành phố Đồng Nai).
      awardName: awardNameUnder(
        awardOf(ruleSet, awardCode),
        route.approvalPath.at(-1)?.unitName ?? proposing.name,
      ),
      ruleSetId: ruleSet.id,
      track: route.track,
      proposingUnit: { id: proposing.id, name: proposing.name, level: route.proposingLevel },
      approvalPath: route.approvalPath,
      authorId: dossier.authorId,
      nominee: dossier.nominee,
      achievementsSummary: dossier.achievementsSummary,
      council: route.council,
      pendingInitiatives: initiatives
        .filter((initiative) => initiative.status === 'RECEIVED')
        .map((initiative) => ({ id: initiative.id, title: initiative.title })),
      initiativeAuthorIds: [...new Set(initiatives.flatMap((initiative) => initiative.author_ids))],
      disclosure:
        this.config.DISCLOSURE_HELD_OUTSIDE === 'true'
          ? { ...route.disclosure, required: false }
          : route.disclosure,
      timeLimits: route.timeLimits,
      submittedAt: new Date(now).toISOString(),
      submittedBy: submission.submittedBy,
      submittedAs: submission.submittedAs,
      requestId: submission.requestId,
      ...(submissionWarnings.length > 0 ? { submissionWarnings } : {}),
    };
  }

  /** The rule set a submission gets today and the administrative level the unit proposes at. */
  async submissionContext(
    proposingUnitId: string,
    awardCode: AwardCode,
    awardYear: number,
  ): Promise<{ ruleSet: RuleSet; proposingLevel: string }> {
    const ruleSet = ruleSetForSubmissions(this.config, awardYear);
    const chain = await loadUnitChain(this.dataSource, proposingUnitId);
    const route = planDossierRoute(ruleSet, awardCode, chain);
    return { ruleSet, proposingLevel: route.proposingLevel };
  }

  /**
   * The initiatives the dossier cites: those not yet recognised make it wait, and their authors may
   * not vote on it. A refused one cannot back the award.
   */
  private async citedInitiatives(dossier: DossierEntity) {
    const rows = await this.dataSource.query<
      { id: string; title: string; status: string; author_ids: string[] }[]
    >(
      `SELECT id, title, status, author_ids FROM initiatives
        WHERE id::text IN (SELECT jsonb_array_elements_text($1::jsonb)) ORDER BY title`,
      [JSON.stringify(dossier.initiativeIds)],
    );
    const refused = rows.find((row) => row.status === 'REFUSED');
    if (refused !== undefined)
      throw new AppError('INITIATIVE_REFUSED', [
        {
          field: 'initiativeIds',
          rule: 'recognised',
          message: { vi: `Sáng kiến “${refused.title}”.`, en: `Initiative “${refused.title}”.` },
        },
      ]);
    return rows;
  }
}

function cutoffSource(cutoff: MissedCutoff['cutoff']) {
  return {
    vi:
      formatLegalRef(cutoff.legalRef, 'vi') +
      (cutoff.legalRef.note ? ` (${cutoff.legalRef.note})` : ''),
    en:
      formatLegalRef(cutoff.legalRef, 'en') +
      (cutoff.legalRef.note ? ` (${cutoff.legalRef.note})` : ''),
  };
}

/** The warning a submission carries past an unconfirmed cut-off: accepted, for a reviewer to weigh. */
function unconfirmedCutoffWarning(missed: MissedCutoff, ruleSetId: string): SubmissionWarning {
  const { cutoff, deadline, submittedOn } = missed;
  const [year, month, day] = deadline.split('-');
  const source = cutoffSource(cutoff);
  return {
    rule: `submission-cutoff:${cutoff.id}`,
    message: {
      vi: `Nộp sau hạn "${cutoff.name.vi}" năm ${year} (ngày ${day}/${month}/${year}; ngày nộp ${submittedOn}). Hạn này chưa được xác nhận nên hồ sơ vẫn được tiếp nhận (bộ quy tắc ${ruleSetId}; căn cứ: ${source.vi}).`,
      en: `Submitted after "${cutoff.name.en}" for ${year} (${deadline}; submitted ${submittedOn}). The cut-off is unconfirmed, so the dossier is accepted (rule set ${ruleSetId}; source: ${source.en}).`,
    },
  };
}

/** 422 naming the cut-off the submission missed, its deadline and where the deadline comes from. */
function deadlinePassed(missed: MissedCutoff, ruleSetId: string): AppError {
  const { cutoff, deadline, submittedOn } = missed;
  const [year, month, day] = deadline.split('-');
  const source = cutoffSource(cutoff);
  const message = {
    vi: `Đã quá hạn nộp hồ sơ "${cutoff.name.vi}" của năm ${year}: hạn cuối ngày ${day}/${month}/${year}, ngày nộp ${submittedOn} (bộ quy tắc ${ruleSetId}; căn cứ: ${source.vi}).`,
    en: `The submission deadline "${cutoff.name.en}" for ${year} has passed: the last day was ${deadline}, the submission is dated ${submittedOn} (rule set ${ruleSetId}; source: ${source.en}).`,
  };
  return new AppError(
    'SUBMISSION_DEADLINE_PASSED',
    [{ field: 'year', rule: `submission-cutoff:${cutoff.id}`, message }],
    message,
  );
}
