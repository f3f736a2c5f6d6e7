import path from 'node:path';
import { createLogger, createRateLimiter, runService, type RunningService, type ServiceDefinition } from '@shanzhi/kit';
import type { OrganizationsConfig } from './config';
import { Account } from './entities/account.entity';
import { Division } from './entities/division.entity';
import { buildOrganizationsSchema } from './schema';
import { seedOrganizationsDemo } from './seed/demo-seed';
import { LoginService } from './services/login.service';
import { loadTokenIssuer, prepareSigningKey } from './services/signing-key';

/** Entities of this service's database (the kit adds the outbox and inbox tables). */
export const ORGANIZATIONS_ENTITIES = [Division, Account];

/** Committed migrations: `src/migrations` under Jest (TypeScript), `dist/migrations` when built. */
export const ORGANIZATIONS_MIGRATIONS_PATH = path.join(__dirname, 'migrations');

/** The organizations service as the kit runs it: divisions, accounts and sign-in. */
export function organizationsService(config: OrganizationsConfig): ServiceDefinition {
  const log = createLogger(config.SERVICE_NAME, config.LOG_LEVEL);
  const limiter = createRateLimiter({
    onError: (err) => log.warn({ err }, 'rate limit store unavailable; allowing the attempt'),
    redisUrl: config.REDIS_URL,
    prefix: `${config.SERVICE_NAME}:login`,
    limit: config.LOGIN_RATE_LIMIT,
    windowMs: config.LOGIN_RATE_WINDOW_SECONDS * 1000,
  });
  const login = new LoginService({
    policy: { maxFailures: config.LOGIN_MAX_FAILURES, lockMs: config.LOGIN_LOCK_MINUTES * 60_000 },
    limiter,
    loadIssuer: () => loadTokenIssuer(config),
  });
  return {
    entities: ORGANIZATIONS_ENTITIES,
    migrationsPath: ORGANIZATIONS_MIGRATIONS_PATH,
    buildSchema: () => buildOrganizationsSchema({ login }),
    beforeStart: async ({ orm, log }) => {
      await login.ready();
      if (!config.DEMO_SEED) return;
      const seeded = await seedOrganizationsDemo(orm.em.fork());
      log.info({ event: 'demo_seed', ...(seeded ?? { skipped: true }) }, seeded ? 'demo county seeded' : 'demo county already present');
    },
    // Lets the gateway and the other services verify sign-in tokens with AUTH_JWKS_URL pointing here.
    routes: (app) => {
      app.get('/.well-known/jwks.json', async (_req, res) => {
        res.setHeader('cache-control', 'public, max-age=300');
        res.json(await login.publicJwks());
      });
    },
    closers: [() => limiter.close()],
  };
}

/** Starts the service: makes sure the signing key exists (the demo generates it), then runs it. */
export async function startOrganizations(config: OrganizationsConfig): Promise<RunningService> {
  await prepareSigningKey(config);
  return runService(config, organizationsService(config));
}
