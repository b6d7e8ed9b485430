import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DOCUMENTS, ruleSetInForce, vietnamDateOfEpochMillis } from '@tdkt/domain';
import { AwardsQueryDto } from './dtos/rules-queries.dto';
import { RequirePermission } from '../auth/access.decorators';

@ApiTags('rules')
@Controller('api/v1/awards')
export class AwardsController {
  @Get()
  @RequirePermission('rules:read')
  @ApiOperation({
    summary: 'The award catalog in force on a day (danh mục danh hiệu, hình thức khen thưởng)',
  })
  @ApiOkResponse({
    description:
      'The rule set in force and its awards: deciding levels, ballots, documents, bonuses, legal references',
  })
  list(@Query() query: AwardsQueryDto) {
    const asOf = query.asOf ?? vietnamDateOfEpochMillis(Date.now());
    const ruleSet = ruleSetInForce(asOf, query.profile);
    return {
      asOf,
      ruleSet: {
        id: ruleSet.id,
        effectiveFrom: ruleSet.effectiveFrom,
        effectiveTo: ruleSet.effectiveTo,
        legalBasis: ruleSet.legalBasis,
        levels: ruleSet.levels,
      },
      awards: Object.values(ruleSet.awards).map((award) => ({
        ...award,
        documents: award.documents.map((code) => DOCUMENTS[code]),
      })),
    };
  }
}
