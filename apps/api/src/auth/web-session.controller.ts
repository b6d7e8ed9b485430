import { Body, Controller, HttpCode, HttpStatus, Post, Req, Res, UseGuards } from '@nestjs/common';
import {
  ApiHeader,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { AppError } from '@tdkt/contracts';
import {
  AuthenticateUseCase,
  LogInUseCase,
  LogOutUseCase,
  NameDirectory,
  RefreshSessionUseCase,
  type TokenPair,
} from '@tdkt/server-feature-identity';
import type { Request, Response } from 'express';
import { displayNamesFor } from '../http/display-names';
import { Public } from './access.decorators';
import { ClientIp, RequestId } from './current-user.decorator';
import { LogInDto } from './dtos/log-in.dto';
import { MeDto, WebSessionDto } from './dtos/token-pair.dto';
import {
  assertSameSiteRequest,
  clearRefreshCookie,
  refreshTokenFrom,
  setRefreshCookie,
  WEB_CLIENT_HEADER,
  WEB_CLIENT_VALUE,
} from './web-session-cookie';

const WEB_CLIENT = {
  name: WEB_CLIENT_HEADER,
  required: true,
  description: `Must be \`${WEB_CLIENT_VALUE}\`: the browser session routes refuse requests another site could make`,
};

/**
 * The web app's session: the same sign-in, refresh and sign-out as /api/v1/auth, but the refresh token
 * lives in an HttpOnly, SameSite=Strict cookie scoped to these routes, and only the short-lived access
 * token reaches the page (which keeps it in memory). See docs/web.md.
 */
@ApiTags('auth')
@Controller('api/v1/auth/web')
export class WebSessionController {
  constructor(
    private readonly logIn: LogInUseCase,
    private readonly refreshSession: RefreshSessionUseCase,
    private readonly logOut: LogOutUseCase,
    private readonly authenticate: AuthenticateUseCase,
    private readonly names: NameDirectory,
  ) {}

  @Post('login')
  @Public()
  @UseGuards(ThrottlerGuard)
  @HttpCode(HttpStatus.OK)
  @ApiHeader(WEB_CLIENT)
  @ApiOperation({
    summary: 'Sign in from the web app: the refresh token is set as an HttpOnly cookie',
    description: 'Rate-limited per client address like POST /api/v1/auth/login.',
  })
  @ApiOkResponse({ type: WebSessionDto })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts from this address' })
  async login(
    @Body() body: LogInDto,
    @RequestId() requestId: string | null,
    @ClientIp() clientIp: string | null,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<WebSessionDto> {
    assertSameSiteRequest(request);
    const result = await this.logIn.execute({ ...body, requestId, clientIp });
    return this.answer(request, response, result.tokens);
  }

  @Post('refresh')
  @Public()
  @HttpCode(HttpStatus.OK)
  @ApiHeader(WEB_CLIENT)
  @ApiOperation({
    summary: "Renew the web app's access token from its cookie (rotating the refresh token)",
    description:
      'Answers 204 when there is no session to renew (no cookie, or one that expired or was revoked), so that the app shows its sign-in page. Not rate-limited like log-in: it needs a valid 256-bit refresh token, and the app calls it on every page load.',
  })
  @ApiOkResponse({ type: WebSessionDto })
  @ApiNoContentResponse({ description: 'No session: sign in' })
  async refresh(
    @RequestId() requestId: string | null,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<WebSessionDto | undefined> {
    assertSameSiteRequest(request);
    const refreshToken = refreshTokenFrom(request);
    let tokens: TokenPair | undefined;
    if (refreshToken !== undefined) {
      try {
        tokens = await this.refreshSession.execute({ refreshToken, requestId });
      } catch (error) {
        // An expired, revoked or reused refresh token (401): there is no session to renew.
        if (!(error instanceof AppError) || error.status !== 401) throw error;
      }
    }
    if (tokens === undefined) {
      clearRefreshCookie(request, response);
      response.status(HttpStatus.NO_CONTENT);
      return undefined;
    }
    return this.answer(request, response, tokens);
  }

  @Post('logout')
  @Public()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiHeader(WEB_CLIENT)
  @ApiOperation({
    summary: "Sign out of the web app: ends the cookie's session and clears the cookie",
  })
  @ApiNoContentResponse()
  async logout(
    @RequestId() requestId: string | null,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    assertSameSiteRequest(request);
    const refreshToken = refreshTokenFrom(request);
    if (refreshToken !== undefined) await this.logOut.execute({ refreshToken, requestId });
    clearRefreshCookie(request, response);
  }

  private async answer(
    request: Request,
    response: Response,
    tokens: TokenPair,
  ): Promise<WebSessionDto> {
    const user = await this.authenticate.execute(tokens.accessToken);
    setRefreshCookie(request, response, tokens);
    const names = await displayNamesFor(this.names, { units: MeDto.unitsOf(user) });
    return WebSessionDto.from(tokens, MeDto.from(user, names));
  }
}
