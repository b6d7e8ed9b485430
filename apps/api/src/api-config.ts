import { IsInt, IsOptional, IsString, IsUrl, Max, Min } from 'class-validator';
import { ServerConfig } from '@tdkt/server-config';

/** The API's settings: the shared server settings plus where it listens. */
export class ApiConfig extends ServerConfig {
  @IsString()
  API_HOST: string = '127.0.0.1';

  @IsInt()
  @Min(1)
  @Max(65535)
  API_PORT: number = 3000;

  /** The URL people use to reach the API, when a proxy sits in front; printed and used in links. */
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true })
  API_PUBLIC_URL?: string;

  /** Largest JSON body accepted, in kilobytes. */
  @IsInt()
  @Min(16)
  @Max(10_240)
  API_JSON_LIMIT_KB: number = 512;
}
