import type { Viewer } from '@shanzhi/auth';
import { describeIndicator, indicatorsOf, type IndicatorPublisher, type IndicatorsChanged } from '@shanzhi/indicators';
import { printSubgraphSdl } from '@shanzhi/kit';
import gridModule from '../src/service';
import { createGridIndicatorPublisher } from '../src/events/grid-indicators.publisher';
import { seedDemoCatalogue } from '../src/seed/demo-catalogue';
import { foldIndicatorMarks, markVillagesChanged } from '../src/services/indicator-marks.service';
import {
  BAIJIACHI, CADRE, capturingSql, countyDivisions, COUNTY, errorCode, eventually, NEIGHBOUR, startTestGrid, TOWNSHIP, validIdNumber, type TestGrid,
} from './helpers';

const VALUE = '{ value numerator denominator sample asOf }';
const ENTITIES = `query($reps: [_Any!]!) {
  _entities(representations: $reps) {
    ... on Division { code households ${VALUE} residents ${VALUE} areas ${VALUE} areaChiefCoverage ${VALUE} householdCount residentCount areaCount }
  }
}`;
const REGISTER = `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id } }`;
const CREATE_AREA = `mutation($input: CreateAreaInput!) { createArea(input: $input) { id } }`;

const VILLAGES = countyDivisions().filter((d) => d.level === 'VILLAGE').map((d) => d.code);
// A village of another township (高台镇 is 511425112), for the coalescing test.
const QUIET = VILLAGES.find((c) => !c.startsWith('511425112'))!;

let grid: TestGrid;
let publisher: IndicatorPublisher;
let serial = 0;

