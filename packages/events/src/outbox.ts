import type { EntityManager } from '@mikro-orm/core';
import { createCloudEvent, type CloudEvent, type CloudEventInput } from './cloud-event';
import type { PayloadOf } from './event-names';
import { OutboxEvent } from './outbox-event.entity';

/**
 * Records an event in the outbox through `em`, so it commits or rolls back with the caller's change
 * (the caller flushes/commits, e.g. inside `em.transactional`). Returns the CloudEvent that will be published.
 */
export function recordEvent<T extends string>(em: EntityManager, input: CloudEventInput<T>): CloudEvent<PayloadOf<T>> {
  const event = createCloudEvent(input);
  const row = em.create(OutboxEvent, {
    id: event.id,
    type: event.type,
    source: event.source,
    subject: event.subject,
    time: new Date(event.time),
    data: event.data,
    createdAt: new Date(),
    publishedAt: null,
    attempts: 0,
    lastError: null,
  });
  em.persist(row);
  return event;
}
