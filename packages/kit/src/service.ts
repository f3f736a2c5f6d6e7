import path from 'node:path';
import type { MikroORM, EntityManager } from '@mikro-orm/postgresql';
import { createEventConsumer, createOutboxRelay, createTransport, type CloudEvent, type EventTransport } from '@shanzhi/events';
import type { Express } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { NonEmptyArray } from 'type-graphql';
import type { z } from 'zod';
import { verifierFromConfig } from './auth';
import { loadConfig, serviceRules, type ServiceConfig } from './config';
import { Container } from './container';
import { onShutdownSignal } from './http-server';
import { createLogger } from './logger';
import { createOrm, migrate, type OrmOptions } from './orm';
import { buildSubgraph, type ReferenceResolvers } from './subgraph';
import { startSubgraphServer, type RunningServer } from './subgraph-server';
import { withEventEntities } from './tooling';

/** One event subscription of a service: the handler stores its effect through the given EntityManager. */
export interface Subscription {
  group: string;
  topics: string[];
  handle: (event: CloudEvent, em: EntityManager) => Promise<void>;
}

/** Something to close when the service stops (after the HTTP server drains, before the database). */
export type Closer = () => Promise<void>;

/** What a service's start-up hooks receive. */
export interface ServiceDeps<C> {
  config: C;
  container: Container;
  log: Logger;
}

/** What runs once the database, the relay and the consumers are up. */
export interface StartedDeps<C> extends ServiceDeps<C> {
  orm: MikroORM;
  transport: EventTransport;
}

/** A background task of a service (an indicator publisher, a deadline sweeper): started with it, stopped before the database closes. */
export interface Worker {
  start(): void;
  stop(): Promise<void>;
}

/** What makes one service different from another; everything else is the kit's. */
export interface ServiceDefinition<C extends ServiceConfig> {
  /** The subgraph's name, as in `subgraphs.json`. */
  name: string;
  /** `__dirname` of the service's `service.ts`: migrations are beside it, `schema.graphql` one folder up. */
  srcDir: string;
  /** The service's own settings (the kit adds the rules every service shares). */
  configSchema: z.ZodType<C, z.ZodTypeDef, unknown>;
  entities: OrmOptions['entities'];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: NonEmptyArray<Function>;
  /** Types no query reaches (federated entity stubs). */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  orphanedTypes?: Function[];
  referenceResolvers?: ReferenceResolvers;
  /**
   * Registers the instances that need configuration (keys, rate limiters) before anything touches the
   * database, so a bad key fails the start; returns what must be closed at the end.
   */
  provide?: (deps: ServiceDeps<C>) => Promise<Closer[] | void> | Closer[] | void;
  subscriptions?: (deps: ServiceDeps<C>) => Subscription[];
  /** Runs after migrations, with the relay and consumers running, before the server accepts requests (demo seeding). */
  beforeStart?: (deps: StartedDeps<C>) => Promise<void>;
  /** Background tasks, started once the database and the outbox relay are up. */
  workers?: (deps: StartedDeps<C>) => Worker[];
  /** Extra HTTP routes beside /graphql. */
  routes?: (app: Express, deps: ServiceDeps<C>) => void;
}

/** A running service with its parts exposed for tests and the demo launcher. */
export interface RunningService extends RunningServer {
  orm: MikroORM;
  transport: EventTransport;
  log: Logger;
  container: Container;
}

/** A service as the kit, its CLIs, its tests and the platform harness use it. */
export interface ServiceModule<C extends ServiceConfig = ServiceConfig> extends ServiceDefinition<C> {
  /** Committed migrations: `src/migrations` under Jest (TypeScript), `dist/migrations` when built. */
  migrationsPath: string;
  /** The committed SDL file, `<service>/schema.graphql`. */
  schemaFile: string;
  /** The subgraph schema; without a container it only prints (resolvers are built at execution). */
  buildSchema(container?: Container): Promise<GraphQLSchema>;
  /** Starts the service with a parsed configuration. */
  start(config: C): Promise<RunningService>;
}

