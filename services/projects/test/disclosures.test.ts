import { DisclosureKind } from '../src/entities/enums';
import { disclosureStatus } from '../src/services/disclosure.service';
import { BAIJIACHI, CADRE, errorCode, errorField, footprint, NEIGHBOUR, NEIGHBOUR_CADRE, startTestProjects, VILLAGER, type TestProjects } from './helpers';

const PUBLISH = `mutation($input: PublishDisclosureInput!) { publishDisclosure(input: $input) { id kind period incomeTotalFen expenseTotalFen correctsId late } }`;
const LIST = `query($c: String!, $k: DisclosureKind, $first: Int, $after: String) { disclosures(divisionCode: $c, kind: $k, first: $first, after: $after) { totalCount nodes { id kind period title body correctsId lines { label direction amountFen } } pageInfo { endCursor hasNextPage } } }`;
const STATUS = `query($c: String!) { disclosureStatus(divisionCode: $c) { kind lastPublishedAt dueAt overdue } }`;

const finance = (period: string, extra: Record<string, unknown> = {}) => ({
  divisionCode: BAIJIACHI,
  kind: 'FINANCE',
  period,
  title: `${period} 财务公开`,
  body: '本月收支情况如下。',
  lines: [
    { label: '上级转移支付', direction: 'INCOME', amountFen: 1_250_000 },
    { label: '乡贤捐赠', direction: 'INCOME', amountFen: 300_000 },
    { label: '村道维修', direction: 'EXPENSE', amountFen: 820_050 },
  ],
  ...extra,
});

let t: TestProjects;
beforeAll(async () => {
  t = await startTestProjects();
});
afterAll(async () => {
  await t?.stop();
});

describe('publishing', () => {
  it('a finance disclosure adds up its lines; stated totals must match', async () => {
    const ok = await t.gql(PUBLISH, { input: finance('2025-01', { incomeTotalFen: 1_550_000, expenseTotalFen: 820_050 }) }, CADRE);
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.publishDisclosure).toMatchObject({ kind: 'FINANCE', incomeTotalFen: 1_550_000, expenseTotalFen: 820_050, late: true });
    const before = await footprint(t);
    const wrong = await t.gql(PUBLISH, { input: finance('2025-02', { incomeTotalFen: 1_550_001 }) }, CADRE);
    expect([errorCode(wrong), errorField(wrong)]).toEqual(['BAD_USER_INPUT', 'incomeTotalFen']);
    const wrongExpense = await t.gql(PUBLISH, { input: finance('2025-02', { expenseTotalFen: 1 }) }, CADRE);
    expect(errorField(wrongExpense)).toBe('expenseTotalFen');
    const noDirection = await t.gql(PUBLISH, { input: finance('2025-02', { lines: [{ label: '收入', amountFen: 5 }] }) }, CADRE);
    expect(errorField(noDirection)).toBe('lines.0');
    const negative = await t.gql(PUBLISH, { input: finance('2025-02', { lines: [{ label: '收入', direction: 'INCOME', amountFen: -5 }] }) }, CADRE);
    expect(errorField(negative)).toBe('lines.0.amountFen');
    expect(errorField(await t.gql(PUBLISH, { input: finance('2025-02', { lines: [] }) }, CADRE))).toBe('lines');
    expect(errorField(await t.gql(PUBLISH, { input: finance('2025Q1') }, CADRE))).toBe('period');
    expect(errorField(await t.gql(PUBLISH, { input: finance('2099-01') }, CADRE))).toBe('period');
    expect(errorField(await t.gql(PUBLISH, { input: { ...finance('2025Q1'), kind: 'PARTY', lines: [], incomeTotalFen: 5 } }, CADRE))).toBe('incomeTotalFen');
    expect(errorCode(await t.gql(PUBLISH, { input: finance('2025-02') }, VILLAGER))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(PUBLISH, { input: finance('2025-02') }, NEIGHBOUR_CADRE))).toBe('FORBIDDEN');
    expect(await footprint(t)).toEqual(before);
  });

  it('published disclosures are immutable; a correction is a new one that references the corrected one', async () => {
    const first = await t.gql(PUBLISH, { input: { divisionCode: BAIJIACHI, kind: 'PARTY', period: '2025Q2', title: '二季度党务公开', body: '发展党员 1 名。' } }, CADRE);
    const id = first.data!.publishDisclosure.id;
    await expect(t.sql(`update disclosure set body = 'changed' where id = ?`, [id])).rejects.toThrow(/immutable/);
    await expect(t.sql(`delete from disclosure where id = ?`, [id])).rejects.toThrow(/immutable/);
    const before = await footprint(t);
    const wrongKind = await t.gql(PUBLISH, { input: { divisionCode: BAIJIACHI, kind: 'VILLAGE', period: '2025Q2', title: '更正', body: 'x', correctsId: id } }, CADRE);
    expect([errorCode(wrongKind), errorField(wrongKind)]).toEqual(['CONFLICT', 'correctsId']);
    const unknown = await t.gql(PUBLISH, { input: { divisionCode: BAIJIACHI, kind: 'PARTY', period: '2025Q2', title: '更正', body: 'x', correctsId: '00000000-0000-4000-8000-000000000000' } }, CADRE);
    expect([errorCode(unknown), errorField(unknown)]).toEqual(['NOT_FOUND', 'correctsId']);
    expect(await footprint(t)).toEqual(before);
    const correction = await t.gql(PUBLISH, { input: { divisionCode: BAIJIACHI, kind: 'PARTY', period: '2025Q2', title: '二季度党务公开（更正）', body: '发展党员 2 名。', correctsId: id } }, CADRE);
    expect(correction.data!.publishDisclosure.correctsId).toBe(id);
    const [row] = await t.sql<{ body: string }>('select body from disclosure where id = ?', [id]);
    expect(row!.body).toBe('发展党员 1 名。');
  });
});

