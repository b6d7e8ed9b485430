import { IsInt, IsString, Max, Min } from 'class-validator';
import { ServerConfig } from '@tdkt/server-config';

/** The API's settings: the shared server settings plus where it listens. */
export class ApiConfig extends ServerConfig {
  @IsString()
  API_HOST: string = '127.0.0.1';

  @IsInt()
  @Min(1)
  @Max(65535)
  API_PORT: number = 3000;

  /** Largest JSON body accepted, in kilobytes. */
  @IsInt()
  @Min(16)
  @Max(10_240)
  API_JSON_LIMIT_KB: number = 512;
}
