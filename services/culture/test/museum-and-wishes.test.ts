import { createCloudEvent, HOUSEHOLD_DISSOLVED, HOUSEHOLD_REGISTERED } from '@shanzhi/events';
import { WishState } from '../src/entities/enums';
import { checkWishStep, maskName, sweepLapsedClaims, WISH_TRANSITIONS } from '../src/services/wish.service';
import { BAIJIACHI, CADRE, CHIEF, COUNTY, errorCode, errorField, eventually, footprint, NEIGHBOUR_CADRE, newId, startTestCulture, TOWNSHIP, VILLAGER, type TestCulture } from './helpers';

let t: TestCulture;
const household = newId();
const gone = newId();
beforeAll(async () => {
  t = await startTestCulture();
  await t.service.transport.publish([registered(household), registered(gone), dissolved(gone)]);
  const counts = async () => (await t.sql<{ n: number; inactive: number }>(`select count(*)::int as n, count(*) filter (where not active)::int as inactive from known_household`))[0]!;
  await eventually(async () => JSON.stringify(await counts()) === JSON.stringify({ n: 2, inactive: 1 }));
});
function registered(householdId: string, residentId?: string) {
  const residents = residentId ? [{ residentId, name: '李四', birthMonth: 5 }] : [];
  return createCloudEvent({ type: HOUSEHOLD_REGISTERED, source: '/shanzhi/grid', subject: BAIJIACHI, data: { householdId, divisionCode: `${BAIJIACHI}002`, areaId: null, residentCount: residents.length, residents } });
}
function dissolved(householdId: string) {
  return createCloudEvent({ type: HOUSEHOLD_DISSOLVED, source: '/shanzhi/grid', subject: BAIJIACHI, data: { householdId, divisionCode: `${BAIJIACHI}002`, date: '2026-01-01' } });
}
afterAll(async () => {
  await t?.stop();
});

const DONATE = `mutation($input: DonateHeritageItemInput!) { donateHeritageItem(input: $input) { id kind title era donorName location receivedOn } }`;
const donation = (patch: Record<string, unknown> = {}) => ({ input: { divisionCode: BAIJIACHI, kind: 'OBJECT', title: '石磨', description: '祖辈用了五十年的石磨。', era: '1960年代', donorHouseholdId: household, receivedOn: '2026-03-01', ...patch } });

describe('the village history museum', () => {
  it('records a donation, puts it on display, groups it in an exhibition and returns it at the donor’s request', async () => {
    const res = await t.gql(DONATE, donation({ donorName: '王德明', donorNameConsent: true, mediaUrls: ['https://static.example.gov.cn/m/1.jpg'] }), CADRE);
    expect(res.errors).toBeUndefined();
    const item = res.data!.donateHeritageItem;
    expect(item).toMatchObject({ kind: 'OBJECT', title: '石磨', donorName: '王德明', location: 'IN_STORAGE', receivedOn: '2026-03-01' });
    const moved = await t.gql(`mutation($id: ID!) { moveHeritageItem(input: { itemId: $id, location: ON_DISPLAY }) { location } }`, { id: item.id }, CADRE);
    expect(moved.data!.moveHeritageItem.location).toBe('ON_DISPLAY');
    const ex = await t.gql(`mutation($ids: [ID!]!) { createExhibition(input: { divisionCode: "${BAIJIACHI}", theme: "农耕记忆", startsOn: "2026-09-01", endsOn: "2026-10-31", itemIds: $ids }) { theme items { id } } }`, { ids: [item.id] }, CADRE);
    expect(ex.data!.createExhibition).toEqual({ theme: '农耕记忆', items: [{ id: item.id }] });
    const ret = await t.gql(`mutation($id: ID!) { returnHeritageItem(input: { itemId: $id, note: "捐赠人之子申请取回" }) { location returnedAt returnNote } }`, { id: item.id }, CADRE);
    expect(ret.data!.returnHeritageItem).toMatchObject({ location: 'RETURNED', returnNote: '捐赠人之子申请取回' });
    expect(errorCode(await t.gql(`mutation($id: ID!) { moveHeritageItem(input: { itemId: $id, location: ON_DISPLAY }) { location } }`, { id: item.id }, CADRE))).toBe('CONFLICT');
    const list = await t.gql(`query { heritageItems(divisionCode: "511425112") { id } }`, {}, TOWNSHIP);
    expect(list.data!.heritageItems.map((i: { id: string }) => i.id)).toContain(item.id);
  });

  it.each([
    ['donorNameConsent', { donorName: '王德明' }],
    ['donorHouseholdId', { donorHouseholdId: null }],
    ['receivedOn', { receivedOn: '2026-02-30' }],
    ['receivedOn', { receivedOn: '2999-01-01' }],
    ['mediaUrls', { mediaUrls: ['ftp://x'] }],
    ['title', { title: ' ' }],
  ])('refuses a bad %s and writes nothing', async (field, patch) => {
    const before = await footprint(t);
    const res = await t.gql(DONATE, donation(patch), CADRE);
    expect([errorCode(res), errorField(res)]).toEqual(['BAD_USER_INPUT', field]);
    expect(await footprint(t)).toEqual(before);
  });

  it('refuses villagers and other villages', async () => {
    expect(errorCode(await t.gql(DONATE, donation(), VILLAGER))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(DONATE, donation(), NEIGHBOUR_CADRE))).toBe('FORBIDDEN');
  });
});

