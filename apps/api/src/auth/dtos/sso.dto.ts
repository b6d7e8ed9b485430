import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { Optional } from '../../http/optional';

export class SsoLoginQueryDto {
  @ApiPropertyOptional({
    description: 'Passed to the provider as login_hint (a username or e-mail)',
  })
  @Optional()
  @IsString()
  @MaxLength(200)
  loginHint?: string;
}

/** What an OpenID Connect provider sends back to the callback (RFC 6749 §4.1.2, RFC 9207). */
export class SsoCallbackQueryDto {
  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @MaxLength(2048)
  code?: string;

  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @MaxLength(128)
  state?: string;

  @ApiPropertyOptional({ description: 'The issuer that answered (RFC 9207)' })
  @Optional()
  @IsString()
  @MaxLength(2048)
  iss?: string;

  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @MaxLength(256)
  error?: string;

  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @MaxLength(2048)
  error_description?: string;

  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @MaxLength(2048)
  session_state?: string;
}
