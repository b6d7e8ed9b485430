import { Controller, Get, Query, Redirect, UseGuards } from '@nestjs/common';
import { ApiFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { CompleteSsoUseCase, StartSsoUseCase } from '@tdkt/server-feature-identity';
import { Public } from './access.decorators';
import { ClientIp, RequestId } from './current-user.decorator';
import { SsoCallbackQueryDto, SsoLoginQueryDto } from './dtos/sso.dto';
import { LogInResponseDto } from './dtos/token-pair.dto';

@ApiTags('auth')
@Controller('api/v1/auth/sso')
export class SsoController {
  constructor(
    private readonly startSso: StartSsoUseCase,
    private readonly completeSso: CompleteSsoUseCase,
  ) {}

  @Get('login')
  @Public()
  @UseGuards(ThrottlerGuard)
  @Redirect()
  @ApiOperation({
    summary: 'Start single sign-on (OpenID Connect): redirects to the provider',
    description: '404 SSO_NOT_CONFIGURED unless OIDC_ISSUER_URL and its companions are set.',
  })
  @ApiFoundResponse({ description: "Redirect to the provider's sign-in page" })
  async login(@Query() query: SsoLoginQueryDto): Promise<{ url: string }> {
    return { url: await this.startSso.execute({ loginHint: query.loginHint }) };
  }

  @Get('callback')
  @Public()
  @UseGuards(ThrottlerGuard)
  @ApiOperation({
    summary: 'Where the provider sends the browser back; answers the same tokens as log-in',
  })
  @ApiOkResponse({ type: LogInResponseDto })
  async callback(
    @Query() query: SsoCallbackQueryDto,
    @RequestId() requestId: string | null,
    @ClientIp() clientIp: string | null,
  ): Promise<LogInResponseDto> {
    return LogInResponseDto.fromResult(
      await this.completeSso.execute({ ...query, requestId, clientIp }),
    );
  }
}
