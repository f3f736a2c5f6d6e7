import pino, { type DestinationStream, type Logger } from 'pino';

/** Paths whose values are personal information or secrets; pino writes "[redacted]" instead. */
export const REDACTED_PATHS = [
  'password', '*.password', '*.*.password',
  'idNumber', '*.idNumber', '*.*.idNumber',
  'phone', '*.phone', '*.*.phone',
  'token', '*.token',
  'authorization', '*.authorization', 'req.headers.authorization', 'headers.authorization',
  'variables', '*.variables',
];

/**
 * Keys pino itself writes on every line. A domain field with one of these names would be written a second
 * time in the same JSON object, and log shippers keep the last one (a division's `level: "GROUP"` read as the
 * log level), so such fields are renamed with a leading underscore.
 */
export const RESERVED_LOG_KEYS = ['level', 'time', 'msg', 'pid', 'hostname', 'service'] as const;

/** Renames the reserved keys of a log call's fields (`level` → `_level`) so they cannot shadow pino's own. */
export function guardReservedKeys(fields: Record<string, unknown>): Record<string, unknown> {
  if (!RESERVED_LOG_KEYS.some((k) => Object.prototype.hasOwnProperty.call(fields, k))) return fields;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    out[(RESERVED_LOG_KEYS as readonly string[]).includes(key) ? `_${key}` : key] = value;
  }
  return out;
}

/** JSON logger for a service; variables and credentials never reach the log. Tests may pass a destination. */
export function createLogger(service: string, level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { log: guardReservedKeys },
  };
  return destination ? pino(options, destination) : pino(options);
}

export type { Logger };
