import { PROVINCIAL_PROFILES } from '@tdkt/domain';
import { registerDecorator, type ValidationOptions } from 'class-validator';

/** A postgres:// or postgresql:// URL with a host and a database name. */
export function IsPostgresUrl(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isPostgresUrl',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message:
          'must be a PostgreSQL connection URL such as postgres://user:password@host:5432/database',
        ...options,
      },
      validator: {
        validate(value: unknown) {
          if (typeof value !== 'string') return false;
          try {
            const url = new URL(value);
            return (
              (url.protocol === 'postgres:' || url.protocol === 'postgresql:') &&
              url.hostname !== '' &&
              url.pathname.length > 1
            );
          } catch {
            return false;
          }
        },
      },
    });
}

/** host:port, as Temporal's gRPC frontend address is written. */
export function IsHostPort(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isHostPort',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: 'must be host:port, e.g. 127.0.0.1:7233', ...options },
      validator: {
        validate(value: unknown) {
          if (typeof value !== 'string') return false;
          const match = /^([A-Za-z0-9.-]+|\[[0-9a-fA-F:]+\]):(\d{1,5})$/.exec(value);
          return match !== null && Number(match[2]) > 0 && Number(match[2]) < 65536;
        },
      },
    });
}

/** The id of a provincial profile released in libs/domain (e.g. `DN` for Đồng Nai). */
export function IsKnownRulesProfile(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isKnownRulesProfile',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message: `must be a provincial profile the engine knows: ${Object.keys(PROVINCIAL_PROFILES).join(', ')}`,
        ...options,
      },
      validator: {
        validate(value: unknown) {
          return typeof value === 'string' && Object.hasOwn(PROVINCIAL_PROFILES, value);
        },
      },
    });
}
