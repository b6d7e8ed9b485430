import { Controller, Get, HttpStatus, Query, Redirect, Req, Res, UseGuards } from '@nestjs/common';
import {
  ApiFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiSeeOtherResponse,
  ApiTags,
} from '@nestjs/swagger';
import { AppError } from '@tdkt/contracts';
import { ThrottlerGuard } from '@nestjs/throttler';
import {
  CompleteSsoUseCase,
  type LogInResult,
  NameDirectory,
  StartSsoUseCase,
} from '@tdkt/server-feature-identity';
import type { Request, Response } from 'express';
import { displayNamesFor } from '../http/display-names';
import { Public } from './access.decorators';
import { ClientIp, RequestId } from './current-user.decorator';
import { SsoCallbackQueryDto, SsoLoginQueryDto } from './dtos/sso.dto';
import { LogInResponseDto, MeDto } from './dtos/token-pair.dto';
import { setRefreshCookie } from './web-session-cookie';

@ApiTags('auth')
@Controller('api/v1/auth/sso')
export class SsoController {
  constructor(
    private readonly startSso: StartSsoUseCase,
    private readonly completeSso: CompleteSsoUseCase,
    private readonly names: NameDirectory,
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
  @ApiSeeOtherResponse({
    description:
      'A browser (asking for HTML) is sent to the web app with its session cookie set, or to the sign-in page with `?sso=failed`',
  })
  async callback(
    @Query() query: SsoCallbackQueryDto,
    @RequestId() requestId: string | null,
    @ClientIp() clientIp: string | null,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<LogInResponseDto | undefined> {
    const browser = request.accepts(['json', 'html']) === 'html';
    let result: LogInResult;
    try {
      result = await this.completeSso.execute({ ...query, requestId, clientIp });
    } catch (error) {
      if (!browser || !(error instanceof AppError)) throw error;
      response.redirect(HttpStatus.SEE_OTHER, '/sign-in?sso=failed');
      return undefined;
    }
    if (browser) {
      // The web app picks the session up from the cookie on its first page load.
      setRefreshCookie(request, response, result.tokens);
      response.redirect(HttpStatus.SEE_OTHER, '/');
      return undefined;
    }
    const names = await displayNamesFor(this.names, { units: MeDto.unitsOf(result.user) });
    return LogInResponseDto.fromResult(result, names);
  }
}
