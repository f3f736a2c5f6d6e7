import { randomUUID } from 'node:crypto';
import { dropTestTopics } from '@shanzhi/kit/testing';
import { birthdayScenarios } from './birthdays';
import { startTestCulture, type TestCulture } from './helpers';

// Grid's facts over Kafka, the production transport: required in CI, where TEST_KAFKA_BROKERS is set.
const brokers = process.env.TEST_KAFKA_BROKERS;
const describeKafka = brokers ? describe : describe.skip;

describeKafka('birthday lists fed from grid events on Kafka', () => {
  let t: TestCulture;
  // Topics of its own: the shared Kafka holds every earlier run's grid events, which this list must not see.
  const run = randomUUID();
  beforeAll(async () => {
    t = await startTestCulture({ KAFKA_BROKERS: brokers!, CONSUMER_GROUP_SUFFIX: `.test-${run}`, KAFKA_TOPIC_PREFIX: `test-${run}.` });
  }, 60000);
  afterAll(async () => {
    await t?.stop();
    await dropTestTopics(brokers!, `test-${run}.`);
  });

  it('runs on Kafka', () => {
    expect(t.service.transport.kind).toBe('kafka');
  });

  birthdayScenarios(() => t);
});
