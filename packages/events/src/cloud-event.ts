import { randomUUID } from 'node:crypto';
import type { PayloadOf } from './event-names';

/** A CloudEvents 1.0 envelope (structured JSON mode); `subject` is the division code and the Kafka key. */
export interface CloudEvent<T = unknown> {
  specversion: '1.0';
  id: string;
  /** Producing service, e.g. `/shanzhi/organizations`. */
  source: string;
  /** Event name, e.g. `organizations.division.created`; also the topic. */
  type: string;
  /** ISO-8601 time of the change. */
  time: string;
  /** Division (village) code the event belongs to: the ordering key. */
  subject: string;
  datacontenttype: 'application/json';
  data: T;
}

/** What a producer supplies; id and time are generated unless given (tests and replays give them). */
export interface CloudEventInput<T extends string = string> {
  type: T;
  source: string;
  subject: string;
  data: PayloadOf<T>;
  id?: string;
  time?: Date | string;
}

/** Builds a CloudEvent with a fresh v4 id; the payload is typed by the event name when it is a known one. */
export function createCloudEvent<T extends string>(input: CloudEventInput<T>): CloudEvent<PayloadOf<T>> {
  const time = input.time === undefined ? new Date() : new Date(input.time);
  const event: CloudEvent<PayloadOf<T>> = {
    specversion: '1.0',
    id: input.id ?? randomUUID(),
    source: input.source,
    type: input.type,
    time: time.toISOString(),
    subject: input.subject,
    datacontenttype: 'application/json',
    data: input.data,
  };
  // Validate on the way out too, so a bad event fails in the producer's transaction, not in every consumer.
  assertCloudEvent(event);
  return event;
}

/** Thrown when bytes are not a CloudEvent this platform accepts; `reason` goes into the dead-letter header. */
export class InvalidCloudEventError extends Error {
  /** Stable code for logs and dead-letter headers. */
  readonly code = 'INVALID_CLOUD_EVENT';

  constructor(readonly reason: string) {
    super(`invalid CloudEvent: ${reason}`);
    this.name = 'InvalidCloudEventError';
  }
}

/** Parses and validates a CloudEvent from a message value; throws InvalidCloudEventError. */
export function parseCloudEvent(input: Buffer | Uint8Array | string): CloudEvent {
  const text = typeof input === 'string' ? input : Buffer.from(input).toString('utf8');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new InvalidCloudEventError(`not JSON (${(err as Error).message})`);
  }
  assertCloudEvent(value);
  return value;
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function assertCloudEvent(value: unknown): asserts value is CloudEvent {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidCloudEventError('not a JSON object');
  }
  const v = value as Record<string, unknown>;
  if (v.specversion !== '1.0') throw new InvalidCloudEventError(`specversion must be "1.0", got ${JSON.stringify(v.specversion)}`);
  for (const field of ['id', 'source', 'type', 'subject', 'time'] as const) {
    if (typeof v[field] !== 'string' || (v[field] as string).length === 0) {
      throw new InvalidCloudEventError(`${field} must be a non-empty string`);
    }
  }
  if (!ISO_TIME.test(v.time as string) || Number.isNaN(Date.parse(v.time as string))) {
    throw new InvalidCloudEventError('time must be an RFC 3339 timestamp');
  }
  if (v.datacontenttype !== 'application/json') {
    throw new InvalidCloudEventError('datacontenttype must be "application/json"');
  }
  if (!('data' in v) || v.data === undefined) throw new InvalidCloudEventError('data is missing');
}
