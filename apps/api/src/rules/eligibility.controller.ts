import { Body, Controller, Get, HttpCode, HttpStatus, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { evaluateEligibility, type EligibilityInput } from '@tdkt/domain';
import { ServerConfig } from '@tdkt/server-config';
import { CheckRatioCapUseCase } from '@tdkt/server-feature-dossier';
import { EligibilityRequestDto } from './dtos/eligibility-request.dto';
import { RatioCapQueryDto } from './dtos/rules-queries.dto';
import { EligibilityResultDto } from './dtos/rules-responses.dto';
import { RequirePermission, UnitScope } from '../auth/access.decorators';
import { unitFrom } from '../auth/scoped-resource';

@ApiTags('rules')
@Controller('api/v1/eligibility')
export class EligibilityController {
  constructor(
    private readonly config: ServerConfig,
    private readonly ratioCap: CheckRatioCapUseCase,
  ) {}

  @Post('evaluate')
  @RequirePermission('rules:read')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary:
      'Is a nominee eligible for an award, and if not, why (every failed rule, with its article)?',
    description:
      "Under the rule set in force on `asOf` with the deployment's provincial profile (RULES_PROFILE), unless `ruleSetId` pins one.",
  })
  @ApiOkResponse({
    type: EligibilityResultDto,
    description:
      'eligible, rule set, deciding level, council threshold, documents, reasons (why not), notes (what a reviewer should know: judged routes, unconfirmed rules, priority areas, a more favourable rule under a transition)',
  })
  evaluate(@Body() body: EligibilityRequestDto): EligibilityResultDto {
    // The domain validates the nominee's record itself and names every bad field.
    return evaluateEligibility({
      ...(body as unknown as EligibilityInput),
      profileId: this.config.RULES_PROFILE,
    });
  }

  @Get('ratio-cap')
  @RequirePermission('dossier:read')
  @UnitScope(unitFrom.query('unitId'))
  @ApiOperation({
    summary:
      "A unit's dossiers for an award and year against the province's ratio cap on it (e.g. CSTĐCS ≤ 15 % of LĐTT)",
    description:
      'Reports, does not enforce: `base` is what the cap is a share of (e.g. the unit’s Advanced Worker title holders), which the engine does not hold. `cap` is null when the rules put none on the award.',
  })
  ratioCapOf(@Query() query: RatioCapQueryDto) {
    return this.ratioCap.execute(query);
  }
}
