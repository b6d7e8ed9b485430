import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { getRuleSet, isInForce, RULE_SETS } from '@tdkt/domain';
import { ServerConfig } from '@tdkt/server-config';
import { rulesDate } from '@tdkt/server-feature-dossier';
import { RequirePermission } from '../auth/access.decorators';
import { RuleSetListDto, type RuleSetSummaryDto } from './dtos/rule-sets.dto';

@ApiTags('rules')
@Controller('api/v1/rule-sets')
export class RuleSetsController {
  constructor(private readonly config: ServerConfig) {}

  @Get()
  @RequirePermission('rules:read')
  @ApiOperation({
    summary:
      'The rule sets the engine knows, by date, with their legal bases and what is still unconfirmed',
    description:
      "With the deployment's provincial profile applied. `inForce` marks the rules new submissions get (today, or RULES_AS_OF when replaying a period).",
  })
  @ApiOkResponse({ type: RuleSetListDto })
  list(): RuleSetListDto {
    const asOf = rulesDate(this.config);
    const profile = this.config.RULES_PROFILE;
    const items = Object.values(RULE_SETS).map((base): RuleSetSummaryDto => {
      const ruleSet = profile === undefined ? base : getRuleSet(`${base.id}+${profile}`);
      return {
        id: ruleSet.id,
        name: ruleSet.name,
        effectiveFrom: ruleSet.effectiveFrom,
        effectiveTo: ruleSet.effectiveTo,
        inForce: isInForce(ruleSet, asOf),
        legalBasis: ruleSet.legalBasis.map((instrument) => ({
          id: instrument.id,
          number: instrument.number,
          title: instrument.title,
          issuedOn: instrument.issuedOn,
          effectiveFrom: instrument.effectiveFrom ?? null,
          note: instrument.note ?? null,
        })),
        awards: Object.keys(ruleSet.awards).length,
        unconfirmed: ruleSet.unconfirmed.map((item) => ({
          path: item.path,
          note: item.note,
          configurableVia: item.configurableVia,
        })),
        transition: ruleSet.transition
          ? {
              previous: ruleSet.transition.previous,
              receivedBefore: ruleSet.transition.receivedBefore,
              legalRef: ruleSet.transition.legalRef,
              confirmed: ruleSet.transition.confirmed,
            }
          : null,
      };
    });
    return { asOf, profile: profile ?? null, items: items.reverse() };
  }
}
