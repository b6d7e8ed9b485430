import { Body, Controller, Headers, HttpCode, HttpStatus, Param, Post, Req } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AppError } from '@tdkt/contracts';
import { ServerConfig } from '@tdkt/server-config';
import {
  RecordExternalOutcomeUseCase,
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
  verifySignature,
} from '@tdkt/server-feature-dossier';
import type { Request } from 'express';
import { Public } from '../auth/access.decorators';
import { RequestId } from '../auth/current-user.decorator';
import { ExternalOutcomeDto } from './external-outcome.dto';

/** Callbacks from other systems (a province running its own software), authenticated by HMAC signature. */
@ApiTags('integrations')
@Controller('api/v1/integrations')
export class IntegrationsController {
  constructor(
    private readonly config: ServerConfig,
    private readonly recordOutcome: RecordExternalOutcomeUseCase,
  ) {}

  @Post('dossiers/:code/outcome')
  @HttpCode(HttpStatus.ACCEPTED)
  @Public()
  @ApiOperation({
    summary: 'The outcome of a dossier forwarded to another system',
    description: `Signed like outgoing requests: header ${SIGNATURE_HEADER} = sha256=HMAC-SHA256(INTEGRATION_HMAC_SECRET, "<${TIMESTAMP_HEADER}>.<dossier code>.<raw body>"), at most 5 minutes old.`,
  })
  @ApiHeader({ name: SIGNATURE_HEADER, required: true })
  @ApiHeader({ name: TIMESTAMP_HEADER, required: true })
  async outcome(
    @Param('code') code: string,
    @Body() body: ExternalOutcomeDto,
    @Headers(SIGNATURE_HEADER) signature: string | undefined,
    @Headers(TIMESTAMP_HEADER) timestamp: string | undefined,
    @Req() request: Request & { rawBody?: Buffer },
    @RequestId() requestId: string | null,
  ): Promise<{ accepted: true }> {
    const secret = this.config.INTEGRATION_HMAC_SECRET;
    const raw = request.rawBody?.toString('utf8') ?? '';
    if (!secret || !verifySignature(secret, timestamp, code, raw, signature))
      throw new AppError('INVALID_SIGNATURE');
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
