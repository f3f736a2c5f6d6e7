import { BAIJIACHI, CADRE, CHIEF, COUNTY, errorCode, errorField, footprint, NEIGHBOUR_CADRE, newId, startTestCulture, VILLAGER, type TestCulture } from './helpers';

let t: TestCulture;
beforeAll(async () => {
  t = await startTestCulture();
});
afterAll(async () => {
  await t?.stop();
});

const SCHEDULE = `mutation($input: ScheduleActivityInput!) { scheduleActivity(input: $input) { id title kind startsAt capacity signedUp waitlisted } }`;
const SIGN_UP = `mutation($input: SignUpForActivityInput!) { signUpForActivity(input: $input) { id status position residentId channel } }`;
const CANCEL = `mutation($input: CancelActivitySignUpInput!) { cancelActivitySignUp(input: $input) { status } }`;
const ATTENDANCE = `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id attendanceRecordedAt signUps { residentId status attendance } volunteerHours { residentId hours } } }`;
const inDays = (d: number) => new Date(Date.now() + d * 86400000).toISOString();

async function schedule(capacity: number, extra: Record<string, unknown> = {}): Promise<string> {
  const res = await t.gql(SCHEDULE, { input: { divisionCode: BAIJIACHI, kind: 'LECTURE', title: '防诈骗知识讲座', startsAt: inDays(7), capacity, ...extra } }, CADRE);
  expect(res.errors).toBeUndefined();
  return res.data!.scheduleActivity.id;
}

describe('scheduling', () => {
  it('a cadre schedules an activity of the village; it is listed with its counts and its event is in the outbox', async () => {
    const venueId = newId();
    const res = await t.gql(SCHEDULE, { input: { divisionCode: BAIJIACHI, kind: 'FESTIVAL', title: '春节“牛儿灯”灯舞表演', startsAt: inDays(30), venueId, capacity: 300, organizerId: newId() } }, CADRE);
    expect(res.errors).toBeUndefined();
    expect(res.data!.scheduleActivity).toMatchObject({ title: '春节“牛儿灯”灯舞表演', kind: 'FESTIVAL', capacity: 300, signedUp: 0, waitlisted: 0 });
    const list = await t.gql(`query($d: String!) { activities(divisionCode: $d, kind: FESTIVAL) { id title kind startsAt capacity signedUp waitlisted venue { id } } }`, { d: BAIJIACHI }, COUNTY);
    expect(list.data!.activities).toContainEqual(expect.objectContaining({ id: res.data!.scheduleActivity.id, venue: { id: venueId } }));
    const events = await t.sql<{ subject: string }>(`select subject from outbox_event where type = 'culture.activity.scheduled'`);
    expect(events.map((e) => e.subject)).toContain(BAIJIACHI);
  });

  it.each([
    ['capacity', { capacity: 0 }],
    ['capacity', { capacity: 10001 }],
    ['title', { title: '   ' }],
    ['divisionCode', { divisionCode: '511425112' }],
    ['venueId', { venueId: 'hall-1' }],
    ['audienceGroupCodes', { audienceGroupCodes: ['511425112202001'] }],
    ['kind', { kind: 'BIRTHDAY' }],
  ])('refuses a bad %s and writes nothing', async (field, patch) => {
    const before = await footprint(t);
    const res = await t.gql(SCHEDULE, { input: { divisionCode: BAIJIACHI, kind: 'SPORTS', title: '坝坝舞比赛', startsAt: inDays(3), capacity: 50, ...patch } }, CADRE);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(errorField(res)).toBe(field);
    expect(await footprint(t)).toEqual(before);
  });

  it('refuses other villages, villagers and anonymous callers, writing nothing', async () => {
    const before = await footprint(t);
    const input = { divisionCode: BAIJIACHI, kind: 'SPORTS', title: '篮球赛', startsAt: inDays(3), capacity: 50 };
    expect(errorCode(await t.gql(SCHEDULE, { input }, NEIGHBOUR_CADRE))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(SCHEDULE, { input }, VILLAGER))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(SCHEDULE, { input }))).toBe('UNAUTHENTICATED');
    expect(await footprint(t)).toEqual(before);
  });

  it('lists by time window and refuses a listing outside the scope', async () => {
    const id = await schedule(10, { startsAt: inDays(60) });
    const q = `query($d: String!, $from: DateTimeISO, $to: DateTimeISO) { activities(divisionCode: $d, from: $from, to: $to) { id } }`;
    const inside = await t.gql(q, { d: BAIJIACHI, from: inDays(59), to: inDays(61) }, CADRE);
    expect(inside.data!.activities).toEqual([{ id }]);
    expect(errorCode(await t.gql(q, { d: BAIJIACHI }, NEIGHBOUR_CADRE))).toBe('FORBIDDEN');
  });
});

