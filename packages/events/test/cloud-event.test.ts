import {
  EventNames,
  HOUSEHOLD_REGISTERED,
  InvalidCloudEventError,
  createCloudEvent,
  createTransport,
  parseCloudEvent,
  TransportConfigError,
} from '@shanzhi/events';
import { logger } from './support/env';

describe('CloudEvents envelope', () => {
  const input = {
    type: HOUSEHOLD_REGISTERED,
    source: '/shanzhi/grid',
    subject: '511425100201',
    data: { householdId: 'h1', divisionCode: '511425100201', areaId: null, residentCount: 4 },
  };

  test('event names follow <service>.<entity>.<past-tense>', () => {
    for (const name of Object.values(EventNames)) expect(name).toMatch(/^[a-z]+\.[a-z]+(?:-[a-z]+)*\.[a-z]+(?:-[a-z]+)*$/);
  });

  test('createCloudEvent fills id, time and the fixed attributes', () => {
    const e = createCloudEvent(input);
    expect(e).toMatchObject({ specversion: '1.0', datacontenttype: 'application/json', ...input });
    expect(e.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Date(e.time).toISOString()).toBe(e.time);
  });

  test('parseCloudEvent round-trips bytes and strings', () => {
    const e = createCloudEvent(input);
    expect(parseCloudEvent(Buffer.from(JSON.stringify(e)))).toEqual(e);
    expect(parseCloudEvent(JSON.stringify(e))).toEqual(e);
  });

  test.each([
    ['not JSON', 'nope', /not JSON/],
    ['an array', '[]', /not a JSON object/],
    ['a wrong specversion', { specversion: '0.3' }, /specversion/],
    ['no subject', { subject: '' }, /subject must be a non-empty string/],
    ['a bad time', { time: 'yesterday' }, /time must be an RFC 3339 timestamp/],
    ['no data', { data: undefined }, /data is missing/],
    ['another content type', { datacontenttype: 'text/plain' }, /datacontenttype/],
  ])('parseCloudEvent rejects %s with a typed error', (_label, change, reason) => {
    const base = createCloudEvent(input);
    const text = typeof change === 'string' ? change : JSON.stringify({ ...base, ...change });
    let caught: unknown;
    try {
      parseCloudEvent(text);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(InvalidCloudEventError);
    expect((caught as InvalidCloudEventError).code).toBe('INVALID_CLOUD_EVENT');
    expect((caught as InvalidCloudEventError).reason).toMatch(reason);
  });

  test('createTransport picks Kafka with brokers, the bus without, and refuses neither', async () => {
    const kafka = createTransport({ kafkaBrokers: ['127.0.0.1:9092'], busDatabaseUrl: 'postgresql://x@127.0.0.1/x', clientId: 't', logger });
    const bus = createTransport({ kafkaBrokers: [], busDatabaseUrl: 'postgresql://x@127.0.0.1/x', clientId: 't', logger });
    expect([kafka.kind, bus.kind]).toEqual(['kafka', 'postgres']);
    await Promise.all([kafka.close(), bus.close()]);
    expect(() => createTransport({ clientId: 't', logger })).toThrow(TransportConfigError);
  });
});
