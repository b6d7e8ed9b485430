import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { ConfigError } from './config-error';

/**
 * Reads environment variables into a config class once, validates it with class-validator and fails
 * fast with a ConfigError naming each bad variable. Defaults come from the class's initialisers;
 * declare every field with its type (`PORT: number = 3000`) so that numbers are converted;
 * variables the class does not declare are ignored.
 */
export function loadConfig<T extends object>(
  configClass: new () => T,
  env: NodeJS.ProcessEnv = process.env,
): T {
  const setVariables = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const config = plainToInstance(configClass, setVariables, {
    enableImplicitConversion: true,
    exposeDefaultValues: true,
  });
  const errors = validateSync(config, { whitelist: true });
  if (errors.length > 0) {
    throw new ConfigError(errors.map((error) => describe(error, env)));
  }
  return config;
}

function describe(error: ValidationError, env: NodeJS.ProcessEnv): string {
  const rules = Object.values(error.constraints ?? {}).join('; ');
  const raw = env[error.property];
  const shown =
    raw === undefined || raw === ''
      ? 'not set'
      : `got ${JSON.stringify(redact(error.property, raw))}`;
  return `${error.property}: ${rules} (${shown})`;
}

/** Keeps secrets out of boot errors and logs: passwords in URLs and variables named like secrets. */
export function redact(name: string, value: string): string {
  if (/SECRET|PASSWORD|TOKEN|API_KEY/i.test(name)) return '***';
  return value.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@');
}
