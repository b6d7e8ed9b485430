import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DOCUMENTS, ruleSetInForce } from '@tdkt/domain';
import { ServerConfig } from '@tdkt/server-config';
import { rulesDate } from '@tdkt/server-feature-dossier';
import { AwardsQueryDto } from './dtos/rules-queries.dto';
import { AwardCatalogDto } from './dtos/rules-responses.dto';
import { RequirePermission } from '../auth/access.decorators';

@ApiTags('rules')
@Controller('api/v1/awards')
export class AwardsController {
  constructor(private readonly config: ServerConfig) {}

  @Get()
  @RequirePermission('rules:read')
  @ApiOperation({
    summary: 'The award catalog in force on a day (danh mục danh hiệu, hình thức khen thưởng)',
  })
  @ApiOkResponse({
    type: AwardCatalogDto,
    description:
      "The rule set in force (with the deployment's provincial profile unless `profile` names another) and its awards: deciding levels, ballots, documents, bonuses, legal references; the profile's cut-offs and ratio caps",
  })
  list(@Query() query: AwardsQueryDto): AwardCatalogDto {
    // Without a day: the rules new submissions get (today, or RULES_AS_OF when replaying a period).
    const asOf = query.asOf ?? rulesDate(this.config);
    const ruleSet = ruleSetInForce(asOf, query.profile ?? this.config.RULES_PROFILE);
    return {
      asOf,
      ruleSet: {
        id: ruleSet.id,
        profileId: ruleSet.profileId,
        effectiveFrom: ruleSet.effectiveFrom,
        effectiveTo: ruleSet.effectiveTo,
        legalBasis: ruleSet.legalBasis,
        levels: ruleSet.levels,
        timeLimits: ruleSet.timeLimits,
        publicDisclosure: ruleSet.publicDisclosure,
        quorum: ruleSet.quorum,
        councilBallot: ruleSet.councilBallot,
        registration: ruleSet.registration,
        submissionCutoffs: ruleSet.submissionCutoffs,
        ratioCaps: ruleSet.ratioCaps,
        transition: ruleSet.transition,
        priorityAreas: ruleSet.priorityAreas,
        simplifiedProcedure: ruleSet.simplifiedProcedure,
        unconfirmed: ruleSet.unconfirmed,
      },
      awards: Object.values(ruleSet.awards).map((award) => ({
        ...award,
        track: award.track ?? 'periodic',
        documents: award.documents.map((code) => DOCUMENTS[code]),
      })),
    };
  }
}
