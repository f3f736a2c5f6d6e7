import { randomBytes } from 'node:crypto';
import { createRedisRateLimiter } from '@shanzhi/kit';
import { errorCode, startTestService, type TestService } from './helpers';

const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { token } }`;
/** infra/up.sh starts Redis here; the production code path for shared rate limits. */
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

let t: TestService;

beforeAll(async () => {
  // A unique service name gives this run its own Redis key prefix, so parallel runs never share counters.
  t = await startTestService({ REDIS_URL, SERVICE_NAME: `organizations-test-${randomBytes(4).toString('hex')}`, LOGIN_RATE_LIMIT: '3' });
});
afterAll(async () => {
  await t?.stop();
});

it('counts login attempts in Redis when REDIS_URL is set', async () => {
  const login = () => t.gql(LOGIN, { input: { username: 'ghost-user', password: 'whatever-it-is' } });
  const codes = [];
  for (let i = 0; i < 4; i++) codes.push(errorCode(await login()));
  expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'TOO_MANY_REQUESTS']);
  // The counter really lives in Redis: a second limiter on the same prefix (another replica) sees the 4 hits.
  const replica = createRedisRateLimiter({ url: REDIS_URL, prefix: `${t.config.SERVICE_NAME}:login`, limit: 3, windowMs: 60_000 });
  try {
    expect((await replica.hit('ghost-user@127.0.0.1')).count).toBe(5);
  } finally {
    await replica.close();
  }
  // Another account name has its own window.
  const other = await t.gql(LOGIN, { input: { username: 'county-511425', password: 'shanzhi-demo' } });
  expect(other.errors).toBeUndefined();
});
