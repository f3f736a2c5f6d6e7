import { InboxEvent } from './inbox-event.entity';
import { OutboxEvent } from './outbox-event.entity';

export * from './event-names';
export { createCloudEvent, parseCloudEvent, InvalidCloudEventError } from './cloud-event';
export type { CloudEvent, CloudEventInput } from './cloud-event';
export { OutboxEvent } from './outbox-event.entity';
export { InboxEvent } from './inbox-event.entity';
export { recordEvent } from './outbox';
export { deadLetterTopic, toOutgoingMessage } from './transport';
export type {
  EventTransport,
  TransportConsumer,
  TransportConsumerOptions,
  TransportMessage,
  OutgoingMessage,
  DeliveryContext,
} from './transport';
export { createKafkaTransport } from './kafka-transport';
export type { KafkaTransportOptions } from './kafka-transport';
export { createPostgresTransport, EVENT_LOG_CHANNEL } from './postgres-transport';
export type { PostgresTransportOptions } from './postgres-transport';
export { createTransport, TransportConfigError, withTopicPrefix } from './create-transport';
export type { TransportConfig } from './create-transport';
export { createOutboxRelay } from './outbox-relay';
export type { OutboxRelay, OutboxRelayOptions } from './outbox-relay';
export { createEventConsumer, DeadLetterHeaders } from './consumer';
export type { EventConsumer, EventConsumerOptions, EventHandler } from './consumer';

/** Entities each service adds to its MikroORM entity list so its own migrations create outbox_event and inbox_event. */
export const eventEntities = [OutboxEvent, InboxEvent];