/** A one-person household with a fresh valid identity. */
function household(divisionCode: string, areaId: string | null = null) {
  serial++;
  const birth = new Date(Date.UTC(1940, 0, 1) + serial * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
  return {
    divisionCode,
    address: `${serial} 号`,
    headName: '张三',
    areaId,
    residents: [{ name: '张三', idNumber: validIdNumber(serial, birth), relation: 'HEAD' }],
  };
}

/** The cadre of the village of `code`: the people who register households and areas. */
function cadreOf(code: string): Viewer {
  const village = code.slice(0, 12);
  return { username: `village-${village}`, role: 'VILLAGE_CADRE', scope: village };
}

async function register(divisionCode: string, areaId: string | null = null): Promise<void> {
  const res = await grid.gql(REGISTER, { input: household(divisionCode, areaId) }, cadreOf(divisionCode));
  expect(res.errors).toBeUndefined();
}

async function createArea(divisionCode: string): Promise<string> {
  const res = await grid.gql(CREATE_AREA, { input: { divisionCode, name: `片区${++serial}`, chiefName: '李四' } }, cadreOf(divisionCode));
  expect(res.errors).toBeUndefined();
  return res.data!.createArea.id;
}

/** Marks not yet published: appended by writes, or already folded into indicator_dirty. */
async function pendingMarks(code?: string): Promise<number> {
  const where = code ? 'where division_code = ?' : '';
  const rows = await grid.sql<{ n: number }>(
    `select (select count(*) from grid_indicator_mark ${where})::int + (select count(*) from indicator_dirty ${where})::int as n`,
    code ? [code, code] : [],
  );
  return rows[0]!.n;
}

/**
 * Publishes every marked village now, as the service's own publisher would on its next pass. Done when no
 * mark is left: a mark goes in the transaction that records its event, so none is still in flight then.
 */
async function drain(): Promise<void> {
  await eventually(async () => {
    await publisher.publishOnce();
    return (await pendingMarks()) === 0;
  });
}

/** The snapshot (daily-period) events of a village; monthly indicators travel in an event of their own period. */
async function indicatorEvents(code: string, period: 'day' | 'month' = 'day'): Promise<IndicatorsChanged[]> {
  const rows = await grid.sql<{ data: IndicatorsChanged }>(`select data from outbox_event where type = 'grid.indicators.changed' and subject = ? order by seq`, [code]);
  return rows.map((r) => r.data).filter((d) => (period === 'day' ? /^\d{4}-\d{2}-\d{2}$/ : /^\d{4}-\d{2}$/).test(d.period));
}

beforeAll(async () => {
  grid = await startTestGrid();
  await grid.announce(countyDivisions());
  publisher = createGridIndicatorPublisher({ orm: grid.service.orm, log: grid.service.log });
  // 百家池村: an area in its first group holding two of three households; 邻村: one household, no area.
  const areaId = await createArea(`${BAIJIACHI}001`);
  await register(`${BAIJIACHI}001`, areaId);
  await register(`${BAIJIACHI}002`, areaId);
  await register(BAIJIACHI);
  await register(`${NEIGHBOUR}001`);
}, 60000);
afterAll(async () => {
  await grid?.stop();
});

describe('Division indicator fields', () => {
  it('serve all 58 villages of the county, every field, in ONE SQL query', async () => {
    await drain();
    let res!: Awaited<ReturnType<TestGrid['gql']>>;
    const queries = await capturingSql(grid, async () => {
      res = await grid.gql(ENTITIES, { reps: VILLAGES.map((code) => ({ __typename: 'Division', code })) }, COUNTY);
    });
    expect(res.errors).toBeUndefined();
    expect(VILLAGES).toHaveLength(58);
    expect(res.data!._entities).toHaveLength(58);
    expect(queries).toHaveLength(1);
    expect(queries[0]).toMatch(/from json_to_recordset/);
  });

  it('carry numerator, denominator, sample and age; a rate over no households has no value, not 0 %', async () => {
    const before = Date.now();
    const res = await grid.gql(ENTITIES, { reps: [BAIJIACHI, NEIGHBOUR, QUIET, '511425112'].map((code) => ({ __typename: 'Division', code })) }, COUNTY);
    expect(res.errors).toBeUndefined();
    const [baijiachi, neighbour, quiet, township] = res.data!._entities;
    expect(baijiachi).toMatchObject({
      code: BAIJIACHI,
      households: { value: 3, numerator: 3, denominator: null, sample: 3 },
      residents: { value: 3, numerator: 3, denominator: null, sample: 3 },
      areas: { value: 1, numerator: 1, denominator: null, sample: 1 },
      areaChiefCoverage: { value: 66.7, numerator: 2, denominator: 3, sample: 3 },
      householdCount: 3,
      residentCount: 3,
      areaCount: 1,
    });
    expect(neighbour.areaChiefCoverage).toMatchObject({ value: 0, numerator: 0, denominator: 1, sample: 1 });
    expect(quiet).toMatchObject({ households: { value: 0, sample: 0 }, areaChiefCoverage: { value: null, numerator: 0, denominator: 0, sample: 0 } });
    // The township rolls up as a ratio of sums: (2 + 0) / (3 + 1).
    expect(township.areaChiefCoverage).toMatchObject({ value: 50, numerator: 2, denominator: 4, sample: 4 });
    expect(new Date(baijiachi.households.asOf).getTime()).toBeGreaterThanOrEqual(before - 60_000);
  });

  it('are FORBIDDEN outside the viewer’s scope, per division, and the rest still answers', async () => {
    const res = await grid.gql(ENTITIES, { reps: [BAIJIACHI, NEIGHBOUR].map((code) => ({ __typename: 'Division', code })) }, CADRE);
    expect(res.data!._entities[0]).toMatchObject({ code: BAIJIACHI, households: { value: 3 } });
    expect(res.data!._entities[1]).toMatchObject({ code: NEIGHBOUR, households: null, areaChiefCoverage: null, householdCount: null });
    expect(res.errors!.length).toBeGreaterThan(0);
    expect(res.errors!.every((e) => e.extensions?.code === 'FORBIDDEN' && e.path?.[1] === 1)).toBe(true);

    const county = await grid.gql(ENTITIES, { reps: [{ __typename: 'Division', code: '511425' }] }, TOWNSHIP);
    expect(errorCode(county)).toBe('FORBIDDEN');
    const anonymous = await grid.gql(ENTITIES, { reps: [{ __typename: 'Division', code: BAIJIACHI }] });
    expect(errorCode(anonymous)).toBe('UNAUTHENTICATED');
  });

  it('are described from the catalogue, each at the field the catalogue names, returning the one shareable IndicatorValue', async () => {
    const sdl = printSubgraphSdl(await gridModule.buildSchema());
    expect(sdl).toMatch(/type IndicatorValue\s+@shareable\s/);
    const res = await grid.gql(`{ __type(name: "Division") { fields { name description type { name } } } }`, undefined, COUNTY);
    const fields = new Map<string, { description: string; type: { name: string } }>(res.data!.__type.fields.map((f: any) => [f.name, f]));
    for (const d of indicatorsOf('grid')) {
      expect(fields.get(d.field)).toEqual({ name: d.field, description: describeIndicator(d.id), type: { name: 'IndicatorValue' } });
    }
    expect(fields.get('householdCount')!.description.startsWith(describeIndicator('grid.households'))).toBe(true);
  });
});

describe('grid.indicators.changed', () => {
  it('follows every committed write exactly once, and no refused write', async () => {
    await drain();
    const before = (await indicatorEvents(NEIGHBOUR)).length;
    const refused = await grid.gql(REGISTER, { input: { ...household(`${NEIGHBOUR}001`), address: ' ' } }, cadreOf(NEIGHBOUR));
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    const forbidden = await grid.gql(REGISTER, { input: household(`${NEIGHBOUR}001`) }, CADRE);
    expect(errorCode(forbidden)).toBe('FORBIDDEN');
    await drain();
    expect(await indicatorEvents(NEIGHBOUR)).toHaveLength(before);

    await register(`${NEIGHBOUR}001`);
    await drain();
    const after = await indicatorEvents(NEIGHBOUR);
    expect(after).toHaveLength(before + 1);
    expect(after.at(-1)!.values['grid.households']).toMatchObject({ value: 2, sample: 2 });
  });

  it('coalesces a burst of writes to one village into very few events, the last with the final values', async () => {
    await drain();
    const areaId = await createArea(QUIET);
    for (let i = 0; i < 30; i++) await register(QUIET, i % 3 === 0 ? null : areaId);
    await drain();

    const events = await indicatorEvents(QUIET);
    expect(events.length).toBeGreaterThanOrEqual(1);
    // 31 writes; the service's own publisher, if running, may have split them across a few passes.
    expect(events.length).toBeLessThanOrEqual(5);
    const last = events.at(-1)!;
    expect(last.divisionCode).toBe(QUIET);
    expect(last.period).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const month = (await indicatorEvents(QUIET, 'month')).at(-1)!;
    expect(month.period).toMatch(/^\d{4}-\d{2}$/);
    expect(Object.keys({ ...last.values, ...month.values }).sort()).toEqual(indicatorsOf('grid').map((d) => d.id).sort());
    expect(month.values['grid.ordersThisMonth']).toMatchObject({ value: 0, numerator: 0, denominator: 30 });
    expect(last.values['grid.households']).toMatchObject({ value: 30, numerator: 30, denominator: null, sample: 30 });
    expect(last.values['grid.areas']).toMatchObject({ value: 1, sample: 1 });
    expect(last.values['grid.areaChiefCoverage']).toMatchObject({ value: 66.7, numerator: 20, denominator: 30, sample: 30 });
    expect(typeof last.values['grid.households']!.asOf).toBe('string');
    expect(await pendingMarks(QUIET)).toBe(0);
  });

  it('is published by the running service itself after a commit, with no one asking', async () => {
    await drain();
    const before = (await indicatorEvents(BAIJIACHI)).length;
    await register(BAIJIACHI);
    await eventually(async () => (await indicatorEvents(BAIJIACHI)).length > before);
    expect((await indicatorEvents(BAIJIACHI)).at(-1)!.values['grid.households']!.value).toBe(4);
    await eventually(async () => (await pendingMarks(BAIJIACHI)) === 0);
  });

  it('lets writes of one village commit side by side: a write that has marked the village does not hold up the next', async () => {
    await seedDemoCatalogue(grid.service.orm.em.fork(), '511425');
    const [item] = await grid.sql<{ id: string }>(`select id from service_item where county_code = '511425' order by id limit 1`);
    const [home] = await grid.sql<{ id: string }>(`select id from household where division_code like ? order by id limit 1`, [`${BAIJIACHI}%`]);
    await drain();
    const before = (await indicatorEvents(BAIJIACHI, 'month')).length;
    // A write of 百家池 has marked the village and not committed yet; an order of the same village is placed
    // and commits meanwhile. (A mark that locked a row per village would keep the order waiting for this
    // transaction, which waits for the order: the test would never finish.)
    await grid.service.orm.em.fork().transactional(async (em) => {
      await markVillagesChanged(em, BAIJIACHI);
      const placed = await grid.gql(
        `mutation($input: PlaceServiceOrderInput!) { placeServiceOrder(input: $input) { id } }`,
        { input: { householdId: home!.id, itemId: item!.id, description: '村道路灯不亮', channel: 'PHONE' } },
        CADRE,
      );
      expect(placed.errors).toBeUndefined();
    });
    await drain();
    const month = await indicatorEvents(BAIJIACHI, 'month');
    expect(month.length).toBeGreaterThan(before);
    const [orders] = await grid.sql<{ n: number }>(`select count(*)::int as n from service_order where division_code like ?`, [`${BAIJIACHI}%`]);
    expect(month.at(-1)!.values['grid.ordersThisMonth']).toMatchObject({ numerator: orders!.n });
  });

  it('publishes a mark committed after a fold has run, and never one rolled back', async () => {
    await drain();
    const lonely = VILLAGES.find((c) => c !== QUIET && c !== BAIJIACHI && c !== NEIGHBOUR)!;
    const before = { lonely: (await indicatorEvents(lonely)).length, neighbour: (await indicatorEvents(NEIGHBOUR)).length };
    await grid.service.orm.em.fork().transactional(async (em) => {
      await markVillagesChanged(em, [`${lonely}001`, lonely]);
      // A fold while the write is open cannot see its mark, and leaves it for the next one.
      await foldIndicatorMarks(grid.service.orm.em.fork());
    });
    await grid.service.orm.em
      .fork()
      .transactional(async (em) => {
        await markVillagesChanged(em, NEIGHBOUR);
        throw new Error('rolled back');
      })
      .catch(() => undefined);
    await drain();
    // Two codes of one village: one mark, one event.
    expect(await indicatorEvents(lonely)).toHaveLength(before.lonely + 1);
    expect(await indicatorEvents(NEIGHBOUR)).toHaveLength(before.neighbour);
  });
});
