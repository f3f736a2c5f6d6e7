import { createCloudEvent, HOUSEHOLD_REGISTERED, RESIDENT_ADDED, RESIDENT_ENDED, RESIDENT_MOVED, type CloudEvent } from '@shanzhi/events';
import { BAIJIACHI, CADRE, COUNTY, errorCode, errorField, eventually, NEIGHBOUR, NEIGHBOUR_CADRE, newId, type TestCulture } from './helpers';

const GRID = '/shanzhi/grid';
const grid = (type: string, subject: string, data: Record<string, unknown>): CloudEvent => createCloudEvent({ type, source: GRID, subject, data });
const LIST = `query($d: String!, $m: Int!) { birthdayList(divisionCode: $d, month: $m) { name groupCode birthMonth } }`;

/**
 * The birthday-list scenarios, run against whichever transport the service uses (the embedded bus or Kafka):
 * grid's facts go in, and the list shows names, groups and months only.
 */
export function birthdayScenarios(get: () => TestCulture): void {
  const publish = (events: CloudEvent[]) => get().service.transport.publish(events);
  const list = async (code: string, month: number) => (await get().gql(LIST, { d: code, m: month }, CADRE)).data?.birthdayList as Array<{ name: string; groupCode: string | null; birthMonth: number }>;
  const group1 = `${BAIJIACHI}001`;
  const group2 = `${BAIJIACHI}002`;
  const [a, b, c, d] = [newId(), newId(), newId(), newId()];
  const household = newId();

  it('registered households fill the list; only name, group and birth month are stored', async () => {
    await publish([
      grid(HOUSEHOLD_REGISTERED, BAIJIACHI, {
        householdId: household, divisionCode: group1, areaId: null, residentCount: 3,
        residents: [{ residentId: a, name: '王秀英', birthYear: 1950, birthMonth: 5 }, { residentId: b, name: '李建国', birthYear: 1948, birthMonth: 5 }, { residentId: c, name: '李子涵', birthYear: 2016, birthMonth: 7 }],
      }),
      grid(HOUSEHOLD_REGISTERED, NEIGHBOUR, { householdId: newId(), divisionCode: `${NEIGHBOUR}001`, areaId: null, residentCount: 1, residents: [{ residentId: d, name: '赵永福', birthYear: 1960, birthMonth: 5 }] }),
    ]);
    await eventually(async () => (await list(BAIJIACHI, 5))?.length === 2);
    expect(await list(BAIJIACHI, 5)).toEqual([{ name: '李建国', groupCode: group1, birthMonth: 5 }, { name: '王秀英', groupCode: group1, birthMonth: 5 }]);
    expect(await list(BAIJIACHI, 7)).toEqual([{ name: '李子涵', groupCode: group1, birthMonth: 7 }]);
    const columns = await get().sql<{ column_name: string }>(`select column_name from information_schema.columns where table_name = 'birthday_resident' order by column_name`);
    expect(columns.map((r) => r.column_name)).toEqual(['birth_month', 'ended', 'group_code', 'name', 'resident_id', 'village_code']);
    const [stored] = await get().sql<{ n: number }>(`select count(*)::int as n from birthday_resident where name = '王秀英'`);
    expect(stored!.n).toBe(1);
  });

  it('follows births and moves in, moves between groups and villages, moving out and death; replays change nothing', async () => {
    const added = grid(RESIDENT_ADDED, BAIJIACHI, { residentId: newId(), householdId: household, divisionCode: group1, reason: 'BIRTH', date: '2026-05-03', name: '王小燕', birthYear: 2026, birthMonth: 5 });
    await publish([added, added]);
    await eventually(async () => (await list(BAIJIACHI, 5)).length === 3);
    await publish([grid(RESIDENT_MOVED, BAIJIACHI, { residentId: b, fromHouseholdId: household, toHouseholdId: newId(), divisionCode: group2 })]);
    await eventually(async () => (await list(group2, 5)).length === 1);
    expect(await list(group2, 5)).toEqual([{ name: '李建国', groupCode: group2, birthMonth: 5 }]);
    await publish([grid(RESIDENT_ENDED, BAIJIACHI, { residentId: a, householdId: household, divisionCode: group1, reason: 'DECEASED', date: '2026-06-01' })]);
    await publish([grid(RESIDENT_MOVED, BAIJIACHI, { residentId: c, fromHouseholdId: household, toHouseholdId: newId(), divisionCode: `${NEIGHBOUR}001` })]);
    await eventually(async () => (await list(BAIJIACHI, 5)).length === 2 && (await list(BAIJIACHI, 7)).length === 0);
    expect((await list(BAIJIACHI, 5)).map((r) => r.name).sort()).toEqual(['李建国', '王小燕'].sort());
    // The name of someone who died is not kept, and a late registration does not bring them back.
    expect(await get().sql(`select name, ended from birthday_resident where resident_id = ?`, [a])).toEqual([{ name: '', ended: true }]);
    await publish([grid(HOUSEHOLD_REGISTERED, BAIJIACHI, { householdId: household, divisionCode: group1, areaId: null, residentCount: 1, residents: [{ residentId: a, name: '王秀英', birthYear: 1950, birthMonth: 5 }] })]);
    const marker = newId();
    await publish([grid(RESIDENT_ADDED, BAIJIACHI, { residentId: marker, householdId: household, divisionCode: group1, reason: 'BIRTH', date: '2026-06-03', name: '王浩然', birthYear: 2026, birthMonth: 6 })]);
    await eventually(async () => (await list(BAIJIACHI, 6)).some((r) => r.name === '王浩然'));
    expect((await list(BAIJIACHI, 5)).map((r) => r.name)).not.toContain('王秀英');
  });

  it('refuses the county (it supervises, it does not invite), other villages and bad months', async () => {
    expect(errorCode(await get().gql(LIST, { d: BAIJIACHI, m: 5 }, COUNTY))).toBe('FORBIDDEN');
    expect(errorCode(await get().gql(LIST, { d: BAIJIACHI, m: 5 }, NEIGHBOUR_CADRE))).toBe('FORBIDDEN');
    const bad = await get().gql(LIST, { d: BAIJIACHI, m: 13 }, CADRE);
    expect([errorCode(bad), errorField(bad)]).toEqual(['BAD_USER_INPUT', 'month']);
  });

  it('a birthday day is generated on the fixed day, once a month, inviting those born in the month', async () => {
    const HOLD = `mutation($input: HoldBirthdayDayInput!) { holdBirthdayDay(input: $input) { id kind startsAt birthdayMonth capacity invitees { name groupCode birthMonth } } }`;
    const noDay = await get().gql(HOLD, { input: { divisionCode: BAIJIACHI, month: '2027-05' } }, CADRE);
    expect([errorCode(noDay), errorField(noDay)]).toEqual(['NOT_FOUND', 'divisionCode']);
    const bad = await get().gql(`mutation { setBirthdayDay(input: { divisionCode: "${BAIJIACHI}", dayOfMonth: 31 }) { dayOfMonth } }`, {}, CADRE);
    expect(errorField(bad)).toBe('dayOfMonth');
    expect((await get().gql(`mutation { setBirthdayDay(input: { divisionCode: "${BAIJIACHI}", dayOfMonth: 15 }) { dayOfMonth } }`, {}, CADRE)).errors).toBeUndefined();
    const held = await get().gql(HOLD, { input: { divisionCode: BAIJIACHI, month: '2027-05', time: '10:00' } }, CADRE);
    expect(held.errors).toBeUndefined();
    expect(held.data!.holdBirthdayDay).toMatchObject({ kind: 'BIRTHDAY', startsAt: '2027-05-15T02:00:00.000Z', birthdayMonth: 5, capacity: 22 });
    expect(held.data!.holdBirthdayDay.invitees.map((r: { name: string }) => r.name).sort()).toEqual(['李建国', '王小燕'].sort());
    const again = await get().gql(HOLD, { input: { divisionCode: BAIJIACHI, month: '2027-05' } }, CADRE);
    expect([errorCode(again), errorField(again)]).toEqual(['CONFLICT', 'month']);
    expect(errorField(await get().gql(HOLD, { input: { divisionCode: BAIJIACHI, month: '2027-13' } }, CADRE))).toBe('month');
  });
}
