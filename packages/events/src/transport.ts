import type { CloudEvent } from './cloud-event';

/** A record as it travels on a topic: a Kafka message, or a row of the embedded bus's event_log. */
export interface TransportMessage {
  topic: string;
  /** Division code the record is ordered by; null only for foreign records without a key. */
  key: string | null;
  value: Buffer;
  headers: Record<string, string>;
  /** Kafka partition; always 0 on the embedded bus, which keeps one ordered log per topic. */
  partition: number;
  /** Position in the partition (Kafka) or in the log (embedded), as a decimal string. */
  offset: string;
}

/** A record to append to a topic; the relay sends CloudEvents, the consumer sends dead letters. */
export interface OutgoingMessage {
  topic: string;
  key: string | null;
  value: Buffer | string;
  headers?: Record<string, string>;
}

/** What a transport hands to a consumer callback besides the message. */
export interface DeliveryContext {
  /** Tells Kafka the consumer is alive during long retries, so the group does not evict it; a no-op on the bus. */
  heartbeat(): Promise<void>;
}

/** Options of a low-level consumer: one member of `group` reading `topics`. */
export interface TransportConsumerOptions {
  group: string;
  topics: string[];
  /**
   * Called with consecutive records of one topic partition, in order (so in order per key), never empty. Their
   * offsets are committed only after it resolves; if it throws, none of them is committed and they come again.
   */
  eachBatch(messages: TransportMessage[], context: DeliveryContext): Promise<void>;
}

/** A running member of a consumer group. */
export interface TransportConsumer {
  start(): Promise<void>;
  stop(): Promise<void>;
  isReady(): boolean;
}

/** How events travel between services: Kafka, or the embedded PostgreSQL bus when no Kafka is configured. */
export interface EventTransport {
  readonly kind: 'kafka' | 'postgres';
  /** Appends CloudEvents to their topics (topic = type, key = subject), in array order per key. */
  publish(events: CloudEvent[]): Promise<void>;
  /** Appends raw records (used for dead letters, whose value may not even be JSON). */
  send(messages: OutgoingMessage[]): Promise<void>;
  /** Makes sure the topics exist (production brokers may not auto-create them). */
  ensureTopics(topics: string[]): Promise<void>;
  /** A consumer for one group; not started. */
  createConsumer(options: TransportConsumerOptions): TransportConsumer;
  /** Stops the consumers created here and closes every connection. */
  close(): Promise<void>;
}

/** Name of the dead-letter topic of `topic`. */
export function deadLetterTopic(topic: string): string {
  return `${topic}.dlq`;
}

/** The record a CloudEvent becomes: structured-mode JSON value, key = subject, ce_* headers for routing without parsing. */
export function toOutgoingMessage(event: CloudEvent): OutgoingMessage {
  return {
    topic: event.type,
    key: event.subject,
    value: JSON.stringify(event),
    headers: {
      'content-type': 'application/cloudevents+json; charset=utf-8',
      ce_type: event.type,
      ce_id: event.id,
      ce_source: event.source,
      ce_subject: event.subject,
    },
  };
}
