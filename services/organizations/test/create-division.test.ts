import { COUNTY, TOWNSHIP, VILLAGE, errorCode, startTestService, type TestService } from './helpers';

const CREATE = `mutation ($input: CreateDivisionInput!) {
  createDivision(input: $input) { code name shortName level parent { code } }
}`;
const UPDATE = `mutation ($input: UpdateDivisionInput!) { updateDivision(input: $input) { code name shortName level } }`;

let t: TestService;
let township: string;

beforeAll(async () => {
  t = await startTestService();
  township = await t.tokenFor(TOWNSHIP);
});
afterAll(async () => {
  await t?.stop();
});

/** Rows and outbox events that mention a code: a rejected mutation must leave neither. */
async function traces(code: string) {
  const [row] = await t.sql<{ rows: number; events: number }>(
    `select (select count(*)::int from division where code = ?) as rows,
            (select count(*)::int from outbox_event where subject = ?) as events`,
    [code, code],
  );
  return row!;
}

describe('createDivision', () => {
  it('adds a villager group with exactly one created event, written with the row', async () => {
    const res = await t.gql(CREATE, { input: { code: '511425112201005', name: '第五村民小组', shortName: '五组' } }, township);
    expect(res.errors).toBeUndefined();
    expect(res.data!.createDivision).toEqual({
      code: '511425112201005', name: '第五村民小组', shortName: '五组', level: 'GROUP', parent: { code: '511425112201' },
    });
    expect(await traces('511425112201005')).toEqual({ rows: 1, events: 1 });
    const [event] = await t.sql(`select type, source, data from outbox_event where subject = '511425112201005'`);
    expect(event).toEqual({
      type: 'organizations.division.created',
      source: '/shanzhi/organizations',
      data: { code: '511425112201005', name: '第五村民小组', level: 'GROUP', parentCode: '511425112201' },
    });
    // Same transaction: the row and the event carry the same commit's transaction id.
    const [xids] = await t.sql<{ d: string; e: string }>(
      `select (select xmin::text from division where code = '511425112201005') as d,
              (select xmin::text from outbox_event where subject = '511425112201005') as e`,
    );
    expect(xids!.d).toBe(xids!.e);
  });

  it.each([
    ['a malformed code', { code: '51142511220100X', name: '组' }, 'code'],
    ['a code of the wrong length', { code: '5114251122010', name: '组' }, 'code'],
    ['a code whose last segment is all zeros', { code: '511425112201000', name: '组' }, 'code'],
    ['a blank name', { code: '511425112201006', name: '   ' }, 'name'],
    ['a level that contradicts the code', { code: '511425112201006', name: '组', level: 'VILLAGE' }, 'level'],
    ['a parent that contradicts the code', { code: '511425112201006', name: '组', parentCode: '511425112202' }, 'parentCode'],
    ['a parent that does not exist', { code: '511425112299001', name: '组' }, 'parentCode'],
  ])('rejects %s with BAD_USER_INPUT naming the field, leaving no row and no event', async (_what, input, field) => {
    const res = await t.gql(CREATE, { input }, township);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.extensions!.field).toBe(field);
    expect(await traces(input.code)).toEqual({ rows: 0, events: 0 });
  });

  it('answers a duplicate code with CONFLICT on field code and writes no second event', async () => {
    const res = await t.gql(CREATE, { input: { code: '511425112201001', name: '重复' } }, township);
    expect(errorCode(res)).toBe('CONFLICT');
    expect(res.errors![0]!.extensions!.field).toBe('code');
    expect(await traces('511425112201001')).toEqual({ rows: 1, events: 1 });
  });

  it('keeps editors inside their scope and refuses village accounts', async () => {
    const elsewhere = await t.gql(CREATE, { input: { code: '511425102201009', name: '外镇小组' } }, township);
    expect(errorCode(elsewhere)).toBe('FORBIDDEN');
    const village = await t.gql(CREATE, { input: { code: '511425112201007', name: '第七村民小组' } }, await t.tokenFor(VILLAGE));
    expect(errorCode(village)).toBe('FORBIDDEN');
    expect(await traces('511425102201009')).toEqual({ rows: 0, events: 0 });
    expect(await traces('511425112201007')).toEqual({ rows: 0, events: 0 });
  });

  it('lets the county admin add a group anywhere in the county', async () => {
    const res = await t.gql(CREATE, { input: { code: '511425102201009', name: '第九村民小组', level: 'GROUP', parentCode: '511425102201' } }, await t.tokenFor(COUNTY));
    expect(res.errors).toBeUndefined();
    expect(res.data!.createDivision.shortName).toBe('第九村民小组');
  });
});

describe('updateDivision', () => {
  it('renames a division and records one updated event', async () => {
    const res = await t.gql(UPDATE, { input: { code: '511425112201004', name: '第四村民小组(新)' } }, township);
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateDivision).toEqual({ code: '511425112201004', name: '第四村民小组(新)', shortName: '四组', level: 'GROUP' });
    const events = await t.sql(`select data from outbox_event where subject = '511425112201004' and type = 'organizations.division.updated'`);
    expect(events).toEqual([{ data: { code: '511425112201004', name: '第四村民小组(新)', level: 'GROUP', parentCode: '511425112201' } }]);
  });

  it('answers NOT_FOUND for an unknown code and FORBIDDEN outside scope, changing nothing', async () => {
    const missing = await t.gql(UPDATE, { input: { code: '511425112201099', name: 'x' } }, township);
    expect(errorCode(missing)).toBe('NOT_FOUND');
    expect(missing.errors![0]!.extensions!.field).toBe('code');
    const outside = await t.gql(UPDATE, { input: { code: '511425102201', name: 'x' } }, township);
    expect(errorCode(outside)).toBe('FORBIDDEN');
    const [row] = await t.sql(`select name from division where code = '511425102201'`);
    expect(row!.name).not.toBe('x');
    expect(await t.sql(`select 1 from outbox_event where subject = '511425102201' and type = 'organizations.division.updated'`)).toEqual([]);
  });
});
