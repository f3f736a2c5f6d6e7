import { errorCode, startTestService, type TestService } from './helpers';

const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { token viewer { username } } }`;

let t: TestService;

beforeAll(async () => {
  // 0.03 minutes = 1.8 s: long enough to observe the lock, short enough to wait out.
  t = await startTestService({ LOGIN_LOCK_MINUTES: '0.03', LOGIN_MAX_FAILURES: '3' });
});
afterAll(async () => {
  await t?.stop();
});

it('unlocks after LOGIN_LOCK_MINUTES and then accepts the right password', async () => {
  const login = (password: string) => t.gql(LOGIN, { input: { username: 'county-511425', password } });
  expect(errorCode(await login('wrong-1'))).toBe('UNAUTHENTICATED');
  expect(errorCode(await login('wrong-2'))).toBe('UNAUTHENTICATED');
  expect(errorCode(await login('wrong-3'))).toBe('CONFLICT');
  expect(errorCode(await login('shanzhi-demo'))).toBe('CONFLICT');
  const [{ locked_until }] = (await t.sql(`select locked_until from account where username = 'county-511425'`)) as [{ locked_until: Date }];
  await new Promise((r) => setTimeout(r, Math.max(0, new Date(locked_until).getTime() - Date.now()) + 100));
  const ok = await login('shanzhi-demo');
  expect(ok.errors).toBeUndefined();
  expect(ok.data!.login.viewer.username).toBe('county-511425');
  const [row] = await t.sql(`select failed_login_count, locked_until from account where username = 'county-511425'`);
  expect(row).toEqual({ failed_login_count: 0, locked_until: null });
});
