import { loadDivisions } from '@shanzhi/divisions';
import { createCloudEvent, HOUSEHOLD_REGISTERED } from '@shanzhi/events';
import { describeIndicator, indicatorsOf, type IndicatorPublisher, type IndicatorsChanged } from '@shanzhi/indicators';
import { createCultureIndicatorPublisher } from '../src/events/culture-indicators.publisher';
import { BAIJIACHI, CADRE, COUNTY, errorCode, eventually, NEIGHBOUR, newId, startTestCulture, TOWNSHIP, VILLAGER, type TestCulture } from './helpers';

const VALUE = '{ value numerator denominator sample }';
const FIELDS = indicatorsOf('culture').map((d) => `${d.field} ${VALUE}`).join(' ');
const ENTITIES = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Division { code ${FIELDS} } } }`;
const VILLAGES = loadDivisions('511425').filter((d) => d.level === 'VILLAGE').map((d) => d.code);

let t: TestCulture;
let publisher: IndicatorPublisher;
const household = newId();

async function drain(): Promise<void> {
  await eventually(async () => {
    await publisher.publishOnce();
    return (await t.sql(`select 1 from indicator_dirty`)).length === 0;
  });
}

async function events(code: string): Promise<IndicatorsChanged[]> {
  return (await t.sql<{ data: IndicatorsChanged }>(`select data from outbox_event where type = 'culture.indicators.changed' and subject = ? order by seq`, [code])).map((r) => r.data);
}

beforeAll(async () => {
  t = await startTestCulture();
  publisher = createCultureIndicatorPublisher({ orm: t.service.orm, log: t.service.log });
  // 百家池: 100 residents known from grid, an activity this month with 3 attendances and 2¼ volunteer hours,
  // two museum items (one returned), three wishes (one fulfilled, one withdrawn).
  const residents = Array.from({ length: 100 }, (_, i) => ({ residentId: newId(), name: `村民${i}`, birthYear: 1970, birthMonth: (i % 12) + 1 }));
  await t.service.transport.publish([createCloudEvent({ type: HOUSEHOLD_REGISTERED, source: '/shanzhi/grid', subject: BAIJIACHI, data: { householdId: household, divisionCode: `${BAIJIACHI}001`, areaId: null, residentCount: 100, residents } })]);
  await eventually(async () => (await t.sql<{ n: number }>('select count(*)::int as n from birthday_resident'))[0]!.n === 100);

  const act = await t.gql(`mutation($input: ScheduleActivityInput!) { scheduleActivity(input: $input) { id } }`, { input: { divisionCode: BAIJIACHI, kind: 'VOLUNTEER', title: '卫生清洁', startsAt: new Date(Date.now() + 3600000).toISOString(), capacity: 10 } }, CADRE);
  const activityId = act.data!.scheduleActivity.id;
  const people = [newId(), newId(), newId(), newId()];
  for (const residentId of people) await t.gql(`mutation($input: SignUpForActivityInput!) { signUpForActivity(input: $input) { status } }`, { input: { activityId, residentId, channel: 'CADRE' } }, CADRE);
  // Held a minute ago (this month unless the month began within that minute).
  await t.sql(`update activity set starts_at = now() - interval '1 minute' where id = ?`, [activityId]);
  const att = await t.gql(`mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }`, { input: { activityId, attended: people.slice(0, 3), volunteerHours: [{ residentId: people[0], hours: 1.5 }, { residentId: newId(), hours: 0.75 }] } }, CADRE);
  expect(att.errors).toBeUndefined();

  const donate = (title: string) => t.gql(`mutation($input: DonateHeritageItemInput!) { donateHeritageItem(input: $input) { id } }`, { input: { divisionCode: BAIJIACHI, kind: 'PHOTO', title, description: '老照片', donorHouseholdId: household } }, CADRE);
  await donate('1980年代全家福');
  const returned = (await donate('修渠合影')).data!.donateHeritageItem.id;
  await t.gql(`mutation($id: ID!) { returnHeritageItem(input: { itemId: $id, note: "取回" }) { id } }`, { id: returned }, CADRE);

  const wish = async (text: string) => (await t.gql(`mutation($input: MakeWishInput!) { makeWish(input: $input) { id } }`, { input: { householdId: household, wisherName: '王秀英', beneficiary: 'ELDERLY', kind: 'ITEM', text } }, CADRE)).data!.makeWish.id;
  const [w1, , w3] = [await wish('老花镜'), await wish('轮椅'), await wish('收音机')];
  await t.gql(`mutation($id: ID!) { claimWish(input: { wishId: $id, claimantName: "志愿者" }) { id } }`, { id: w1 }, CADRE);
  await t.gql(`mutation($id: ID!) { fulfilWish(input: { wishId: $id, note: "已送达" }) { id } }`, { id: w1 }, CADRE);
  await t.gql(`mutation($id: ID!) { withdrawWish(input: { wishId: $id }) { id } }`, { id: w3 }, CADRE);
});
afterAll(async () => {
  await t?.stop();
});

describe('culture indicators on Division', () => {
  it('serve all 58 villages of the county with every indicator in ONE SQL query', async () => {
    let res: Awaited<ReturnType<TestCulture['gql']>> | undefined;
    const sql = await t.capturingSql(async () => {
      res = await t.gql(ENTITIES, { reps: VILLAGES.map((code) => ({ __typename: 'Division', code })) }, COUNTY);
    });
    expect(res!.errors).toBeUndefined();
    expect(res!.data!._entities).toHaveLength(58);
    expect(sql).toHaveLength(1);
  });

  it('count what the catalogue defines, with their samples', async () => {
    const res = await t.gql(ENTITIES, { reps: [{ __typename: 'Division', code: BAIJIACHI }, { __typename: 'Division', code: '511425112' }] }, TOWNSHIP);
    expect(res.errors).toBeUndefined();
    const [village, township] = res.data!._entities;
    expect(village).toMatchObject({
      activitiesPerMonth: { value: 1, numerator: 1 },
      activityParticipants: { value: 3, numerator: 3, denominator: 100, sample: 100 },
      volunteerHours: { value: 2, numerator: 2 },
      heritageItems: { value: 1 },
      wishesFulfilled: { value: 50, numerator: 1, denominator: 2, sample: 2 },
      wishFulfilmentMedian: { sample: 1 },
      birthdayDaysHeld: { value: 0 },
      // No campaign is due yet: no on-time rate rather than 0 %.
      starCampaignsOnTime: { value: null, sample: 0 },
    });
    expect(village.wishFulfilmentMedian.value).toBeGreaterThanOrEqual(0);
    // The township rolls up its villages (here: 百家池 alone has data).
    expect(township.heritageItems.value).toBe(1);
  });

  it('are FORBIDDEN outside the viewer’s scope, per division', async () => {
    const res = await t.gql(ENTITIES, { reps: [BAIJIACHI, NEIGHBOUR].map((code) => ({ __typename: 'Division', code })) }, CADRE);
    expect(res.data!._entities[0]).toMatchObject({ code: BAIJIACHI, heritageItems: { value: 1 } });
    expect(res.data!._entities[1]).toMatchObject({ code: NEIGHBOUR, heritageItems: null });
    expect(res.errors!.every((e) => e.extensions?.code === 'FORBIDDEN')).toBe(true);
    expect(errorCode(await t.gql(ENTITIES, { reps: [{ __typename: 'Division', code: '511425' }] }, VILLAGER))).toBe('FORBIDDEN');
  });

  it('are described from the catalogue at the fields it names', async () => {
    const res = await t.gql(`{ __type(name: "Division") { fields { name description type { name } } } }`, undefined, COUNTY);
    const fields = new Map<string, unknown>(res.data!.__type.fields.map((f: { name: string }) => [f.name, f]));
    expect(indicatorsOf('culture')).toHaveLength(8);
    for (const d of indicatorsOf('culture')) expect(fields.get(d.field)).toEqual({ name: d.field, description: describeIndicator(d.id), type: { name: 'IndicatorValue' } });
  });
});

describe('culture.indicators.changed', () => {
  it('follows committed writes with the village’s values, and no refused write', async () => {
    await drain();
    const before = (await events(BAIJIACHI)).length;
    const refused = await t.gql(`mutation($input: DonateHeritageItemInput!) { donateHeritageItem(input: $input) { id } }`, { input: { divisionCode: BAIJIACHI, kind: 'PHOTO', title: ' ', description: 'x', donorHouseholdId: household } }, CADRE);
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(await t.sql('select 1 from indicator_dirty')).toEqual([]);
    await t.gql(`mutation($input: DonateHeritageItemInput!) { donateHeritageItem(input: $input) { id } }`, { input: { divisionCode: BAIJIACHI, kind: 'PHOTO', title: '老照片', description: '老照片', donorHouseholdId: household } }, CADRE);
    await drain();
    const after = await events(BAIJIACHI);
    expect(after.length).toBeGreaterThan(before);
    const values = Object.assign({}, ...after.slice(before).map((e) => e.values));
    expect(values['culture.heritageItems']).toMatchObject({ value: 2 });
    expect(Object.keys(values).sort()).toEqual(indicatorsOf('culture').map((d) => d.id).sort());
  });
});