/** Declares a service: the one shape every service folder exports as the default of `src/service.ts`. */
export function defineService<C extends ServiceConfig>(def: ServiceDefinition<C>): ServiceModule<C> {
  const module: ServiceModule<C> = {
    ...def,
    configSchema: def.configSchema.superRefine(serviceRules) as unknown as ServiceDefinition<C>['configSchema'],
    migrationsPath: path.join(def.srcDir, 'migrations'),
    schemaFile: path.resolve(def.srcDir, '..', 'schema.graphql'),
    buildSchema: (container = new Container()) =>
      buildSubgraph({ resolvers: def.resolvers, orphanedTypes: def.orphanedTypes, referenceResolvers: def.referenceResolvers, container }),
    start: (config) => runService(config, module),
  };
  return module;
}

/**
 * Starts a service the one way all services start: its configured dependencies, database and migrations,
 * event transport, outbox relay, consumers (joining in the background; readiness reports them), then the
 * subgraph server; stopping reverses the order.
 */
export async function runService<C extends ServiceConfig>(config: C, module: ServiceModule<C>): Promise<RunningService> {
  const log = createLogger(config.SERVICE_NAME, config.LOG_LEVEL);
  const container = new Container();
  const deps: ServiceDeps<C> = { config, container, log };
  const verifyToken = verifierFromConfig(config, { log });
  const ownClosers = (await module.provide?.(deps)) ?? [];
  const orm = await createOrm({
    clientUrl: config.DATABASE_URL,
    entities: withEventEntities(module.entities),
    migrationsPath: module.migrationsPath,
    poolMax: config.DATABASE_POOL_MAX,
    log: (message) => log.debug({ orm: true }, message),
  });
  await migrate(orm);
  const transport = createTransport({
    clientId: config.SERVICE_NAME,
    kafkaBrokers: config.KAFKA_BROKERS,
    busDatabaseUrl: config.EVENT_BUS_URL,
    topicPrefix: config.KAFKA_TOPIC_PREFIX,
    logger: log,
  });
  const relay = createOutboxRelay({ orm, transport, logger: log });
  const subscriptions = module.subscriptions?.(deps) ?? [];
  const consumers = subscriptions.map((s) =>
    createEventConsumer({ orm, transport, group: `${s.group}${config.CONSUMER_GROUP_SUFFIX}`, topics: s.topics, handle: s.handle, logger: log }),
  );
  // Events flow before beforeStart, so a seed can wait for the facts other services publish.
  relay.start();
  for (const c of consumers) await c.start();
  const workers = module.workers?.({ ...deps, orm, transport }) ?? [];
  for (const w of workers) w.start();
  await module.beforeStart?.({ ...deps, orm, transport });
  const schema = await module.buildSchema(container);
  const server = await startSubgraphServer({
    config,
    schema,
    orm,
    log,
    verifyToken,
    routes: module.routes ? (app) => module.routes!(app, deps) : undefined,
    // Consumers are reported, not required: queries are served as soon as the database is ready.
    readiness: consumers.map((c, i) => ({ name: `consumer:${subscriptions[i]!.group}`, check: () => c.isReady(), informational: true })),
    closers: [...consumers.map((c) => () => c.stop()), ...workers.map((w) => () => w.stop()), () => relay.stop(), ...ownClosers, () => transport.close()],
  });
  return { ...server, orm, transport, log, container };
}

/** A service's process entry point: config from the environment, start, stop on SIGTERM/SIGINT. */
export function runMain<C extends ServiceConfig>(module: ServiceModule<C>): void {
  const config = loadConfig(module.configSchema);
  module.start(config).then(
    (service) => onShutdownSignal(service.log, config.SHUTDOWN_TIMEOUT_MS, () => service.stop()),
    (err: unknown) => {
      // The logger may not exist yet (bad key file, unreachable database): stderr is all there is.
      process.stderr.write(`${module.name} failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exit(1);
    },
  );
}
