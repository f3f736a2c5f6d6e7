import type { Logger } from 'pino';
import { createKafkaTransport } from './kafka-transport';
import { createPostgresTransport, type PostgresTransportOptions } from './postgres-transport';
import { toOutgoingMessage, type EventTransport, type OutgoingMessage } from './transport';

/** What a service's config says about events. */
export interface TransportConfig {
  /** Kafka bootstrap brokers; when given (non-empty), events go through Kafka. */
  kafkaBrokers?: string[];
  /** Bus database of the embedded mode, used when no brokers are configured. */
  busDatabaseUrl?: string;
  /** Timeouts of the bus connections; each has a default (see PostgresTransportOptions). */
  busTimeouts?: Pick<PostgresTransportOptions, 'statementTimeoutMs' | 'idleInTransactionTimeoutMs' | 'connectionTimeoutMs'>;
  clientId: string;
  logger: Logger;
  /**
   * Prepended to every topic this transport touches (`e2e-<run>.grid.household.registered`), so several
   * platforms sharing one Kafka (test runs, staging beside production) neither see nor replay each other's
   * events. Empty in production.
   */
  topicPrefix?: string;
}

/** Thrown at start-up when neither Kafka nor a bus database is configured. */
export class TransportConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TransportConfigError';
  }
}

/** Kafka when brokers are configured, otherwise the embedded PostgreSQL bus. */
export function createTransport(config: TransportConfig): EventTransport {
  const brokers = (config.kafkaBrokers ?? []).map((b) => b.trim()).filter((b) => b.length > 0);
  if (brokers.length > 0) {
    return withTopicPrefix(createKafkaTransport({ brokers, clientId: config.clientId, logger: config.logger }), config.topicPrefix ?? '');
  }
  if (config.busDatabaseUrl) {
    return withTopicPrefix(
      createPostgresTransport({ ...config.busTimeouts, url: config.busDatabaseUrl, clientId: config.clientId, logger: config.logger }),
      config.topicPrefix ?? '',
    );
  }
  throw new TransportConfigError('events need either Kafka brokers or a bus database URL');
}

/**
 * A transport whose topics all carry `prefix` on the wire, while its users keep the plain names: outgoing
 * records get it, consumers subscribe with it, and delivered records arrive without it.
 */
export function withTopicPrefix(transport: EventTransport, prefix: string): EventTransport {
  if (!prefix) return transport;
  const wire = (topic: string) => `${prefix}${topic}`;
  const plain = (topic: string) => (topic.startsWith(prefix) ? topic.slice(prefix.length) : topic);
  const send = (messages: OutgoingMessage[]) => transport.send(messages.map((m) => ({ ...m, topic: wire(m.topic) })));
  return {
    kind: transport.kind,
    publish: (events) => send(events.map(toOutgoingMessage)),
    send,
    ensureTopics: (topics) => transport.ensureTopics(topics.map(wire)),
    createConsumer: (opts) =>
      transport.createConsumer({
        ...opts,
        topics: opts.topics.map(wire),
        eachBatch: (messages, context) => opts.eachBatch(messages.map((m) => ({ ...m, topic: plain(m.topic) })), context),
      }),
    close: () => transport.close(),
  };
}
