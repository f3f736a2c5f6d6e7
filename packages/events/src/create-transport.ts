import type { Logger } from 'pino';
import { createKafkaTransport } from './kafka-transport';
import { createPostgresTransport, type PostgresTransportOptions } from './postgres-transport';
import type { EventTransport } from './transport';

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
    return createKafkaTransport({ brokers, clientId: config.clientId, logger: config.logger });
  }
  if (config.busDatabaseUrl) {
    return createPostgresTransport({ ...config.busTimeouts, url: config.busDatabaseUrl, clientId: config.clientId, logger: config.logger });
  }
  throw new TransportConfigError('events need either Kafka brokers or a bus database URL');
}
