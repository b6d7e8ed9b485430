import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, type DossierWorkflowInput, type RoleGrant } from '@tdkt/contracts';
import {
  formatLegalRef,
  missedCutoff,
  type AwardCode,
  type MissedCutoff,
  type RuleSet,
} from '@tdkt/domain';
import { ServerConfig } from '@tdkt/server-config';
import type { DossierEntity } from '@tdkt/server-database';
import type { DataSource } from 'typeorm';
import { planDossierRoute, type UnitOnPath } from '../route/dossier-route';
import { ruleSetForSubmissions, rulesDate } from '../rules-date';

/** Deeper than any real organisation tree; stops the walk should a cycle ever slip in. */
const MAX_DEPTH = 32;

/**
 * Everything a dossier workflow starts with, fixed at submission: the rule set in force that day (or
 * on RULES_AS_OF when replaying a past period) with the deployment's provincial profile
 * (RULES_PROFILE), the route up the organisation tree as it stands, the time limits. Later changes of
 * law or of the tree do not move a dossier already on its way. A submission after the profile's
 * cut-off for the dossier's award year is refused (SUBMISSION_DEADLINE_PASSED).
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
    const ruleSet = ruleSetForSubmissions(this.config);
    const awardCode = dossier.awardCode as AwardCode;
    const chain = await this.unitChain(dossier.proposingUnitId);
    const route = planDossierRoute(ruleSet, awardCode, chain);
    const initiatives = await this.citedInitiatives(dossier);
    const proposing = chain[0];
    if (proposing === undefined) throw new Error(`unit ${dossier.proposingUnitId} vanished`);
    const missed = missedCutoff(ruleSet, {
      awardCode,
      awardYear: dossier.year,
      unitLevel: proposing.level,
      submittedOn: rulesDate(this.config),
    });
    if (missed !== null) throw deadlinePassed(missed, ruleSet.id);
    return {
      dossierId: dossier.id,
      code: dossier.code,
      year: dossier.year,
      awardCode,
      awardName: ruleSet.awards[awardCode].name,
      ruleSetId: ruleSet.id,
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
    };
  }

  /** The rule set a submission gets today and the administrative level the unit proposes at. */
  async submissionContext(
    proposingUnitId: string,
    awardCode: AwardCode,
  ): Promise<{ ruleSet: RuleSet; proposingLevel: string }> {
    const ruleSet = ruleSetForSubmissions(this.config);
    const route = planDossierRoute(ruleSet, awardCode, await this.unitChain(proposingUnitId));
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

  /** The unit and its ancestors, nearest first (a merged unit continues in the unit it joined). */
  private async unitChain(unitId: string): Promise<UnitOnPath[]> {
    const rows = await this.dataSource.query<
      { id: string; name: string; level: string; external_endpoint_url: string | null }[]
    >(
      `WITH RECURSIVE up(id, depth) AS (
         SELECT id, 0 FROM units WHERE id = $1
         UNION ALL
         SELECT COALESCE(u.merged_into_id, u.parent_id), up.depth + 1
           FROM up JOIN units u ON u.id = up.id
          WHERE COALESCE(u.merged_into_id, u.parent_id) IS NOT NULL AND up.depth < ${MAX_DEPTH}
       )
       SELECT u.id, u.name, u.level, u.external_endpoint_url FROM up JOIN units u ON u.id = up.id ORDER BY up.depth`,
      [unitId],
    );
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      level: row.level,
      externalEndpointUrl: row.external_endpoint_url,
    }));
  }
}

/** 422 naming the cut-off the submission missed, its deadline and where the deadline comes from. */
function deadlinePassed(missed: MissedCutoff, ruleSetId: string): AppError {
  const { cutoff, deadline, submittedOn } = missed;
  const [year, month, day] = deadline.split('-');
  const source = {
    vi:
      formatLegalRef(cutoff.legalRef, 'vi') +
      (cutoff.legalRef.note ? ` (${cutoff.legalRef.note})` : ''),
    en:
      formatLegalRef(cutoff.legalRef, 'en') +
      (cutoff.legalRef.note ? ` (${cutoff.legalRef.note})` : ''),
  };
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
