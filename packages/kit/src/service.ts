import type { MikroORM, EntityManager } from '@mikro-orm/postgresql';
import { createEventConsumer, createOutboxRelay, createTransport, type CloudEvent, type EventTransport } from '@shanzhi/events';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { ServiceConfig } from './config';
import { createLogger } from './logger';
import { verifierFromConfig } from './auth';
import { createOrm, migrate, type OrmOptions } from './orm';
import { withEventEntities } from './tooling';
import { startSubgraphServer, type RunningServer, type SubgraphServerOptions } from './subgraph-server';

/** One event subscription of a service: the handler stores its effect through the given EntityManager. */
export interface Subscription {
  group: string;
  topics: string[];
  handle: (event: CloudEvent, em: EntityManager) => Promise<void>;
}

/** What makes one service different from another; everything else is the kit's. */
export interface ServiceDefinition {
  entities: OrmOptions['entities'];
  migrationsPath: string;
  buildSchema: () => Promise<GraphQLSchema>;
  subscriptions?: Subscription[];
  /** Runs after migrations, with the relay and consumers running, before the server accepts requests (demo seeding). */
  beforeStart?: (deps: { orm: MikroORM; log: Logger; transport: EventTransport }) => Promise<void>;
  /** Extra HTTP routes beside /graphql. */
  routes?: SubgraphServerOptions['routes'];
  /** Closed after the HTTP server drains, before the database. */
  closers?: Array<() => Promise<void>>;
}

/** A running service with its parts exposed for tests and the demo launcher. */
export interface RunningService extends RunningServer {
  orm: MikroORM;
  transport: EventTransport;
  log: Logger;
}

/**
 * Starts a service the one way all services start: database and migrations, event transport,
 * outbox relay, consumers, then the subgraph server; stopping reverses the order.
 */
export async function runService(config: ServiceConfig, def: ServiceDefinition): Promise<RunningService> {
  const log = createLogger(config.SERVICE_NAME, config.LOG_LEVEL);
  const verifyToken = verifierFromConfig(config);
  const orm = await createOrm({
    clientUrl: config.DATABASE_URL,
    entities: withEventEntities(def.entities),
    migrationsPath: def.migrationsPath,
    poolMax: config.DATABASE_POOL_MAX,
    log: (message) => log.debug({ orm: true }, message),
  });
  await migrate(orm);
  const transport = createTransport({
    clientId: config.SERVICE_NAME,
    kafkaBrokers: config.KAFKA_BROKERS,
    busDatabaseUrl: config.EVENT_BUS_URL,
    logger: log,
  });
  const relay = createOutboxRelay({ orm, transport, logger: log });
  const consumers = (def.subscriptions ?? []).map((s) =>
    createEventConsumer({ orm, transport, group: `${s.group}${config.CONSUMER_GROUP_SUFFIX}`, topics: s.topics, handle: s.handle, logger: log }),
  );
  // Events flow before beforeStart, so a seed can wait for the facts other services publish.
  relay.start();
  for (const c of consumers) await c.start();
  await def.beforeStart?.({ orm, log, transport });
  const schema = await def.buildSchema();
  const server = await startSubgraphServer({
    config,
    schema,
    orm,
    log,
    verifyToken,
    routes: def.routes,
    readiness: consumers.map((c, i) => ({ name: `consumer:${def.subscriptions![i]!.group}`, check: () => c.isReady() })),
    closers: [
      ...consumers.map((c) => () => c.stop()),
      () => relay.stop(),
      ...(def.closers ?? []),
      () => transport.close(),
    ],
  });
  return { ...server, orm, transport, log };
}
