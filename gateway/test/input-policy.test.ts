import { gql, login, startPlatform, type Platform } from './support/platform';

// The text policy and the household rules, through the gateway as a client meets them: a refused value is
// BAD_USER_INPUT (or CONFLICT) naming the field, and nothing is stored.
jest.setTimeout(180000);

const BAIJIACHI = '511425112201';
const NEIGHBOUR = '511425112202';
const BAD_TEXT: Record<string, string> = {
  NUL: 'x\u0000y', BEL: 'x\u0007y', RLO: 'x\u202ey', RLM: 'x\u200fy', ZWSP: 'x\u200by', 'lone surrogate': 'x\ud800y',
};

let p: Platform;
let county: string;
let village: string;
/** A cadre of the neighbouring village, created for this test. */
let neighbour: string;

/** An 18-character ID-card number (GB 11643) with a valid check digit. */
function idNumber(seq: number, birth = '19800101'): string {
  const body = `511425${birth}${String(seq % 1000).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, d, i) => s + Number(d) * weights[i]!, 0);
  return body + '10X98765432'[sum % 11]!;
}
let seq = 100;

const REGISTER = 'mutation ($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id address headName residents { name } } }';
function household(divisionCode: string, overrides: Record<string, unknown> = {}, resident: Record<string, unknown> = {}) {
  return { divisionCode, address: '百家池村一组 1 号', headName: '王一', residents: [{ name: '王一', idNumber: idNumber(seq++), relation: 'HEAD', ...resident }], ...overrides };
}
async function householdTotal(token: string, code = BAIJIACHI): Promise<number> {
  const r = await gql<{ households: { totalCount: number } }>(p.url, `{ households(divisionCode: "${code}") { totalCount } }`, undefined, token);
  return r.data!.households.totalCount;
}

beforeAll(async () => {
  p = await startPlatform();
  [county, village] = await Promise.all([login(p.url, 'county-511425'), login(p.url, 'village-511425112201')]);
  for (const [username, code] of [['cadre-511425112202', NEIGHBOUR], ['cadre-511425112203', '511425112203']] as const) {
    const created = await gql(p.url, 'mutation ($input: CreateAccountInput!) { createAccount(input: $input) { id } }', {
      input: { username, password: 'neighbour-password-1', role: 'VILLAGE_CADRE', scopeCode: code, displayName: '邻村干部' },
    }, county);
    if (created.errors) throw new Error(JSON.stringify(created.errors));
  }
  neighbour = await login(p.url, 'cadre-511425112202', 'neighbour-password-1');
});
afterAll(async () => {
  await p?.stop();
});

describe('text policy', () => {
  it.each(Object.entries(BAD_TEXT))('refuses %s in every free-text field of registerHousehold, storing nothing', async (_label, bad) => {
    const before = await householdTotal(village);
    const cases: [Record<string, unknown>, Record<string, unknown>, string][] = [
      [{ address: bad }, {}, 'address'],
      [{ headName: bad }, {}, 'headName'],
      [{}, { name: bad }, 'residents.0.name'],
    ];
    for (const [overrides, resident, field] of cases) {
      const r = await gql(p.url, REGISTER, { input: household(BAIJIACHI, overrides, resident) }, village);
      expect(r.status).toBeLessThan(500);
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await householdTotal(village)).toBe(before);
  });

  it.each(Object.entries(BAD_TEXT))('refuses %s in area, division, account and login text', async (_label, bad) => {
    const nameBefore = (await gql<{ division: { name: string } }>(p.url, `{ division(code: "${BAIJIACHI}") { name } }`, undefined, county)).data!.division.name;
    const area = await gql(p.url, 'mutation ($input: CreateAreaInput!) { createArea(input: $input) { id } }', { input: { divisionCode: BAIJIACHI, name: bad, chiefName: '李四' } }, village);
    expect(area.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    const chief = await gql(p.url, 'mutation ($input: CreateAreaInput!) { createArea(input: $input) { id } }', { input: { divisionCode: BAIJIACHI, name: '第九十九片区', chiefName: bad } }, village);
    expect(chief.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'chiefName' });
    const division = await gql(p.url, 'mutation ($input: CreateDivisionInput!) { createDivision(input: $input) { code } }', { input: { code: `${BAIJIACHI}099`, name: bad } }, county);
    expect(division.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    const rename = await gql(p.url, 'mutation ($input: UpdateDivisionInput!) { updateDivision(input: $input) { code } }', { input: { code: BAIJIACHI, name: bad } }, county);
    expect(rename.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    const account = await gql(p.url, 'mutation ($input: CreateAccountInput!) { createAccount(input: $input) { id } }', {
      input: { username: 'cadre-text-test', password: 'a-good-password-1', role: 'VILLAGE_CADRE', scopeCode: BAIJIACHI, displayName: bad },
    }, county);
    expect(account.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'displayName' });
    const signIn = await gql(p.url, 'mutation ($input: LoginInput!) { login(input: $input) { token } }', { input: { username: bad, password: 'whatever-it-is' } });
    expect(signIn.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'username' });
    const areas = await gql<{ areas: { name: string }[] }>(p.url, `{ areas(divisionCode: "${BAIJIACHI}") { name } }`, undefined, village);
    expect(areas.data!.areas.some((a) => a.name.includes('y'))).toBe(false);
    const d = await gql<{ division: { name: string } | null }>(p.url, `{ division(code: "${BAIJIACHI}") { name } }`, undefined, county);
    expect(d.data!.division!.name).toBe(nameBefore);
  });

  it('stores text in NFC, trimmed', async () => {
    const r = await gql(p.url, REGISTER, { input: household(BAIJIACHI, { address: '  Rue de l’E\u0301glise 3 ', headName: '王二' }, { name: ' 王二 ' }) }, village);
    expect(r.errors).toBeUndefined();
    expect(r.data!.registerHousehold).toMatchObject({ address: 'Rue de l’\u00c9glise 3', headName: '王二', residents: [{ name: '王二' }] });
  });

  it('refuses a cursor that is not exactly what the server issued', async () => {
    const page = await gql<{ households: { pageInfo: { endCursor: string } } }>(p.url, `{ households(divisionCode: "${BAIJIACHI}", first: 1) { pageInfo { endCursor } } }`, undefined, village);
    const cursor = page.data!.households.pageInfo.endCursor;
    for (const forged of [`${cursor.slice(0, 5)}\u0007${cursor.slice(5)}`, `${cursor.slice(0, 5)}!${cursor.slice(5)}`, `${cursor}=`, `${cursor}\u200b`, `${cursor.slice(0, -1)}`]) {
      const r = await gql(p.url, 'query ($after: String) { households(divisionCode: "511425112201", first: 1, after: $after) { nodes { id } } }', { after: forged }, village);
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    }
    const ok = await gql(p.url, 'query ($after: String) { households(divisionCode: "511425112201", first: 1, after: $after) { nodes { id } } }', { after: cursor }, village);
    expect(ok.errors).toBeUndefined();
  });
});

describe('households', () => {
  it('refuses a household without a head, naming residents', async () => {
    const before = await householdTotal(village);
    const r = await gql(p.url, REGISTER, { input: household(BAIJIACHI, {}, { relation: 'CHILD' }) }, village);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'residents' });
    expect(await householdTotal(village)).toBe(before);
  });

  it('says an ID number is taken plainly in the same village, and reveals nothing about another village', async () => {
    const inNeighbour = idNumber(seq++);
    const first = await gql(p.url, REGISTER, { input: household(NEIGHBOUR, {}, { idNumber: inNeighbour }) }, neighbour);
    expect(first.errors).toBeUndefined();
    const inOwn = idNumber(seq++);
    expect((await gql(p.url, REGISTER, { input: household(BAIJIACHI, {}, { idNumber: inOwn }) }, village)).errors).toBeUndefined();

    const own = await gql(p.url, REGISTER, { input: household(BAIJIACHI, {}, { idNumber: inOwn }) }, village);
    expect(own.errors?.[0]).toMatchObject({ message: expect.stringContaining('this village'), extensions: { code: 'CONFLICT', field: 'residents.0.idNumber' } });

    const other = await gql(p.url, REGISTER, { input: household(BAIJIACHI, {}, { idNumber: inNeighbour }) }, village);
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'residents.0.idNumber' });
    const message = other.errors![0]!.message;
    expect(message).not.toMatch(/this village|511425112202|富塘/);
    // The same generic refusal whichever other village holds it.
    const elsewhere = idNumber(seq++);
    const thirdCadre = await login(p.url, 'cadre-511425112203', 'neighbour-password-1');
    expect((await gql(p.url, REGISTER, { input: household('511425112203', {}, { idNumber: elsewhere }) }, thirdCadre)).errors).toBeUndefined();
    const third = await gql(p.url, REGISTER, { input: household(BAIJIACHI, {}, { idNumber: elsewhere }) }, village);
    expect(third.errors?.[0]?.message).toBe(message);
  });
});

describe('passwords', () => {
  it.each([
    ['twelve spaces', ' '.repeat(12)],
    ['too short', 'abc123'],
    ['the username', 'Cadre-Weak-Test'],
  ])('createAccount refuses %s as BAD_USER_INPUT on password', async (_label, password) => {
    const r = await gql(p.url, 'mutation ($input: CreateAccountInput!) { createAccount(input: $input) { id } }', {
      input: { username: 'cadre-weak-test', password, role: 'VILLAGE_CADRE', scopeCode: BAIJIACHI, displayName: '测试' },
    }, county);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
  });
});
