import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type AuthenticatedUser, type Permission, ROLE_PERMISSIONS, ROLES } from '@tdkt/contracts';
import type { LogInResult, TokenPair } from '@tdkt/server-feature-identity';
import { type DisplayNames, unitName } from '../../http/display-names';

export class TokenPairDto {
  @ApiProperty({ description: 'JWT to send as `Authorization: Bearer <token>`' })
  accessToken!: string;

  @ApiProperty({ enum: ['Bearer'] })
  tokenType!: 'Bearer';

  @ApiProperty({ example: 900, description: 'Seconds the access token lives' })
  expiresIn!: number;

  @ApiProperty({
    description: 'Use once at POST /api/v1/auth/refresh; a second use ends the session',
  })
  refreshToken!: string;

  @ApiProperty({ example: 604800 })
  refreshExpiresIn!: number;

  static from(tokens: TokenPair): TokenPairDto {
    return { ...tokens };
  }
}

export class GrantDto {
  @ApiProperty({ enum: ROLES })
  role!: string;

  @ApiProperty({
    format: 'uuid',
    description: 'The unit the role is held on; it covers its subtree',
  })
  unitId!: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'UBND huyện Cẩm Mỹ' })
  unitName!: string | null;

  @ApiProperty({ type: [String], example: ['dossier:create', 'dossier:read'] })
  permissions!: Permission[];
}

export class MeDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  username!: string;

  @ApiProperty()
  fullName!: string;

  @ApiProperty({ format: 'uuid', description: 'Đơn vị công tác' })
  unitId!: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Tên đơn vị công tác' })
  unitName!: string | null;

  @ApiProperty({ type: [GrantDto] })
  grants!: GrantDto[];

  /** The units whose names a person's profile shows. */
  static unitsOf(user: AuthenticatedUser): string[] {
    return [user.unitId, ...user.grants.map((grant) => grant.unitId)];
  }

  static from(user: AuthenticatedUser, names: DisplayNames): MeDto {
    return {
      id: user.id,
      username: user.username,
      fullName: user.fullName,
      unitId: user.unitId,
      unitName: unitName(names, user.unitId),
      grants: user.grants.map((grant) => ({
        role: grant.role,
        unitId: grant.unitId,
        unitName: unitName(names, grant.unitId),
        permissions: [...ROLE_PERMISSIONS[grant.role]],
      })),
    };
  }
}

export class LogInResponseDto extends TokenPairDto {
  @ApiProperty({ type: MeDto })
  user!: MeDto;

  static fromResult(result: LogInResult, names: DisplayNames): LogInResponseDto {
    return { ...TokenPairDto.from(result.tokens), user: MeDto.from(result.user, names) };
  }
}

/** What the browser's sign-in and refresh answer: the refresh token travels only in its cookie. */
export class WebSessionDto {
  @ApiProperty({ description: 'JWT to send as `Authorization: Bearer <token>`; kept in memory' })
  accessToken!: string;

  @ApiProperty({ enum: ['Bearer'] })
  tokenType!: 'Bearer';

  @ApiProperty({ example: 900, description: 'Seconds the access token lives' })
  expiresIn!: number;

  @ApiProperty({ type: MeDto })
  user!: MeDto;

  static from(tokens: TokenPair, user: MeDto): WebSessionDto {
    return {
      accessToken: tokens.accessToken,
      tokenType: tokens.tokenType,
      expiresIn: tokens.expiresIn,
      user,
    };
  }
}

export class DemoAccountDto {
  @ApiProperty({ example: 'demo.officer.thlg' }) username!: string;
  @ApiProperty({ enum: ROLES }) role!: string;
  @ApiProperty({ example: 'Cán bộ thi đua — Trường Tiểu học Long Giao' }) fullName!: string;
}

/** How people may sign in here. */
export class AuthOptionsDto {
  @ApiProperty({ description: 'Single sign-on (OpenID Connect) is configured' })
  sso!: boolean;

  @ApiProperty({
    type: [DemoAccountDto],
    description:
      'The demo accounts to try each role with, when `npm start` created them (DEMO_ACCOUNTS_ON_SIGN_IN); empty otherwise. Their password is printed by npm start, never served.',
  })
  demoAccounts!: DemoAccountDto[];
}
