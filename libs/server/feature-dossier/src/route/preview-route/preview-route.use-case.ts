import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, type ApprovalStep } from '@tdkt/contracts';
import { isAwardCode, type DossierTrack, type IsoDate } from '@tdkt/domain';
import { ServerConfig } from '@tdkt/server-config';
import type { DataSource } from 'typeorm';
import { ruleSetForSubmissions, rulesDate } from '../../rules-date';
import { planDossierRoute } from '../dossier-route';
import { loadUnitChain } from '../unit-chain';

/** Where a dossier of a unit for an award would go if submitted today, before it is. */
export interface DossierRoutePreview {
  /** The date whose rules apply (today, or RULES_AS_OF when replaying a past period). */
  rulesDate: IsoDate;
  ruleSetId: string;
  /** The proposing unit's administrative level, as the eligibility rules take it. */
  proposingLevel: string;
  /** The track the award puts the dossier on, and whether the simplified procedure applies. */
  track: DossierTrack;
  simplified: boolean;
  approvalPath: ApprovalStep[];
}

/**
 * The route a submission would pin now, for the new-dossier form: who reviews and decides, and the
 * rule set and level an eligibility pre-check must use to agree with what submission will do.
 */
@Injectable()
export class PreviewDossierRouteUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: ServerConfig,
  ) {}

  async execute(query: {
    proposingUnitId: string;
    awardCode: string;
    year?: number;
  }): Promise<DossierRoutePreview> {
    if (!isAwardCode(query.awardCode)) {
      throw new AppError('VALIDATION_FAILED', [
        {
          field: 'awardCode',
          rule: 'known-award-code',
          message: {
            vi: 'Mã danh hiệu/hình thức khen thưởng không tồn tại.',
            en: 'Not a known award code.',
          },
        },
      ]);
    }
    const ruleSet = ruleSetForSubmissions(this.config, query.year);
    const chain = await loadUnitChain(this.dataSource, query.proposingUnitId);
    const route = planDossierRoute(ruleSet, query.awardCode, chain);
    return {
      rulesDate: rulesDate(this.config, query.year),
      ruleSetId: ruleSet.id,
      proposingLevel: route.proposingLevel,
      track: route.track,
      simplified: route.simplified,
      approvalPath: route.approvalPath,
    };
  }
}
