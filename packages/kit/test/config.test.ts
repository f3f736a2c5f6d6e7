import { ConfigError, defineService, parseConfig, serviceConfigSchema } from '@shanzhi/kit';

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

describe('rules across settings, checked when a service parses its configuration', () => {
  class NoopResolver {}
  const service = defineService({
    name: 'probe',
    srcDir: __dirname,
    configSchema: serviceConfigSchema,
    entities: [],
    resolvers: [NoopResolver],
  });

  it('refuse a service with neither an event transport nor a token source, naming both settings', () => {
    let caught: unknown;
    try {
      parseConfig(service.configSchema, { SERVICE_NAME: 'probe', PORT: '0', DATABASE_URL: good.DATABASE_URL });
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    expect((caught as ConfigError).issues.map((i) => i.setting).sort()).toEqual(['AUTH_JWKS_URL', 'KAFKA_BROKERS']);
  });

  it('accept either transport and either token source', () => {
    const base = { SERVICE_NAME: 'probe', PORT: '0', DATABASE_URL: good.DATABASE_URL };
    expect(() => parseConfig(service.configSchema, { ...base, KAFKA_BROKERS: '127.0.0.1:9092', AUTH_KEY_FILE: '/k.json' })).not.toThrow();
    expect(() => parseConfig(service.configSchema, { ...base, EVENT_BUS_URL: good.DATABASE_URL, AUTH_JWKS_URL: 'https://idp.example/jwks' })).not.toThrow();
  });
});
