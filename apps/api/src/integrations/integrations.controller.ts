import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  RecordExternalOutcomeUseCase,
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
} from '@tdkt/server-feature-dossier';
import { Signed } from '../auth/access.decorators';
import { RequestId } from '../auth/current-user.decorator';
import { ExternalOutcomeDto } from './dtos/external-outcome.dto';
import { SignedCallbackGuard } from './signed-callback.guard';

/** Callbacks from other systems (a province running its own software), authenticated by HMAC signature. */
@ApiTags('integrations')
@Controller('api/v1/integrations')
export class IntegrationsController {
  constructor(private readonly recordOutcome: RecordExternalOutcomeUseCase) {}

  @Post('dossiers/:code/outcome')
  @HttpCode(HttpStatus.ACCEPTED)
  @Signed(SignedCallbackGuard)
  @ApiOperation({
    summary: 'The outcome of a dossier forwarded to another system',
    description: `Signed like outgoing requests: header ${SIGNATURE_HEADER} = sha256=HMAC-SHA256(INTEGRATION_HMAC_SECRET, "<${TIMESTAMP_HEADER}>.<dossier code>.<raw body>"), at most 5 minutes old.`,
  })
  @ApiHeader({ name: SIGNATURE_HEADER, required: true })
  @ApiHeader({ name: TIMESTAMP_HEADER, required: true })
  async outcome(
    @Param('code') code: string,
    @Body() body: ExternalOutcomeDto,
    @RequestId() requestId: string | null,
  ): Promise<{ accepted: true }> {
    await this.recordOutcome.execute(
      code,
      {
        ...body,
        reason: body.reason ?? null,
        decisionNumber: body.decisionNumber ?? null,
        decidedOn: body.decidedOn ?? null,
      },
      requestId,
    );
    return { accepted: true };
  }
}
