import { randomUUID } from 'node:crypto';
import { DEMO_VILLAGE_CODE } from '@shanzhi/divisions';
import { createCloudEvent, HOUSEHOLD_REGISTERED } from '@shanzhi/events';
import { COUNTY, errorCode, errorField, eventually, startTestService, TOWNSHIP, VILLAGE, viewerOf, type TestService } from './helpers';

const REDIS_URL = process.env.TEST_REDIS_URL;
/** Usernames unique to this run: the Redis revocation list is shared with every other test run. */
const RUN = randomUUID().slice(0, 8);
const PASSWORD = 'initial-password-1';

const CREATE = `mutation ($input: CreateAccountInput!) { createAccount(input: $input) { id username } }`;
const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { token } }`;
const ACCOUNTS = `query ($scope: String!, $first: Int, $after: String) {
  accounts(scopeCode: $scope, first: $first, after: $after) { totalCount nodes { username role scopeCode disabledAt residentId } pageInfo { endCursor hasNextPage } }
}`;
const DISABLE = `mutation ($u: String!) { disableAccount(input: { username: $u }) { username disabledAt } }`;
const ENABLE = `mutation ($u: String!) { enableAccount(input: { username: $u }) { username disabledAt } }`;
const RESET = `mutation ($u: String!, $p: String!) { resetPassword(input: { username: $u, newPassword: $p }) { username } }`;
const CHANGE = `mutation ($old: String!, $new: String!) { changePassword(input: { oldPassword: $old, newPassword: $new }) { username } }`;
const VIEWER = `{ viewer { username } }`;

let t: TestService;

async function createAccount(role: string, scopeCode: string, prefix: string): Promise<string> {
  const username = `${prefix}-${RUN}`;
  const res = await t.gql(CREATE, { input: { username, password: PASSWORD, role, scopeCode, displayName: '测试' } }, COUNTY);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return username;
}

async function login(username: string, password = PASSWORD) {
  return t.gql<{ login: { token: string } }>(LOGIN, { input: { username, password } });
}

/** Whether `token` is still accepted by the service. */
async function accepted(token: string): Promise<boolean> {
  const res = await t.gql(VIEWER, {}, token);
  if (errorCode(res) === 'UNAUTHENTICATED') return false;
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return true;
}

async function accountRow(username: string) {
  const [row] = await t.sql(`select password_hash, disabled_at, resident_id from account where username = ?`, [username]);
  return row;
}

const describeRedis = REDIS_URL ? describe : describe.skip;

beforeAll(async () => {
  // A short poll, so the test sees the revocation quickly; the assertion waits for it rather than timing it.
  t = await startTestService({ ...(REDIS_URL ? { REDIS_URL } : {}), REVOCATION_POLL_SECONDS: '1' });
}, 60000);
afterAll(async () => {
  await t?.stop();
});

describe('accounts(scopeCode, first, after)', () => {
  it('lists the accounts inside the scope, a page at a time', async () => {
    await createAccount('VILLAGER', DEMO_VILLAGE_CODE, 'list-a');
    await createAccount('AREA_CHIEF', DEMO_VILLAGE_CODE, 'list-b');
    const county = await t.gql(ACCOUNTS, { scope: '511425', first: 2 }, COUNTY);
    expect(county.data!.accounts.totalCount).toBeGreaterThanOrEqual(5);
    expect(county.data!.accounts.nodes).toHaveLength(2);
    const rest = await t.gql(ACCOUNTS, { scope: '511425', first: 200, after: county.data!.accounts.pageInfo.endCursor }, COUNTY);
    expect(rest.data!.accounts.nodes).toHaveLength(county.data!.accounts.totalCount - 2);
    const township = await t.gql(ACCOUNTS, { scope: TOWNSHIP.scope, first: 200 }, TOWNSHIP);
    const names = township.data!.accounts.nodes.map((a: any) => a.username);
    expect(names).toEqual(expect.arrayContaining([TOWNSHIP.username, VILLAGE.username, `list-a-${RUN}`]));
    expect(names).not.toContain(COUNTY.username);
  });

  it('refuses scopes outside the caller\'s and roles that do not manage accounts', async () => {
    expect(errorCode(await t.gql(ACCOUNTS, { scope: '511425' }, TOWNSHIP))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(ACCOUNTS, { scope: '511425100' }, TOWNSHIP))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(ACCOUNTS, { scope: DEMO_VILLAGE_CODE }, VILLAGE))).toBe('FORBIDDEN');
    const bad = await t.gql(ACCOUNTS, { scope: '51142' }, COUNTY);
    expect([errorCode(bad), errorField(bad)]).toEqual(['BAD_USER_INPUT', 'scopeCode']);
  });
});

describe('disableAccount / enableAccount', () => {
  it('refuses accounts outside the caller\'s reach and the caller\'s own, changing nothing', async () => {
    const before = await t.sql(`select username, disabled_at, tokens_revoked_at from account order by username`);
    const county = await t.gql(DISABLE, { u: COUNTY.username }, TOWNSHIP);
    expect([errorCode(county), errorField(county)]).toEqual(['NOT_FOUND', 'username']);
    const own = await t.gql(DISABLE, { u: COUNTY.username }, COUNTY);
    expect([errorCode(own), errorField(own)]).toEqual(['BAD_USER_INPUT', 'username']);
    const other = await t.gql(DISABLE, { u: VILLAGE.username }, viewerOf('TOWNSHIP_OFFICER', '511425100'));
    expect(errorCode(other)).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(DISABLE, { u: VILLAGE.username }, VILLAGE))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(DISABLE, { u: 'nobody-here' }, COUNTY))).toBe('NOT_FOUND');
    expect(await t.sql(`select username, disabled_at, tokens_revoked_at from account order by username`)).toEqual(before);
  });

  it('a disabled account cannot sign in; enabling it lets it sign in again', async () => {
    const username = await createAccount('VILLAGE_CADRE', DEMO_VILLAGE_CODE, 'disable');
    expect((await login(username)).errors).toBeUndefined();
    const res = await t.gql(DISABLE, { u: username }, TOWNSHIP);
    expect(res.data!.disableAccount.disabledAt).not.toBeNull();
    const refused = await login(username);
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(errorCode(await login(username, 'wrong-password-x'))).toBe('UNAUTHENTICATED');
    expect((await t.gql(ENABLE, { u: username }, TOWNSHIP)).data!.enableAccount.disabledAt).toBeNull();
    const again = await login(username);
    expect(again.errors).toBeUndefined();
    expect(await accepted(again.data!.login.token)).toBe(true);
  });
});

describeRedis('token revocation through Redis', () => {
  it('a disabled account\'s existing token stops working at this subgraph, and tokens issued later work', async () => {
    const username = await createAccount('AREA_CHIEF', DEMO_VILLAGE_CODE, 'revoke');
    const token = (await login(username)).data!.login.token;
    expect(await accepted(token)).toBe(true);
    expect((await t.gql(DISABLE, { u: username }, COUNTY)).errors).toBeUndefined();
    // Within one poll interval (1 s here, 30 s by default) the token is refused.
    await eventually(async () => !(await accepted(token)), 60000);
    await t.gql(ENABLE, { u: username }, COUNTY);
    const fresh = (await login(username)).data!.login.token;
    expect(await accepted(fresh)).toBe(true);
    expect(await accepted(token)).toBe(false);
  });

  it('resetPassword sets a password that passes the policy and revokes the account\'s tokens', async () => {
    const username = await createAccount('VILLAGER', DEMO_VILLAGE_CODE, 'reset');
    const token = (await login(username)).data!.login.token;
    const before = await accountRow(username);
    for (const [p, why] of [['short', 'short'], [username, 'username'], ['          ', 'blank']]) {
      const res = await t.gql(RESET, { u: username, p }, TOWNSHIP);
      expect([errorCode(res), errorField(res)]).toEqual(['BAD_USER_INPUT', 'newPassword']);
      expect(why).toBeTruthy();
    }
    expect(await accountRow(username)).toEqual(before);
    expect((await t.gql(RESET, { u: username, p: 'brand-new-pass-2' }, TOWNSHIP)).errors).toBeUndefined();
    expect(errorCode(await login(username))).toBe('UNAUTHENTICATED');
    expect((await login(username, 'brand-new-pass-2')).errors).toBeUndefined();
    await eventually(async () => !(await accepted(token)), 60000);
  });

  it('changePassword needs the old password and a policy-conforming new one, then revokes the older tokens', async () => {
    const username = await createAccount('VILLAGE_CADRE', DEMO_VILLAGE_CODE, 'change');
    const token = (await login(username)).data!.login.token;
    const before = await accountRow(username);
    const wrong = await t.gql(CHANGE, { old: 'not-the-password', new: 'another-pass-33' }, token);
    expect([errorCode(wrong), errorField(wrong)]).toEqual(['BAD_USER_INPUT', 'oldPassword']);
    const weak = await t.gql(CHANGE, { old: PASSWORD, new: 'short' }, token);
    expect([errorCode(weak), errorField(weak)]).toEqual(['BAD_USER_INPUT', 'newPassword']);
    const same = await t.gql(CHANGE, { old: PASSWORD, new: PASSWORD }, token);
    expect([errorCode(same), errorField(same)]).toEqual(['BAD_USER_INPUT', 'newPassword']);
    expect(errorCode(await t.gql(CHANGE, { old: PASSWORD, new: 'another-pass-33' }))).toBe('UNAUTHENTICATED');
    expect(await accountRow(username)).toEqual(before);
    expect((await t.gql(CHANGE, { old: PASSWORD, new: 'another-pass-33' }, token)).errors).toBeUndefined();
    expect((await login(username, 'another-pass-33')).errors).toBeUndefined();
    await eventually(async () => !(await accepted(token)), 60000);
  });
});

describe('linkAccountToResident', () => {
  const LINK = `mutation ($u: String!, $r: ID!) { linkAccountToResident(input: { username: $u, residentId: $r }) { username residentId } }`;

  it('links area-chief and villager accounts to residents the grid announced, one account per resident', async () => {
    const residentId = randomUUID();
    const householdId = randomUUID();
    const data = { householdId, divisionCode: `${DEMO_VILLAGE_CODE}001`, areaId: null, residentCount: 1, residents: [{ residentId, name: '冯九', birthYear: 1980, birthMonth: 5 }] };
    await t.service.transport.publish([createCloudEvent({ type: HOUSEHOLD_REGISTERED, source: '/shanzhi/grid', subject: DEMO_VILLAGE_CODE, data })]);
    await eventually(async () => (await t.sql('select 1 from known_resident where resident_id = ?', [residentId])).length === 1);

    const villager = await createAccount('VILLAGER', DEMO_VILLAGE_CODE, 'link-v');
    const chief = await createAccount('AREA_CHIEF', DEMO_VILLAGE_CODE, 'link-c');
    const cadre = await createAccount('VILLAGE_CADRE', DEMO_VILLAGE_CODE, 'link-k');
    const before = await t.sql(`select username, resident_id from account order by username`);
    const unknown = await t.gql(LINK, { u: villager, r: randomUUID() }, TOWNSHIP);
    expect([errorCode(unknown), errorField(unknown)]).toEqual(['NOT_FOUND', 'residentId']);
    const wrongRole = await t.gql(LINK, { u: cadre, r: residentId }, TOWNSHIP);
    expect([errorCode(wrongRole), errorField(wrongRole)]).toEqual(['BAD_USER_INPUT', 'username']);
    expect(errorCode(await t.gql(LINK, { u: villager, r: residentId }, viewerOf('TOWNSHIP_OFFICER', '511425100')))).toBe('NOT_FOUND');
    expect(await t.sql(`select username, resident_id from account order by username`)).toEqual(before);

    const res = await t.gql(LINK, { u: villager, r: residentId }, TOWNSHIP);
    expect(res.data!.linkAccountToResident).toEqual({ username: villager, residentId });
    const taken = await t.gql(LINK, { u: chief, r: residentId }, TOWNSHIP);
    expect([errorCode(taken), errorField(taken)]).toEqual(['CONFLICT', 'residentId']);
  });
});

describe('the revocation list for processes without Redis (/auth/revocations)', () => {
  it('lists recently revoked accounts from the database', async () => {
    const username = await createAccount('VILLAGER', DEMO_VILLAGE_CODE, 'listed');
    await t.gql(DISABLE, { u: username }, COUNTY);
    const res = await fetch(new URL('/auth/revocations', t.service.url));
    expect(res.status).toBe(200);
    const list = (await res.json()) as Record<string, number>;
    expect(list[username]).toBeGreaterThan(Date.now() / 1000 - 60);
  });

  it('shows it only to holders of GATEWAY_SHARED_SECRET when one is configured', async () => {
    const secret = 'a-shared-secret-of-at-least-32-characters';
    const guarded = await startTestService({ GATEWAY_SHARED_SECRET: secret });
    try {
      const url = new URL('/auth/revocations', guarded.service.url);
      expect((await fetch(url)).status).toBe(403);
      expect((await fetch(url, { headers: { 'x-gateway-secret': 'wrong-secret-wrong-secret-wrong-secret' } })).status).toBe(403);
      const ok = await fetch(url, { headers: { 'x-gateway-secret': secret } });
      expect(ok.status).toBe(200);
      expect(await ok.json()).toEqual({});
    } finally {
      await guarded.stop();
    }
  });
});
