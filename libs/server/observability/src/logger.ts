import pino, { type Logger } from 'pino';

/** A JSON logger for one process; every line carries the service name so that merged logs stay readable. */
export function createLogger(service: string, level: string): Logger {
  return pino({
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
      ],
      censor: '***',
    },
  });
}
