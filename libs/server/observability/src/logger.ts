import pino, { type Logger } from 'pino';

/**
 * A JSON logger for one process; every line carries the service name so that merged logs stay readable.
 * A failed query's parameters (TypeORM's QueryFailedError keeps them) never reach the log: they hold
 * what people typed, password hashes included.
 */
export function createLogger(
  service: string,
  level: string,
  destination?: pino.DestinationStream,
): Logger {
  return pino(
    {
      level,
      base: { service },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: {
        paths: [
          'req.headers.authorization',
          'req.headers.cookie',
          '*.password',
          '*.passwordHash',
          '*.refreshToken',
          'err.parameters',
          'err.cause.parameters',
          'err.driverError.parameters',
        ],
        censor: '***',
      },
    },
    destination,
  );
}