describe('sign-up and the waiting list', () => {
  it('confirms up to the capacity, then waitlists in order; a cancellation promotes the first in line', async () => {
    const activityId = await schedule(2);
    const residents = [newId(), newId(), newId(), newId()];
    const results = [];
    for (const residentId of residents) results.push((await t.gql(SIGN_UP, { input: { activityId, residentId, channel: 'CADRE' } }, CADRE)).data!.signUpForActivity);
    expect(results.map((r) => [r.status, r.position])).toEqual([['CONFIRMED', null], ['CONFIRMED', null], ['WAITLISTED', 1], ['WAITLISTED', 2]]);

    const cancelled = await t.gql(CANCEL, { input: { activityId, residentId: residents[0] } }, CADRE);
    expect(cancelled.data!.cancelActivitySignUp.status).toBe('CANCELLED');
    const after = await t.gql(`query($id: String!) { activity(id: $id) { signedUp waitlisted signUps { residentId status position } } }`, { id: activityId }, CADRE);
    expect(after.data!.activity).toMatchObject({ signedUp: 2, waitlisted: 1 });
    const byResident = Object.fromEntries(after.data!.activity.signUps.map((s: { residentId: string; status: string; position: number | null }) => [s.residentId, [s.status, s.position]]));
    expect(byResident[residents[2]!]).toEqual(['CONFIRMED', null]);
    expect(byResident[residents[3]!]).toEqual(['WAITLISTED', 1]);
  });

  it('concurrent sign-ups never exceed the capacity: 5 places, 20 parallel requests', async () => {
    const activityId = await schedule(5);
    const results = await Promise.all(Array.from({ length: 20 }, () => t.gql(SIGN_UP, { input: { activityId, residentId: newId(), channel: 'IN_PERSON' } }, CADRE)));
    expect(results.every((r) => !r.errors)).toBe(true);
    const statuses = results.map((r) => r.data!.signUpForActivity);
    expect(statuses.filter((s) => s.status === 'CONFIRMED')).toHaveLength(5);
    expect(statuses.filter((s) => s.status === 'WAITLISTED').map((s) => s.position).sort((a, b) => a - b)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    const [row] = await t.sql<{ confirmed: number; signed_up: number; waitlisted: number }>(
      `select (select count(*) from activity_sign_up where activity_id = a.id and status = 'CONFIRMED')::int as confirmed, a.signed_up, a.waitlisted from activity a where a.id = ?`,
      [activityId],
    );
    expect(row).toEqual({ confirmed: 5, signed_up: 5, waitlisted: 15 });
  });

  it('refuses a second sign-up, a wrong channel, a started activity and an unknown one, writing nothing', async () => {
    const activityId = await schedule(10);
    const residentId = newId();
    expect((await t.gql(SIGN_UP, { input: { activityId, residentId, channel: 'ONLINE' } }, VILLAGER)).errors).toBeUndefined();
    const before = await footprint(t);
    const dup = await t.gql(SIGN_UP, { input: { activityId, residentId, channel: 'CADRE' } }, CHIEF);
    expect([errorCode(dup), errorField(dup)]).toEqual(['CONFLICT', 'residentId']);
    const wrongChannel = await t.gql(SIGN_UP, { input: { activityId, residentId: newId(), channel: 'CADRE' } }, VILLAGER);
    expect([errorCode(wrongChannel), errorField(wrongChannel)]).toEqual(['BAD_USER_INPUT', 'channel']);
    const staffOnline = await t.gql(SIGN_UP, { input: { activityId, residentId: newId(), channel: 'ONLINE' } }, CADRE);
    expect(errorField(staffOnline)).toBe('channel');
    expect(errorCode(await t.gql(SIGN_UP, { input: { activityId: newId(), residentId: newId(), channel: 'CADRE' } }, CADRE))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(SIGN_UP, { input: { activityId, residentId: newId(), channel: 'CADRE' } }, NEIGHBOUR_CADRE))).toBe('FORBIDDEN');
    await t.sql(`update activity set starts_at = now() - interval '1 hour' where id = ?`, [activityId]);
    expect(errorCode(await t.gql(SIGN_UP, { input: { activityId, residentId: newId(), channel: 'CADRE' } }, CADRE))).toBe('CONFLICT');
    expect(await footprint(t)).toEqual(before);
  });

  it('a villager cancels only their own sign-ups', async () => {
    const activityId = await schedule(10);
    const residentId = newId();
    await t.gql(SIGN_UP, { input: { activityId, residentId, channel: 'CADRE' } }, CADRE);
    expect(errorCode(await t.gql(CANCEL, { input: { activityId, residentId } }, VILLAGER))).toBe('CONFLICT');
    expect((await t.gql(CANCEL, { input: { activityId, residentId } }, CADRE)).errors).toBeUndefined();
    // Signing up again after cancelling puts the resident at the end of the line.
    const again = await t.gql(SIGN_UP, { input: { activityId, residentId, channel: 'CADRE' } }, CADRE);
    expect(again.data!.signUpForActivity.status).toBe('CONFIRMED');
    // A villager sees only the sign-ups they made themselves.
    const own = newId();
    await t.gql(SIGN_UP, { input: { activityId, residentId: own, channel: 'ONLINE' } }, VILLAGER);
    const seen = await t.gql(`query($id: String!) { activity(id: $id) { signUps { residentId } } }`, { id: activityId }, VILLAGER);
    expect(seen.data!.activity.signUps).toEqual([{ residentId: own }]);
  });
});

