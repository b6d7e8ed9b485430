import { Body, Controller, Get, HttpCode, HttpStatus, Post, UseGuards } from '@nestjs/common';
import {
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { AuthenticatedUser } from '@tdkt/contracts';
import {
  LogInUseCase,
  LogOutUseCase,
  NameDirectory,
  RefreshSessionUseCase,
} from '@tdkt/server-feature-identity';
import { DEMO_ACCOUNTS } from '@tdkt/server-seed';
import { ApiConfig } from '../api-config';
import { displayNamesFor } from '../http/display-names';
import { Authenticated, Public } from './access.decorators';
import { ClientIp, CurrentUser, RequestId } from './current-user.decorator';
import { LogInDto, RefreshTokenDto } from './dtos/log-in.dto';
import { AuthOptionsDto, LogInResponseDto, MeDto, TokenPairDto } from './dtos/token-pair.dto';
import { identityOptionsFrom } from './identity-options';

@ApiTags('auth')
@Controller('api/v1/auth')
export class AuthController {
  constructor(
    private readonly logIn: LogInUseCase,
    private readonly refreshSession: RefreshSessionUseCase,
    private readonly logOut: LogOutUseCase,
    private readonly names: NameDirectory,
    private readonly config: ApiConfig,
  ) {}

  @Get('options')
  @Public()
  @ApiOperation({ summary: 'How people may sign in here (e.g. whether single sign-on is on)' })
  @ApiOkResponse({ type: AuthOptionsDto })
  options(): AuthOptionsDto {
    return {
      sso: identityOptionsFrom(this.config).oidc !== undefined,
      demoAccounts:
        this.config.DEMO_ACCOUNTS_ON_SIGN_IN === 'true'
          ? DEMO_ACCOUNTS.map(({ username, role, fullName }) => ({ username, role, fullName }))
          : [],
    };
  }

  @Post('login')
  @Public()
  @UseGuards(ThrottlerGuard)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Sign in with a username and password (đăng nhập)',
    description:
      'Answers a short-lived access token and a refresh token. Repeated failures lock the account for a while; requests are rate-limited per client address.',
  })
  @ApiOkResponse({ type: LogInResponseDto })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts from this address' })
  async login(
    @Body() body: LogInDto,
    @RequestId() requestId: string | null,
    @ClientIp() clientIp: string | null,
  ): Promise<LogInResponseDto> {
    const result = await this.logIn.execute({ ...body, requestId, clientIp });
    const names = await displayNamesFor(this.names, { units: MeDto.unitsOf(result.user) });
    return LogInResponseDto.fromResult(result, names);
  }

  @Post('refresh')
  @Public()
  @UseGuards(ThrottlerGuard)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Exchange a refresh token for new tokens',
    description:
      'Each refresh token works once. Presenting one a second time ends the whole session.',
  })
  @ApiOkResponse({ type: TokenPairDto })
  async refresh(
    @Body() body: RefreshTokenDto,
    @RequestId() requestId: string | null,
  ): Promise<TokenPairDto> {
    return TokenPairDto.from(
      await this.refreshSession.execute({ refreshToken: body.refreshToken, requestId }),
    );
  }

  @Post('logout')
  @Public()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({
    summary: 'Sign out (đăng xuất): end the session of a refresh token',
    description: "The session's access tokens stop working too. Always 204.",
  })
  @ApiNoContentResponse()
  async logout(
    @Body() body: RefreshTokenDto,
    @RequestId() requestId: string | null,
  ): Promise<void> {
    await this.logOut.execute({ refreshToken: body.refreshToken, requestId });
  }

  @Get('me')
  @Authenticated()
  @ApiOperation({ summary: 'Who I am: my unit, my roles and what they allow' })
  @ApiOkResponse({ type: MeDto })
  async me(@CurrentUser() user: AuthenticatedUser): Promise<MeDto> {
    return MeDto.from(user, await displayNamesFor(this.names, { units: MeDto.unitsOf(user) }));
  }
}