describe('the public read', () => {
  it('anyone reads a village\'s disclosures without a token, newest first, page by page; nothing personal is exposed', async () => {
    for (const p of ['2025-03', '2025-04', '2025-05']) expect((await t.gql(PUBLISH, { input: finance(p) }, CADRE)).errors).toBeUndefined();
    const page1 = await t.gql(LIST, { c: BAIJIACHI, k: 'FINANCE', first: 2 });
    expect(page1.errors).toBeUndefined();
    const total = page1.data!.disclosures.totalCount;
    expect(page1.data!.disclosures.nodes.map((n: { period: string }) => n.period)).toEqual(['2025-05', '2025-04']);
    expect(page1.data!.disclosures.pageInfo.hasNextPage).toBe(true);
    const page2 = await t.gql(LIST, { c: BAIJIACHI, k: 'FINANCE', first: 2, after: page1.data!.disclosures.pageInfo.endCursor });
    expect(page2.data!.disclosures.nodes[0].period).toBe('2025-03');
    expect(total).toBeGreaterThanOrEqual(4);
    expect(errorField(await t.gql(LIST, { c: BAIJIACHI, after: 'bm9wZQ' }))).toBe('after');
    expect(errorField(await t.gql(LIST, { c: BAIJIACHI, first: 0 }))).toBe('first');
    expect(errorField(await t.gql(LIST, { c: '511425112' }))).toBe('divisionCode');
    expect((await t.gql(LIST, { c: NEIGHBOUR })).data!.disclosures.totalCount).toBe(0);
    // The public type has no field naming who published: the schema itself keeps it impersonal.
    const fields = await t.gql(`{ __type(name: "Disclosure") { fields { name } } }`);
    expect(fields.data!.__type.fields.map((f: { name: string }) => f.name).sort()).toEqual(
      ['body', 'correctsId', 'divisionCode', 'expenseTotalFen', 'id', 'incomeTotalFen', 'kind', 'late', 'lines', 'period', 'publishedAt', 'title'].sort(),
    );
  });
});

describe('cadence', () => {
  const at = (iso: string) => new Date(iso);
  it('with nothing published, the last ended period is due 10 days after it ended (China Standard Time)', async () => {
    const s = await disclosureStatus(t.service.orm.em.fork(), NEIGHBOUR, at('2026-08-05T00:00:00+08:00'));
    const finance = s.find((x) => x.kind === DisclosureKind.FINANCE)!;
    expect(finance).toMatchObject({ lastPublishedAt: null, nextPeriod: '2026-07', overdue: false });
    expect(finance.dueAt.toISOString()).toBe('2026-08-10T16:00:00.000Z');
    const party = s.find((x) => x.kind === DisclosureKind.PARTY)!;
    expect(party).toMatchObject({ nextPeriod: '2026Q2', overdue: true });
    expect(party.dueAt.toISOString()).toBe('2026-07-10T16:00:00.000Z');
    // One millisecond before and at the due instant: not yet overdue; one after: overdue.
    expect((await disclosureStatus(t.service.orm.em.fork(), NEIGHBOUR, at('2026-08-11T00:00:00+08:00'))).find((x) => x.kind === DisclosureKind.FINANCE)!.overdue).toBe(false);
    expect((await disclosureStatus(t.service.orm.em.fork(), NEIGHBOUR, at('2026-08-11T00:00:00.001+08:00'))).find((x) => x.kind === DisclosureKind.FINANCE)!.overdue).toBe(true);
  });

  it('after a publication the next period is due; corrections do not move the cadence; the query is public', async () => {
    const s = await disclosureStatus(t.service.orm.em.fork(), BAIJIACHI, at('2025-06-20T00:00:00+08:00'));
    expect(s.find((x) => x.kind === DisclosureKind.FINANCE)).toMatchObject({ nextPeriod: '2025-06', overdue: false });
    expect(s.find((x) => x.kind === DisclosureKind.PARTY)).toMatchObject({ nextPeriod: '2025Q3', overdue: false });
    const res = await t.gql(STATUS, { c: BAIJIACHI });
    expect(res.errors).toBeUndefined();
    expect(res.data!.disclosureStatus.map((x: { kind: string }) => x.kind)).toEqual(['PARTY', 'VILLAGE', 'FINANCE']);
  });
});
