import { ApiProperty } from '@nestjs/swagger';
import { type AuthenticatedUser, type Permission, ROLE_PERMISSIONS, ROLES } from '@tdkt/contracts';
import type { LogInResult, TokenPair } from '@tdkt/server-feature-identity';

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

  @ApiProperty({ type: [GrantDto] })
  grants!: GrantDto[];

  static from(user: AuthenticatedUser): MeDto {
    return {
      id: user.id,
      username: user.username,
      fullName: user.fullName,
      unitId: user.unitId,
      grants: user.grants.map((grant) => ({
        role: grant.role,
        unitId: grant.unitId,
        permissions: [...ROLE_PERMISSIONS[grant.role]],
      })),
    };
  }
}

export class LogInResponseDto extends TokenPairDto {
  @ApiProperty({ type: MeDto })
  user!: MeDto;

  static fromResult(result: LogInResult): LogInResponseDto {
    return { ...TokenPairDto.from(result.tokens), user: MeDto.from(result.user) };
  }
}