const MAKE = `mutation($input: MakeWishInput!) { makeWish(input: $input) { id state wisherName divisionCode } }`;
const makeInput = (patch: Record<string, unknown> = {}) => ({ input: { householdId: household, wisherName: '王秀英', beneficiary: 'ELDERLY', kind: 'COMPANIONSHIP', text: '希望有人陪我聊聊天', ...patch } });

describe('wishes', () => {
  it('the life of a wish as a table', () => {
    const states = Object.values(WishState);
    for (const from of states) {
      for (const to of states) {
        const personal = WISH_TRANSITIONS.some((s) => s.from === from && s.to === to && s.roles !== 'system');
        if (personal) expect(() => checkWishStep('VILLAGER', from, to)).not.toThrow();
        else expect(() => checkWishStep('VILLAGE_CADRE', from, to)).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
      }
    }
    expect(() => checkWishStep('COUNTY_ADMIN', WishState.MADE, WishState.CLAIMED)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(maskName('王秀英')).toBe('王**');
  });

  it('made → claimed → fulfilled, with its timeline; the name is masked outside the village', async () => {
    const made = await t.gql(MAKE, makeInput(), CADRE);
    expect(made.data!.makeWish).toMatchObject({ state: 'MADE', wisherName: '王秀英', divisionCode: `${BAIJIACHI}002` });
    const id = made.data!.makeWish.id;
    const claimed = await t.gql(`mutation($id: ID!) { claimWish(input: { wishId: $id, claimantName: "党员志愿服务队" }) { state claimantName } }`, { id }, VILLAGER);
    expect(claimed.data!.claimWish).toEqual({ state: 'CLAIMED', claimantName: '党员志愿服务队' });
    expect(errorCode(await t.gql(`mutation($id: ID!) { claimWish(input: { wishId: $id, claimantName: "老年协会" }) { state } }`, { id }, CHIEF))).toBe('CONFLICT');
    // Only the claimant or a cadre records the fulfilment.
    expect(errorCode(await t.gql(`mutation($id: ID!) { fulfilWish(input: { wishId: $id, note: "已陪伴" }) { state } }`, { id }, CHIEF))).toBe('FORBIDDEN');
    const bad = await t.gql(`mutation($id: ID!) { fulfilWish(input: { wishId: $id, note: "已陪伴", photoUrl: "not a url" }) { state } }`, { id }, VILLAGER);
    expect(errorField(bad)).toBe('photoUrl');
    const done = await t.gql(`mutation($id: ID!) { fulfilWish(input: { wishId: $id, note: "每周陪伴聊天", photoUrl: "https://static.example.gov.cn/w/1.jpg" }) { state fulfilmentNote timeline { from to } } }`, { id }, VILLAGER);
    expect(done.data!.fulfilWish).toMatchObject({ state: 'FULFILLED', fulfilmentNote: '每周陪伴聊天' });
    expect(done.data!.fulfilWish.timeline.map((s: { to: string }) => s.to)).toEqual(['MADE', 'CLAIMED', 'FULFILLED']);
    // Each step is published in its own transaction as culture.wish.transitioned, keyed by the village.
    const published = await t.sql<{ subject: string; data: { from: string | null; to: string; divisionCode: string } }>(
      `select subject, data from outbox_event where type = 'culture.wish.transitioned' and data->>'wishId' = ? order by seq`,
      [id],
    );
    expect(published.map((e) => [e.subject, e.data.from, e.data.to, e.data.divisionCode])).toEqual([
      [BAIJIACHI, null, 'MADE', `${BAIJIACHI}002`],
      [BAIJIACHI, 'MADE', 'CLAIMED', `${BAIJIACHI}002`],
      [BAIJIACHI, 'CLAIMED', 'FULFILLED', `${BAIJIACHI}002`],
    ]);
    const names = async (viewer: typeof CADRE | typeof TOWNSHIP | typeof COUNTY) =>
      (await t.gql(`query($d: String!) { wishes(divisionCode: $d) { id wisherName } }`, { d: viewer.scope }, viewer)).data!.wishes.find((w: { id: string }) => w.id === id).wisherName;
    expect(await names(CADRE)).toBe('王秀英');
    expect(await names(TOWNSHIP)).toBe('王**');
    expect(await names(COUNTY)).toBe('王**');
  });

  it('refuses unknown and dissolved households, other villages and blank text, writing nothing', async () => {
    const before = await footprint(t);
    expect([errorCode(await t.gql(MAKE, makeInput({ householdId: newId() }), CADRE)), errorField(await t.gql(MAKE, makeInput({ householdId: newId() }), CADRE))]).toEqual(['NOT_FOUND', 'householdId']);
    expect(errorCode(await t.gql(MAKE, makeInput({ householdId: gone }), CADRE))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(MAKE, makeInput(), NEIGHBOUR_CADRE))).toBe('FORBIDDEN');
    expect(errorField(await t.gql(MAKE, makeInput({ text: '  ' }), CADRE))).toBe('text');
    expect(await footprint(t)).toEqual(before);
  });

  it('a dissolution read before the registration (they travel on different topics) still leaves the household dissolved', async () => {
    const late = newId();
    const resident = newId();
    await t.service.transport.publish([dissolved(late)]);
    await eventually(async () => (await t.sql(`select 1 from known_household where household_id = '${late}'`)).length === 1);
    await t.service.transport.publish([registered(late, resident)]);
    await eventually(async () => (await t.sql(`select 1 from birthday_resident where resident_id = '${resident}'`)).length === 1);
    expect(await t.sql(`select active from known_household where household_id = '${late}'`)).toEqual([{ active: false }]);
    expect(errorCode(await t.gql(MAKE, makeInput({ householdId: late }), CADRE))).toBe('NOT_FOUND');
  });

  it('withdrawal by whoever recorded it or a cadre; not after fulfilment', async () => {
    const id = (await t.gql(MAKE, makeInput({ beneficiary: 'CHILD', kind: 'STUDY', wisherName: '李子涵', text: '想要一套课外书' }), VILLAGER)).data!.makeWish.id;
    expect(errorCode(await t.gql(`mutation($id: ID!) { withdrawWish(input: { wishId: $id }) { state } }`, { id }, CHIEF))).toBe('FORBIDDEN');
    expect((await t.gql(`mutation($id: ID!) { withdrawWish(input: { wishId: $id }) { state } }`, { id }, VILLAGER)).data!.withdrawWish.state).toBe('WITHDRAWN');
    expect(errorCode(await t.gql(`mutation($id: ID!) { claimWish(input: { wishId: $id, claimantName: "青年志愿者" }) { state } }`, { id }, VILLAGER))).toBe('CONFLICT');
  });

  it('a claim left unfulfilled for 30 days returns to MADE with a signal; a fresh claim stays', async () => {
    const old = (await t.gql(MAKE, makeInput({ kind: 'REPAIR', text: '屋顶漏雨' }), CADRE)).data!.makeWish.id;
    const fresh = (await t.gql(MAKE, makeInput({ kind: 'ITEM', text: '老花镜' }), CADRE)).data!.makeWish.id;
    for (const id of [old, fresh]) await t.gql(`mutation($id: ID!) { claimWish(input: { wishId: $id, claimantName: "党员志愿服务队" }) { state } }`, { id }, CADRE);
    await t.sql(`update wish set claimed_at = now() - interval '31 days' where id = ?`, [old]);
    expect(await sweepLapsedClaims(t.service.orm.em.fork(), 30)).toBe(1);
    const rows = await t.sql<{ id: string; state: string; claimed_by: string | null; lapsed_claims: number }>('select id, state, claimed_by, lapsed_claims from wish where id in (?, ?)', [old, fresh]);
    expect(Object.fromEntries(rows.map((r) => [r.id, [r.state, r.claimed_by, r.lapsed_claims]]))).toEqual({ [old]: ['MADE', null, 1], [fresh]: ['CLAIMED', CADRE.username, 0] });
    const signals = await t.sql<{ subject: string; data: { wishId: string } }>(`select subject, data from outbox_event where type = 'culture.wish.claim-lapsed'`);
    expect(signals).toEqual([{ subject: BAIJIACHI, data: expect.objectContaining({ wishId: old }) }]);
    const steps = await t.sql<{ from: string; to: string; by: string }>(`select "from", "to", "by" from wish_transition where wish_id = ? order by at`, [old]);
    expect(steps.at(-1)).toEqual({ from: 'CLAIMED', to: 'MADE', by: 'system' });
    const back = await t.sql<{ data: { from: string; to: string } }>(`select data from outbox_event where type = 'culture.wish.transitioned' and data->>'wishId' = ? order by seq`, [old]);
    expect(back.map((e) => [e.data.from, e.data.to])).toEqual([[null, 'MADE'], ['MADE', 'CLAIMED'], ['CLAIMED', 'MADE']]);
    // Running again finds nothing more.
    expect(await sweepLapsedClaims(t.service.orm.em.fork(), 30)).toBe(0);
  });
});
