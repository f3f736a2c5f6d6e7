import { COUNTY, TOWNSHIP, VILLAGE, errorCode, startTestService, type TestService } from './helpers';

const LOGIN = `mutation ($input: LoginInput!) {
  login(input: $input) { token expiresAt viewer { username role scope displayName } }
}`;
const VIEWER = `{ viewer { username role scope displayName } }`;
const CREATE_ACCOUNT = `mutation ($input: CreateAccountInput!) {
  createAccount(input: $input) { id username role scopeCode displayName createdAt lastLoginAt }
}`;

let t: TestService;
/** What the gateway sends so the service believes the client address it forwards. */
const GATEWAY_SECRET = 'test-gateway-secret-of-32-characters-or-more';

beforeAll(async () => {
  // A small rate limit so the limit is reachable without hundreds of scrypt runs.
  t = await startTestService({ LOGIN_RATE_LIMIT: '12', GATEWAY_SHARED_SECRET: GATEWAY_SECRET });
});
afterAll(async () => {
  await t?.stop();
});

function login(username: string, password: string) {
  return t.gql(LOGIN, { input: { username, password } });
}

describe('login', () => {
  it('signs a demo account in and the token works for viewer', async () => {
    const res = await login('township-511425112', 'shanzhi-demo');
    expect(res.errors).toBeUndefined();
    const payload = res.data!.login;
    expect(payload.viewer).toEqual({ username: 'township-511425112', role: 'TOWNSHIP_OFFICER', scope: '511425112', displayName: '高台镇干部' });
    expect(new Date(payload.expiresAt).getTime()).toBeGreaterThan(Date.now() + 3600_000);
    const me = await t.gql(VIEWER, {}, payload.token);
    expect(me.data!.viewer).toEqual(payload.viewer);
    const [row] = await t.sql(`select last_login_at from account where username = 'township-511425112'`);
    expect(row!.last_login_at).not.toBeNull();
  });

  it('answers a wrong password and an unknown user with the same UNAUTHENTICATED message, in similar time', async () => {
    const timed = async (username: string) => {
      const start = process.hrtime.bigint();
      const res = await login(username, 'not-the-password');
      return { res, ms: Number(process.hrtime.bigint() - start) / 1e6 };
    };
    const wrong: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 3; i++) {
      const a = await timed('township-511425112');
      const b = await timed('nobody-here');
      expect(errorCode(a.res)).toBe('UNAUTHENTICATED');
      expect(errorCode(b.res)).toBe('UNAUTHENTICATED');
      expect(b.res.errors![0]!.message).toBe(a.res.errors![0]!.message);
      expect(a.res.data).toBeNull();
      wrong.push(a.ms);
      unknown.push(b.ms);
    }
    // Both paths run one scrypt verification. Minimums shed scheduling noise (which only ever adds time):
    // an unknown name that skipped the hash would answer in a small fraction of the wrong password's time.
    expect(Math.min(...unknown)).toBeGreaterThan(Math.min(...wrong) * 0.5);
  });

  it('rejects empty credentials as BAD_USER_INPUT naming the field', async () => {
    const res = await login('', 'x');
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.extensions!.field).toBe('username');
  });

  it('locks an account after 5 consecutive failures; even the right password is refused while locked', async () => {
    for (let i = 1; i <= 4; i++) expect(errorCode(await login('village-511425112201', `wrong-${i}`))).toBe('UNAUTHENTICATED');
    const fifth = await login('village-511425112201', 'wrong-5');
    expect(errorCode(fifth)).toBe('CONFLICT');
    expect(fifth.errors![0]!.message).toContain('账户已锁定');
    const right = await login('village-511425112201', 'shanzhi-demo');
    expect(errorCode(right)).toBe('CONFLICT');
    const [row] = await t.sql(`select failed_login_count, locked_until from account where username = 'village-511425112201'`);
    expect(new Date(row!.locked_until).getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
  });

  it('resets the failure count on success', async () => {
    for (let i = 0; i < 4; i++) await login('county-511425', 'wrong');
    expect((await login('county-511425', 'shanzhi-demo')).errors).toBeUndefined();
    const [row] = await t.sql(`select failed_login_count from account where username = 'county-511425'`);
    expect(row!.failed_login_count).toBe(0);
    // A fresh count: four more failures do not lock.
    for (let i = 0; i < 4; i++) expect(errorCode(await login('county-511425', 'wrong'))).toBe('UNAUTHENTICATED');
    expect((await login('county-511425', 'shanzhi-demo')).errors).toBeUndefined();
  });

  it('rate-limits attempts per username with TOO_MANY_REQUESTS', async () => {
    const codes: Array<string | undefined> = [];
    for (let i = 0; i < 13; i++) codes.push(errorCode(await login('ghost-user', 'whatever-it-is')));
    expect(codes.slice(0, 12).every((c) => c === 'UNAUTHENTICATED')).toBe(true);
    expect(codes[12]).toBe('TOO_MANY_REQUESTS');
    // The limit is per client address too: another client (as the gateway forwards it) is not blocked.
    const other = await fetch(t.service.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.1.2.3', 'x-gateway-secret': GATEWAY_SECRET },
      body: JSON.stringify({ query: LOGIN, variables: { input: { username: 'ghost-user', password: 'whatever-it-is' } } }),
    });
    expect(((await other.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('publishes its public keys at /.well-known/jwks.json, and they verify its tokens', async () => {
    const { createTokenVerifier } = await import('@shanzhi/auth');
    const jwksUrl = t.service.url.replace(/\/graphql$/, '/.well-known/jwks.json');
    const jwks = (await (await fetch(jwksUrl)).json()) as { keys: Record<string, unknown>[] };
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).not.toHaveProperty('d');
    const verify = createTokenVerifier({ issuer: t.config.AUTH_ISSUER, audience: t.config.AUTH_AUDIENCE, jwksUrl });
    const { data } = await login('county-511425', 'shanzhi-demo');
    await expect(verify(data!.login.token)).resolves.toMatchObject({ username: 'county-511425', role: 'COUNTY_ADMIN' });
  });
});

describe('viewer', () => {
  it('requires a token', async () => {
    expect(errorCode(await t.gql(VIEWER))).toBe('UNAUTHENTICATED');
  });

  it('refuses a forged token', async () => {
    const res = await t.gql(VIEWER, {}, 'eyJhbGciOiJFUzI1NiJ9.e30.AAAA');
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
  });

  it('returns the token claims with the display name', async () => {
    const res = await t.gql(VIEWER, {}, await t.tokenFor(COUNTY));
    expect(res.data!.viewer).toEqual({ username: 'county-511425', role: 'COUNTY_ADMIN', scope: '511425', displayName: '青神县管理员' });
  });
});

describe('createAccount', () => {
  const input = (over: Record<string, unknown> = {}) => ({
    username: 'gaotai-cadre-1',
    password: 'a-long-enough-secret',
    role: 'VILLAGE_CADRE',
    scopeCode: '511425112202',
    displayName: '高台镇某村干部',
    ...over,
  });

  it('lets a township officer create a village cadre in its township, who can then sign in', async () => {
    const res = await t.gql(CREATE_ACCOUNT, { input: input() }, await t.tokenFor(TOWNSHIP));
    expect(res.errors).toBeUndefined();
    expect(res.data!.createAccount).toMatchObject({ username: 'gaotai-cadre-1', role: 'VILLAGE_CADRE', scopeCode: '511425112202', lastLoginAt: null });
    const signedIn = await login('gaotai-cadre-1', 'a-long-enough-secret');
    expect(signedIn.data!.login.viewer.scope).toBe('511425112202');
  });

  it('enforces the password policy, naming the field', async () => {
    const res = await t.gql(CREATE_ACCOUNT, { input: input({ username: 'short-pass', password: 'short' }) }, await t.tokenFor(COUNTY));
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.extensions!.field).toBe('password');
  });

  it('answers a taken username with CONFLICT on field username', async () => {
    const res = await t.gql(CREATE_ACCOUNT, { input: input({ username: 'county-511425' }) }, await t.tokenFor(COUNTY));
    expect(errorCode(res)).toBe('CONFLICT');
    expect(res.errors![0]!.extensions!.field).toBe('username');
  });

  it('requires an existing scope division whose level fits the role', async () => {
    const token = await t.tokenFor(COUNTY);
    const missing = await t.gql(CREATE_ACCOUNT, { input: input({ username: 'no-scope', scopeCode: '511425112299' }) }, token);
    expect(errorCode(missing)).toBe('BAD_USER_INPUT');
    expect(missing.errors![0]!.extensions!.field).toBe('scopeCode');
    const misfit = await t.gql(CREATE_ACCOUNT, { input: input({ username: 'misfit', role: 'TOWNSHIP_OFFICER', scopeCode: '511425112201' }) }, token);
    expect(errorCode(misfit)).toBe('BAD_USER_INPUT');
    expect(misfit.errors![0]!.extensions!.field).toBe('scopeCode');
  });

  it('keeps creators inside their scope and township officers to village-level roles', async () => {
    const township = await t.tokenFor(TOWNSHIP);
    const elsewhere = await t.gql(CREATE_ACCOUNT, { input: input({ username: 'other-town', scopeCode: '511425102201' }) }, township);
    expect(errorCode(elsewhere)).toBe('FORBIDDEN');
    const promote = await t.gql(CREATE_ACCOUNT, { input: input({ username: 'new-officer', role: 'TOWNSHIP_OFFICER', scopeCode: '511425112' }) }, township);
    expect(errorCode(promote)).toBe('FORBIDDEN');
    const byVillage = await t.gql(CREATE_ACCOUNT, { input: input({ username: 'by-village', scopeCode: '511425112201' }) }, await t.tokenFor(VILLAGE));
    expect(errorCode(byVillage)).toBe('FORBIDDEN');
    const [{ n }] = (await t.sql(`select count(*)::int as n from account where username in ('other-town', 'new-officer', 'by-village')`)) as [{ n: number }];
    expect(n).toBe(0);
  });
});
