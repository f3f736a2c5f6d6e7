import { z } from 'zod';

/** Settings every service and the gateway share. Each process extends this schema with its own. */
export const baseConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  SERVICE_NAME: z.string().min(1),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Verifies every bearer token: either a JWKS URL (an OIDC provider) or a local key file (embedded mode). */
  AUTH_JWKS_URL: z.string().url().optional(),
  AUTH_KEY_FILE: z.string().min(1).optional(),
  AUTH_ISSUER: z.string().min(1).default('shanzhi'),
  AUTH_AUDIENCE: z.string().min(1).default('shanzhi-api'),
  /** Shared caches and rate limits; without it they stay in this process. */
  REDIS_URL: z.string().url().optional(),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().positive().default(10000),
  /** How old the token revocation list may get before a verification reloads it (revocation.ts); at most 30. */
  REVOCATION_POLL_SECONDS: z.coerce.number().positive().max(30).default(30),
  /**
   * Shared by the gateway and the subgraphs: the gateway sends it with every subgraph call, and a subgraph
   * believes the forwarded client address only on a call that carries it. Without it, subgraphs use the
   * socket address and ignore x-forwarded-for.
   */
  GATEWAY_SHARED_SECRET: z.string().min(32, 'at least 32 characters').optional(),
});

/** Settings of a service that owns a database and exchanges events. */
export const serviceConfigSchema = baseConfigSchema.extend({
  DATABASE_URL: z.string().url(),
  DATABASE_POOL_MAX: z.coerce.number().int().positive().default(10),
  /** Comma-separated Kafka brokers; without them events travel over the embedded PostgreSQL bus. */
  KAFKA_BROKERS: z
    .string()
    .optional()
    .transform((v) => (v ? v.split(',').map((b) => b.trim()).filter(Boolean) : undefined)),
  EVENT_BUS_URL: z.string().url().optional(),
  /**
   * Appended to every consumer group of the service. Test runs sharing one Kafka set a unique suffix so
   * their consumers do not split one group's partitions; production leaves it empty.
   */
  CONSUMER_GROUP_SUFFIX: z.string().regex(/^[\w.-]*$/, 'letters, digits, ".", "_" or "-" only').default(''),
  /**
   * Prepended to every topic (publish and subscribe). Platforms sharing one Kafka (test runs, a staging
   * platform) set a unique one so they never see or replay each other's events; production leaves it empty.
   */
  KAFKA_TOPIC_PREFIX: z.string().regex(/^[\w.-]*$/, 'letters, digits, ".", "_" or "-" only').default(''),
  /** Data folder of the embedded mode (generated keys live here). */
  DATA_DIR: z.string().default('.data'),
});

export type BaseConfig = z.infer<typeof baseConfigSchema>;

/** `true`/`false`/`1`/`0` from the environment (default false); anything else is a configuration error. */
export const flag = z
  .enum(['true', 'false', '1', '0'])
  .default('false')
  .transform((v) => v === 'true' || v === '1');

/** Every process verifies tokens: with a JWKS URL (an OIDC provider) or a local key file (embedded mode). */
export function tokenSourceRule(c: Pick<BaseConfig, 'AUTH_JWKS_URL' | 'AUTH_KEY_FILE'>, ctx: z.RefinementCtx): void {
  if (!c.AUTH_JWKS_URL && !c.AUTH_KEY_FILE) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['AUTH_JWKS_URL'], message: 'set AUTH_JWKS_URL or AUTH_KEY_FILE: tokens cannot be verified without one' });
  }
}

/**
 * Rules across settings that every service shares: a token source and an event transport. Checked when
 * the configuration is parsed, so a process missing one exits before it touches its database.
 */
export function serviceRules(c: Pick<ServiceConfig, 'AUTH_JWKS_URL' | 'AUTH_KEY_FILE' | 'KAFKA_BROKERS' | 'EVENT_BUS_URL'>, ctx: z.RefinementCtx): void {
  tokenSourceRule(c, ctx);
  if (!c.KAFKA_BROKERS?.length && !c.EVENT_BUS_URL) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['KAFKA_BROKERS'], message: 'set KAFKA_BROKERS or EVENT_BUS_URL: events need a transport' });
  }
}
export type ServiceConfig = z.infer<typeof serviceConfigSchema>;

/** Raised for an invalid configuration; names every offending setting. */
export class ConfigError extends Error {
  constructor(readonly issues: { setting: string; message: string }[]) {
    super(`Invalid configuration: ${issues.map((i) => `${i.setting}: ${i.message}`).join('; ')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment once against a schema; throws ConfigError naming each bad setting. */
export function parseConfig<S extends z.ZodTypeAny>(schema: S, env: Record<string, string | undefined>): z.infer<S> {
  const result = schema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((i) => ({ setting: i.path.join('.') || '(root)', message: i.message })),
    );
  }
  return result.data;
}

/** Start-up variant of parseConfig: prints what is wrong and exits, so a bad deploy fails loudly and early. */
export function loadConfig<S extends z.ZodTypeAny>(schema: S, env: Record<string, string | undefined> = process.env): z.infer<S> {
  try {
    return parseConfig(schema, env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw err;
  }
}
