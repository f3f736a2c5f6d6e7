import pino, { type Logger } from 'pino';

/** Paths whose values are personal information or secrets; pino writes "[redacted]" instead. */
export const REDACTED_PATHS = [
  'password', '*.password', '*.*.password',
  'idNumber', '*.idNumber', '*.*.idNumber',
  'phone', '*.phone', '*.*.phone',
  'token', '*.token',
  'authorization', '*.authorization', 'req.headers.authorization', 'headers.authorization',
  'variables', '*.variables',
];

/** JSON logger for a service; variables and credentials never reach the log. */
export function createLogger(service: string, level: string): Logger {
  return pino({
    level,
    base: { service },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
  });
}

export type { Logger };
