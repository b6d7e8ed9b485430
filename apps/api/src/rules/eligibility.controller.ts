import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { evaluateEligibility, type EligibilityInput } from '@tdkt/domain';
import { EligibilityRequestDto } from './dtos/eligibility-request.dto';
import { RequirePermission } from '../auth/access.decorators';

@ApiTags('rules')
@Controller('api/v1/eligibility')
export class EligibilityController {
  @Post('evaluate')
  @RequirePermission('rules:read')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary:
      'Is a nominee eligible for an award, and if not, why (every failed rule, with its article)?',
  })
  @ApiOkResponse({
    description: 'eligible, rule set, deciding level, council threshold, documents, reasons',
  })
  evaluate(@Body() body: EligibilityRequestDto) {
    // The domain validates the nominee's record itself and names every bad field.
    return evaluateEligibility(body as unknown as EligibilityInput);
  }
}