describe('attendance, volunteer hours and the summary', () => {
  it('records attendance and hours after the activity; refuses before it and for people who were not confirmed', async () => {
    const activityId = await schedule(2, { kind: 'VOLUNTEER', title: '志愿服务：卫生清洁' });
    const [a, b, c] = [newId(), newId(), newId()];
    for (const residentId of [a, b, c]) await t.gql(SIGN_UP, { input: { activityId, residentId, channel: 'CADRE' } }, CADRE);
    const early = await t.gql(ATTENDANCE, { input: { activityId, attended: [a] } }, CADRE);
    expect(errorCode(early)).toBe('CONFLICT');
    await t.sql(`update activity set starts_at = now() - interval '2 hours' where id = ?`, [activityId]);
    const before = await footprint(t);
    const waitlisted = await t.gql(ATTENDANCE, { input: { activityId, attended: [a, c] } }, CADRE);
    expect([errorCode(waitlisted), errorField(waitlisted)]).toEqual(['BAD_USER_INPUT', 'attended']);
    const badHours = await t.gql(ATTENDANCE, { input: { activityId, attended: [a], volunteerHours: [{ residentId: a, hours: 25 }] } }, CADRE);
    expect(errorField(badHours)).toBe('volunteerHours.hours');
    expect(errorCode(await t.gql(ATTENDANCE, { input: { activityId, attended: [a] } }, VILLAGER))).toBe('FORBIDDEN');
    expect(await footprint(t)).toEqual(before);

    const volunteer = newId();
    const ok = await t.gql(ATTENDANCE, { input: { activityId, attended: [a], volunteerHours: [{ residentId: a, hours: 2.5 }, { residentId: volunteer, hours: 3 }] } }, CADRE);
    expect(ok.errors).toBeUndefined();
    const marks = Object.fromEntries(ok.data!.recordAttendance.signUps.map((s: { residentId: string; attendance: string | null }) => [s.residentId, s.attendance]));
    expect(marks).toEqual({ [a]: 'ATTENDED', [b]: 'ABSENT', [c]: null });
    expect(ok.data!.recordAttendance.volunteerHours).toEqual(expect.arrayContaining([{ residentId: a, hours: 2.5 }, { residentId: volunteer, hours: 3 }]));
    const [minutes] = await t.sql<{ m: number }>('select sum(minutes)::int as m from volunteer_hours where activity_id = ?', [activityId]);
    expect(minutes!.m).toBe(330);
  });

  it('publishes a summary with photos after the event; refuses a bad URL', async () => {
    const activityId = await schedule(5);
    const q = `mutation($input: PublishActivitySummaryInput!) { publishActivitySummary(input: $input) { summary photos { url caption } } }`;
    const input = { activityId, summary: '讲座圆满举行。', photos: [{ url: 'https://static.example.gov.cn/a.jpg', caption: '现场' }] };
    expect(errorCode(await t.gql(q, { input }, CADRE))).toBe('CONFLICT');
    await t.sql(`update activity set starts_at = now() - interval '2 hours' where id = ?`, [activityId]);
    const bad = await t.gql(q, { input: { ...input, photos: [{ url: 'javascript:alert(1)', caption: 'x' }] } }, CADRE);
    expect([errorCode(bad), errorField(bad)]).toEqual(['BAD_USER_INPUT', 'photos.url']);
    const ok = await t.gql(q, { input }, CADRE);
    expect(ok.data!.publishActivitySummary).toEqual({ summary: '讲座圆满举行。', photos: [{ url: 'https://static.example.gov.cn/a.jpg', caption: '现场' }] });
  });
});
