import { gql, login, startPlatform, type Platform } from './support/platform';

// End-to-end through the gateway, on the demo county, following the source report: the county
// organization department compares its villages, 高台镇 follows its own, 百家池村's cadres keep the
// household register of their 4 villager groups and 38 areas.
jest.setTimeout(180000);

const BAIJIACHI = '511425112201';
const NEIGHBOUR = '511425112202'; // 富塘村, also in 高台镇

let p: Platform;
let county: string;
let township: string;
let village: string;

beforeAll(async () => {
  p = await startPlatform();
  [county, township, village] = await Promise.all([
    login(p.url, 'county-511425'),
    login(p.url, 'township-511425112'),
    login(p.url, 'village-511425112201'),
  ]);
});
afterAll(async () => {
  await p?.stop();
});

it('runs on the event transport the environment asks for', () => {
  expect(p.transport).toBe(process.env.TEST_KAFKA_BROKERS ? 'kafka' : 'postgres');
});

describe('sign-in', () => {
  it('tells each demo account who it is', async () => {
    const r = await gql(p.url, '{ viewer { username role scope } }', undefined, village);
    expect(r.data?.viewer).toEqual({ username: 'village-511425112201', role: 'VILLAGE_CADRE', scope: BAIJIACHI });
  });

  it('refuses a wrong password with UNAUTHENTICATED and a forged token at the gateway', async () => {
    const bad = await gql(p.url, 'mutation { login(input: { username: "county-511425", password: "wrong-password" }) { token } }');
    expect(bad.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const forged = await gql(p.url, '{ viewer { username } }', undefined, `${county.slice(0, -4)}AAAA`);
    expect(forged.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('requires a token for data', async () => {
    const r = await gql(p.url, `{ households(divisionCode: "${BAIJIACHI}") { totalCount } }`);
    expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('county organization department (county-511425)', () => {
  it('compares the household counts of all 58 villages in one query', async () => {
    const r = await gql<{ divisions: { code: string; name: string; level: string; householdCount: number }[] }>(
      p.url,
      '{ divisions(parentCode: "511425", level: VILLAGE) { code name level householdCount } }',
      undefined,
      county,
    );
    expect(r.errors).toBeUndefined();
    const villages = r.data!.divisions;
    expect(villages).toHaveLength(58);
    expect(villages.every((v) => v.level === 'VILLAGE' && v.code.startsWith('511425'))).toBe(true);
    expect(villages.find((v) => v.code === BAIJIACHI)?.householdCount).toBe(1114);
    expect(villages.every((v) => v.householdCount > 0)).toBe(true);
    // Comparisons only mean something if villages differ.
    expect(new Set(villages.map((v) => v.householdCount)).size).toBeGreaterThan(10);
  });

  it('sees the county total equal to the sum of its villages', async () => {
    const r = await gql<any>(
      p.url,
      '{ division(code: "511425") { code name level householdCount residentCount children { code level } } divisions(parentCode: "511425", level: VILLAGE) { householdCount } }',
      undefined,
      county,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.division).toMatchObject({ code: '511425', level: 'COUNTY' });
    expect(r.data.division.children).toHaveLength(7);
    const sum = r.data.divisions.reduce((s: number, v: { householdCount: number }) => s + v.householdCount, 0);
    expect(r.data.division.householdCount).toBe(sum);
  });
});

describe('高台镇 officer (township-511425112)', () => {
  it('sees only the 8 village-level units of 高台镇', async () => {
    const r = await gql<any>(
      p.url,
      '{ divisions(parentCode: "511425", level: VILLAGE) { code householdCount } division(code: "511425112") { name children { code name level } } }',
      undefined,
      township,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.divisions).toHaveLength(8);
    expect(r.data.divisions.every((v: { code: string }) => v.code.startsWith('511425112'))).toBe(true);
    expect(r.data.division.name).toBe('高台镇');
    expect(r.data.division.children).toHaveLength(8);
  });

  it('is refused another township', async () => {
    const r = await gql(p.url, '{ division(code: "511425102") { code householdCount } }', undefined, township);
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('百家池村 cadre (village-511425112201)', () => {
  it('sees the village of the source report: 4 groups, 38 areas, 1,114 households, 3,291 residents', async () => {
    const r = await gql<any>(
      p.url,
      `{ division(code: "${BAIJIACHI}") { name level parent { code } householdCount residentCount areaCount children { code level } } }`,
      undefined,
      village,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.division).toMatchObject({
      level: 'VILLAGE',
      parent: { code: '511425112' },
      householdCount: 1114,
      residentCount: 3291,
      areaCount: 38,
    });
    expect(r.data.division.children.filter((c: { level: string }) => c.level === 'GROUP')).toHaveLength(4);
  });

  it('sees households with masked identities', async () => {
    const r = await gql<any>(
      p.url,
      `{ households(divisionCode: "${BAIJIACHI}", first: 5) { totalCount nodes { id divisionCode residents { id name idNumber phone } } } }`,
      undefined,
      village,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.households.totalCount).toBe(1114);
    const residents = r.data.households.nodes.flatMap((h: any) => h.residents);
    expect(residents.length).toBeGreaterThan(0);
    for (const resident of residents) {
      expect(resident.idNumber).toMatch(/^511425\*{8}[0-9]{3}[0-9X]$/);
      if (resident.phone) expect(resident.phone).toMatch(/^1[3-9][0-9]\*{4}[0-9]{4}$/);
    }
  });

  it('is FORBIDDEN from a neighbour village’s households', async () => {
    const r = await gql<any>(
      p.url,
      `{ division(code: "${BAIJIACHI}") { shortName } households(divisionCode: "${NEIGHBOUR}") { totalCount } }`,
      undefined,
      village,
    );
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(r.errors?.[0]?.path).toEqual(['households']);
    // The refusal nulls that field only; the rest of the answer still arrives.
    expect(r.data).toEqual({ division: { shortName: '百家池村' }, households: null });
  });

  it('an area chief’s new household shows up in the county comparison at once', async () => {
    const areas = await gql<any>(p.url, `{ areas(divisionCode: "${BAIJIACHI}") { id divisionCode householdCount } }`, undefined, village);
    expect(areas.errors).toBeUndefined();
    expect(areas.data.areas).toHaveLength(38);
    const area = areas.data.areas[0];
    const registered = await gql<any>(
      p.url,
      'mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id divisionCode residents { name idNumber phone } } }',
      {
        input: {
          divisionCode: area.divisionCode,
          areaId: area.id,
          address: '百家池村新居 8 号',
          headName: '陈新民',
          residents: [
            { name: '陈新民', idNumber: '51142519900101123X', phone: '13800001234', relation: 'HEAD' },
            { name: '李秀英', idNumber: '511425199203042341', relation: 'SPOUSE' },
          ],
        },
      },
      village,
    );
    expect(registered.errors).toBeUndefined();
    expect(registered.data.registerHousehold.residents[0]).toMatchObject({ idNumber: '511425********123X', phone: '138****1234' });
    const after = await gql<any>(
      p.url,
      `{ division(code: "${BAIJIACHI}") { householdCount residentCount } }`,
      undefined,
      county,
    );
    expect(after.data.division).toEqual({ householdCount: 1115, residentCount: 3293 });

    const bad = await gql<any>(
      p.url,
      'mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id } }',
      { input: { divisionCode: area.divisionCode, address: '某处', headName: '王五', residents: [{ name: '王五', idNumber: '511425199001011233', relation: 'HEAD' }] } },
      village,
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'residents.0.idNumber' });
    const unchanged = await gql<any>(p.url, `{ division(code: "${BAIJIACHI}") { householdCount } }`, undefined, county);
    expect(unchanged.data.division.householdCount).toBe(1115);
  });

  it('reveals one identity for a stated reason and refuses a reveal without one', async () => {
    const list = await gql<any>(
      p.url,
      `{ households(divisionCode: "${BAIJIACHI}", first: 1) { nodes { residents { id idNumber } } } }`,
      undefined,
      village,
    );
    const resident = list.data.households.nodes[0].residents[0];
    const reveal = await gql<any>(
      p.url,
      'mutation($input: RevealResidentIdentityInput!) { revealResidentIdentity(input: $input) { idNumber phone } }',
      { input: { residentId: resident.id, reason: '办理高龄补贴核对身份' } },
      village,
    );
    expect(reveal.errors).toBeUndefined();
    expect(reveal.data.revealResidentIdentity.idNumber).toMatch(/^511425[0-9]{11}[0-9X]$/);
    expect(reveal.data.revealResidentIdentity.idNumber.slice(-4)).toBe(resident.idNumber.slice(-4));

    const noReason = await gql(
      p.url,
      'mutation($input: RevealResidentIdentityInput!) { revealResidentIdentity(input: $input) { idNumber } }',
      { input: { residentId: resident.id, reason: '' } },
      village,
    );
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});

describe('gateway protections', () => {
  it('rejects a query nested too deep without stating the limit', async () => {
    let q = 'code';
    for (let i = 0; i < 20; i++) q = `children { ${q} }`;
    const r = await gql(p.url, `{ division(code: "511425") { ${q} } }`, undefined, county);
    expect(r.errors?.[0]?.message).toBeDefined();
    expect(r.errors?.[0]?.message).not.toMatch(/\d/);
  });

  it('refuses batched requests', async () => {
    const res = await fetch(p.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${county}` },
      body: JSON.stringify([{ query: '{ viewer { username } }' }, { query: '{ viewer { username } }' }]),
    });
    expect(res.status).toBe(400);
  });

  it('refuses a form POST (CSRF prevention)', async () => {
    const res = await fetch(p.url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ __typename }"}' });
    expect(res.status).toBe(400);
  });

  it('answers /healthz and /readyz', async () => {
    const base = p.url.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
  });

  it('in production hides the schema: no introspection, no landing page, no field suggestions', async () => {
    const { gatewayConfigSchema, startGateway } = await import('../src');
    const { parseConfig } = await import('@shanzhi/kit');
    const prod = await startGateway(
      parseConfig(gatewayConfigSchema, {
        NODE_ENV: 'production',
        PORT: '0',
        LOG_LEVEL: 'silent',
        AUTH_KEY_FILE: p.keyFile,
        ...p.subgraphUrls,
      }),
    );
    try {
      const intro = await gql(prod.url, '{ __schema { types { name } } }', undefined, county);
      expect(intro.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const typo = await gql(prod.url, '{ divison(code: "511425") { code } }', undefined, county);
      expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
      const page = await fetch(prod.url, { headers: { accept: 'text/html' } });
      expect(await page.text()).not.toMatch(/<html/i);
      const works = await gql<any>(prod.url, '{ viewer { username } }', undefined, county);
      expect(works.data?.viewer.username).toBe('county-511425');
    } finally {
      await prod.stop();
    }
  });

  it('hands on an operation one subgraph answers whole as the subgraph answers it, the same as its own assembly', async () => {
    const passed = async () => {
      const text = await (await fetch(p.url.replace(/\/graphql$/, '/metrics'))).text();
      return [...text.matchAll(/^gateway_single_fetch_answers_total\{[^}]*\} (\d+)/gm)].reduce((n, m) => n + Number(m[1]), 0);
    };
    // The grid alone answers the page: the first request is planned and assembled by the gateway, the next are
    // the grid's answer handed on.
    const page = `query Page($code: String!, $first: Int) { page: households(divisionCode: $code, first: $first) { totalCount nodes { id divisionCode residents { name idNumber } } } }`;
    const assembled = await gql<any>(p.url, page, { code: BAIJIACHI, first: 3 }, village);
    expect(assembled.errors).toBeUndefined();
    const n0 = await passed();
    expect(await gql<any>(p.url, page, { code: BAIJIACHI, first: 3 }, village)).toEqual(assembled);
    expect((await passed()) - n0).toBe(1);
    // Errors never take the short path: the refusal is the gateway's own, the same both times.
    const refused = await gql<any>(p.url, page, { code: NEIGHBOUR, first: 3 }, village);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await gql<any>(p.url, page, { code: NEIGHBOUR, first: 3 }, village)).toEqual(refused);
    // Two subgraphs (the name from organizations, the count from the grid): always planned and assembled.
    const both = `{ division(code: "${BAIJIACHI}") { name householdCount } }`;
    for (let i = 0; i < 2; i++) expect((await gql<any>(p.url, both, undefined, village)).data.division.householdCount).toBe(1115);
    // Introspection is the gateway's: never sent on.
    for (let i = 0; i < 2; i++) expect((await gql<any>(p.url, '{ __type(name: "Household") { name } }', undefined, village)).data.__type.name).toBe('Household');
    expect((await passed()) - n0).toBe(1);
  });

  // Last: it stops the grid subgraph.
  it('returns partial data and a coded error when a subgraph is down', async () => {
    await p.services.grid!.stop();
    const r = await gql<any>(p.url, `{ division(code: "${BAIJIACHI}") { code name householdCount } }`, undefined, village);
    expect(r.data.division).toMatchObject({ code: BAIJIACHI, name: expect.any(String), householdCount: null });
    expect(r.errors?.[0]?.extensions?.code).toBe('SUBGRAPH_UNAVAILABLE');
  });
});
