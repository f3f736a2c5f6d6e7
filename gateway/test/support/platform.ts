import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureSigningKey } from '@shanzhi/auth';
import { loadRegistry, parseConfig, repoRoot, urlSetting, type RunningService, type ServiceModule } from '@shanzhi/kit';
import { createTestDatabase, dropTestTopics, postGraphQL, type GqlResponse } from '@shanzhi/kit/testing';
import { gatewayConfigSchema, startGateway } from '../../src';

export type { GqlResponse } from '@shanzhi/kit/testing';

/** The whole platform in this process: every subgraph of the registry on its own database and the gateway, demo data seeded. */
export interface Platform {
  url: string;
  /** Which event transport the services use. */
  transport: 'kafka' | 'postgres';
  /** The signing key file every process verifies tokens with. */
  keyFile: string;
  /** The running subgraphs by registry name. */
  services: Record<string, RunningService>;
  /** The gateway's `<NAME>_URL` settings that reach them. */
  subgraphUrls: Record<string, string>;
  gateway: { url: string; stop(): Promise<void> };
  stop(): Promise<void>;
}

/** The service module of a registry entry (the default export of its `src/service.ts`). */
export function serviceModule(dir: string): ServiceModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the registry names the services at run time
  return (require(path.join(repoRoot(__dirname), dir, 'src', 'service')) as { default: ServiceModule }).default;
}

/**
 * Starts the demo platform on fresh databases. With TEST_KAFKA_BROKERS and TEST_REDIS_URL set (as
 * `npm test` does) events travel over Kafka and rate limits live in Redis, the production paths;
 * otherwise over the embedded PostgreSQL bus.
 */
export async function startPlatform(gatewayEnv: Record<string, string> = {}): Promise<Platform> {
  const registry = loadRegistry(repoRoot(__dirname));
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shanzhi-e2e-'));
  const keyFile = await ensureSigningKey(dataDir);
  const busDb = await createTestDatabase('e2e_bus');
  const dbs = await Promise.all(registry.map((s) => createTestDatabase(`e2e_${s.name.replace(/\W/g, '')}`)));
  const run = randomUUID();
  const events = process.env.TEST_KAFKA_BROKERS
    ? // Topics and consumer groups of this platform alone: no other run's events are seen or replayed.
      { KAFKA_BROKERS: process.env.TEST_KAFKA_BROKERS, CONSUMER_GROUP_SUFFIX: `.e2e-${run}`, KAFKA_TOPIC_PREFIX: `e2e-${run}.` }
    : { EVENT_BUS_URL: busDb.url };
  const redis = process.env.TEST_REDIS_URL ? { REDIS_URL: process.env.TEST_REDIS_URL } : {};
  const common = { PORT: '0', LOG_LEVEL: 'silent', AUTH_KEY_FILE: keyFile, DATA_DIR: dataDir, DEMO_SEED: 'true', ...events, ...redis };
  const running = await Promise.all(
    registry.map((s, i) => {
      const module = serviceModule(s.dir);
      return module.start(parseConfig(module.configSchema, { ...common, SERVICE_NAME: s.name, DATABASE_URL: dbs[i]!.url }));
    }),
  );
  const services = Object.fromEntries(registry.map((s, i) => [s.name, running[i]!]));
  const subgraphUrls = Object.fromEntries(registry.map((s, i) => [urlSetting(s.name), running[i]!.url]));
  const gateway = await startGateway(
    parseConfig(gatewayConfigSchema, { PORT: '0', LOG_LEVEL: 'silent', AUTH_KEY_FILE: keyFile, SUBGRAPH_TIMEOUT_MS: '3000', ...subgraphUrls, ...gatewayEnv }),
  );
  let stopped = false;
  return {
    url: gateway.url,
    transport: running[0]!.transport.kind,
    keyFile,
    services,
    subgraphUrls,
    gateway,
    async stop() {
      if (stopped) return;
      stopped = true;
      await gateway.stop();
      await Promise.allSettled(running.map((r) => r.stop()));
      await Promise.all([busDb.drop(), ...dbs.map((d) => d.drop()), ...(process.env.TEST_KAFKA_BROKERS ? [dropTestTopics(process.env.TEST_KAFKA_BROKERS, `e2e-${run}.`)] : [])]);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** POSTs an operation the way a browser client does (JSON, so Apollo's CSRF prevention lets it through). */
export function gql<T = Record<string, any>>(url: string, query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResponse<T>> {
  return postGraphQL<T>(url, query, variables, token);
}

/** Signs in through the gateway and returns the token. */
export async function login(url: string, username: string, password = 'shanzhi-demo'): Promise<string> {
  const r = await gql<{ login: { token: string } }>(
    url,
    'mutation($input: LoginInput!) { login(input: $input) { token expiresAt } }',
    { input: { username, password } },
  );
  if (!r.data?.login) throw new Error(`login ${username} failed: ${JSON.stringify(r.errors)}`);
  return r.data.login.token;
}
