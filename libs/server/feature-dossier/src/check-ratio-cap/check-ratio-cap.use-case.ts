import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DossierStage } from '@tdkt/contracts';
import { checkRatioCap, type AwardCode, type RatioCapCheck } from '@tdkt/domain';
import { ServerConfig } from '@tdkt/server-config';
import type { DataSource } from 'typeorm';
import { ruleSetForSubmissions } from '../rules-date';

export interface RatioCapQuery {
  unitId: string;
  year: number;
  awardCode: string;
  /** What the cap is a share of (e.g. the unit's Advanced Worker title holders that year), as the unit states it. */
  base: number;
}

export interface RatioCapReport extends RatioCapCheck {
  unitId: string;
  year: number;
  /** Drafts for the award and year not submitted yet: what `proposed` would become. */
  drafts: number;
}

/** Dossiers that count against a cap: submitted and not refused, withdrawn or failed. */
const NOT_COUNTED: readonly string[] = [
  DossierStage.DRAFT,
  DossierStage.WITHDRAWN,
  DossierStage.REJECTED,
  DossierStage.NOT_APPROVED,
];

/**
 * Where a unit stands against the ratio cap the deployment's rules put on an award (a provincial
 * profile's `ratioCaps`, e.g. Đồng Nai's CSTĐCS ≤ 15 % of the unit's LĐTT holders): its dossiers for
 * the award and year that are submitted and still standing, against the cap of the stated base. The
 * engine does not know the base (title holders are decided outside it), so this reports; submission
 * does not enforce it.
 */
@Injectable()
export class CheckRatioCapUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: ServerConfig,
  ) {}

  async execute(query: RatioCapQuery): Promise<RatioCapReport> {
    const ruleSet = ruleSetForSubmissions(this.config, query.year);
    const [counts] = await this.dataSource.query<{ proposed: number; drafts: number }[]>(
      `SELECT count(*) FILTER (WHERE stage <> ALL($4::text[]))::int AS proposed,
              count(*) FILTER (WHERE stage = $5)::int AS drafts
         FROM dossiers WHERE proposing_unit_id = $1 AND year = $2 AND award_code = $3`,
      [query.unitId, query.year, query.awardCode, NOT_COUNTED, DossierStage.DRAFT],
    );
    const check = checkRatioCap(ruleSet, query.awardCode as AwardCode, {
      base: query.base,
      proposed: counts?.proposed ?? 0,
    });
    return { ...check, unitId: query.unitId, year: query.year, drafts: counts?.drafts ?? 0 };
  }
}
