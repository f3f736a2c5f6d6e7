import { ConfigError, parseConfig, serviceConfigSchema } from '@shanzhi/kit';

const good = {
  SERVICE_NAME: 'grid',
  PORT: '4002',
  DATABASE_URL: 'postgresql://u:p@127.0.0.1:5432/grid',
  KAFKA_BROKERS: '127.0.0.1:9092, 127.0.0.1:9093',
};

describe('config', () => {
  it('parses and coerces the settings once', () => {
    const c = parseConfig(serviceConfigSchema, good);
    expect(c.PORT).toBe(4002);
    expect(c.KAFKA_BROKERS).toEqual(['127.0.0.1:9092', '127.0.0.1:9093']);
    expect(c.NODE_ENV).toBe('development');
    expect(c.DATABASE_POOL_MAX).toBe(10);
  });

  it('leaves Kafka unset when no brokers are given', () => {
    expect(parseConfig(serviceConfigSchema, { ...good, KAFKA_BROKERS: undefined }).KAFKA_BROKERS).toBeUndefined();
  });

  it('names every bad setting', () => {
    let caught: unknown;
    try {
      parseConfig(serviceConfigSchema, { ...good, PORT: 'eighty', DATABASE_URL: 'not a url', LOG_LEVEL: 'loud' });
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const settings = (caught as ConfigError).issues.map((i) => i.setting).sort();
    expect(settings).toEqual(['DATABASE_URL', 'LOG_LEVEL', 'PORT']);
    expect((caught as Error).message).toMatch(/^Invalid configuration: .*PORT/);
  });

  it('requires the database of a service', () => {
    expect(() => parseConfig(serviceConfigSchema, { ...good, DATABASE_URL: undefined })).toThrow(/DATABASE_URL/);
  });
});
