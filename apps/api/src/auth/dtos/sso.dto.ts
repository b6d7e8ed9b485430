import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class SsoLoginQueryDto {
  @ApiPropertyOptional({
    description: 'Passed to the provider as login_hint (a username or e-mail)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  loginHint?: string;
}

/** What an OpenID Connect provider sends back to the callback (RFC 6749 §4.1.2, RFC 9207). */
export class SsoCallbackQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2048)
  code?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(128)
  state?: string;

  @ApiPropertyOptional({ description: 'The issuer that answered (RFC 9207)' })
  @IsOptional()
  @IsString()
  @MaxLength(2048)
  iss?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(256)
  error?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2048)
  error_description?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2048)
  session_state?: string;
}
