import ExcelJS from 'exceljs';
import {
  BAIJIACHI, CADRE, errorCode, eventually, NEIGHBOUR, NEIGHBOUR_CADRE, startTestGrid, validIdNumber, VILLAGER, type DivisionFact, type TestGrid,
} from './helpers';

const GROUP1 = `${BAIJIACHI}001`;
const DIVISIONS: DivisionFact[] = [
  { code: '511425', name: '青神县', level: 'COUNTY', parentCode: '511400' },
  { code: '511425112', name: '高台镇', level: 'TOWNSHIP', parentCode: '511425' },
  { code: BAIJIACHI, name: '百家池村', level: 'VILLAGE', parentCode: '511425112' },
  { code: GROUP1, name: '第一村民小组', level: 'GROUP', parentCode: BAIJIACHI },
  { code: NEIGHBOUR, name: '邻村', level: 'VILLAGE', parentCode: '511425112' },
];
const HEADER = ['户主姓名', '姓名', '与户主关系', '身份证号码', '联系电话', '村民小组', '住址', '片区'];
const JOB = `query($id: ID!) { importJob(id: $id) { status processedRows totalRows importedHouseholds report { row column code message } } }`;

let grid: TestGrid;
let registered: string;
let seq = 500;
const id = (birth = '19800101') => validIdNumber(++seq, birth);

async function upload(file: { name: string; body: Buffer | string }, fields: Record<string, string>, token?: string) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  form.set('file', new Blob([file.body]), file.name);
  const res = await fetch(grid.service.url.replace(/\/graphql$/, '/import/households'), {
    method: 'POST',
    body: form,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return { status: res.status, body: (await res.json()) as any };
}

async function finished(jobId: string) {
  let job: any;
  await eventually(async () => {
    job = (await grid.gql(JOB, { id: jobId }, CADRE)).data!.importJob;
    return job.status !== 'RUNNING';
  });
  return job;
}

async function footprint() {
  const [row] = await grid.sql(
    `select (select count(*)::int from household) as h, (select count(*)::int from resident) as r,
            (select count(*)::int from outbox_event where type = 'grid.household.registered') as e,
            (select coalesce(json_agg(c order by division_code)::text, '') from division_counter c) as c`,
  );
  return row;
}

const csv = (rows: string[][]) => `\uFEFF${[HEADER, ...rows].map((r) => r.join(',')).join('\n')}\n`;

/** One valid household and one row of each kind of error. */
function mixedRows(): string[][] {
  const dup = id();
  const good = id();
  const badChecksum = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
  return [
    ['王大山', '王大山', '户主', id('19650303'), '13811112222', '第一村民小组', '一组 1 号', '第一片区'],
    ['王大山', '李小花', '妻', id('19670404'), '', '第一村民小组', '一组 1 号', '第一片区'],
    ['赵二', '赵二', '户主', badChecksum, '', '第一村民小组', '一组 2 号', ''],
    ['钱三', '钱三', '子', id(), '', '第一村民小组', '一组 3 号', ''],
    ['孙四', '孙四', '户主', id(), '12345', '第一村民小组', '一组 4 号', ''],
    ['周五', '周五', '户主', id(), '', '第九村民小组', '一组 5 号', ''],
    ['吴六', '吴六', '户主', id(), '', '第一村民小组', '一组 6 号', '第九十片区'],
    ['郑七', '郑七', '户主', dup, '', '第一村民小组', '一组 7 号', ''],
    ['郑七', '郑八', '表亲', id(), '', '第一村民小组', '一组 7 号', ''],
    ['冯九', '冯九', '户主', dup, '', '第一村民小组', '一组 8 号', ''],
    ['陈十', '陈十', '户主', registered, '', '第一村民小组', '一组 9 号', ''],
  ];
}

beforeAll(async () => {
  grid = await startTestGrid({ ORDER_SWEEP_INTERVAL_SECONDS: '3600' });
  await grid.announce(DIVISIONS);
  await grid.gql(`mutation { createArea(input: { divisionCode: "${GROUP1}", name: "第一片区", chiefName: "张片长" }) { id } }`, {}, CADRE);
  registered = id('19500505');
  const reg = await grid.gql(
    `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id } }`,
    { input: { divisionCode: GROUP1, address: '老户', headName: '老陈', residents: [{ name: '老陈', idNumber: registered, relation: 'HEAD' }] } },
    CADRE,
  );
  expect(reg.errors).toBeUndefined();
}, 60_000);
afterAll(async () => {
  await grid?.stop();
});

it('ALL_OR_NOTHING: reports every row and column at fault and writes nothing', async () => {
  const before = await footprint();
  const res = await upload({ name: '户籍.csv', body: csv(mixedRows()) }, { divisionCode: BAIJIACHI, mode: 'ALL_OR_NOTHING' }, await grid.tokenFor(CADRE));
  expect(res.status).toBe(202);
  expect(res.body.totalRows).toBe(11);
  const job = await finished(res.body.jobId);
  expect(job).toMatchObject({ status: 'FAILED', totalRows: 11, processedRows: 11, importedHouseholds: 0 });
  const found = job.report.map((r: any) => `${r.row}:${r.column}:${r.code}`);
  expect(found).toEqual(expect.arrayContaining([
    '4:身份证号码:ID_CHECKSUM', '5:与户主关系:NO_HEAD', '6:联系电话:PHONE', '7:村民小组:UNKNOWN_GROUP', '8:片区:UNKNOWN_AREA',
    '10:与户主关系:UNKNOWN_RELATION', '11:身份证号码:DUPLICATE_IN_FILE', '12:身份证号码:DUPLICATE_IN_VILLAGE',
  ]));
  expect(found.filter((f: string) => f.startsWith('2:') || f.startsWith('3:'))).toEqual([]);
  expect(await footprint()).toEqual(before);
});

it('VALID_ROWS_ONLY: writes the valid households with their counters and events, and reports the rest', async () => {
  const before = await footprint();
  const res = await upload({ name: 'register.csv', body: csv(mixedRows()) }, { divisionCode: BAIJIACHI, mode: 'VALID_ROWS_ONLY' }, await grid.tokenFor(CADRE));
  const job = await finished(res.body.jobId);
  expect(job).toMatchObject({ status: 'PARTIAL', importedHouseholds: 1, processedRows: 11 });
  const after = await footprint();
  expect([after.h, after.r, after.e]).toEqual([before.h + 1, before.r + 2, before.e + 1]);
  const [h] = await grid.sql<any>(`select h.head_name, h.division_code, a.name as area from household h left join area a on a.id = h.area_id where h.address = '一组 1 号'`);
  expect(h).toEqual({ head_name: '王大山', division_code: GROUP1, area: '第一片区' });
  const members = await grid.sql<any>(`select name, relation, id_number_masked, phone_masked from resident r join household h on h.id = r.household_id where h.address = '一组 1 号' order by relation`);
  expect(members.map((m: any) => [m.name, m.relation])).toEqual([['王大山', 'HEAD'], ['李小花', 'SPOUSE']]);
  expect(members[0].phone_masked).toBe('138****2222');
});

it('imports an .xlsx register', async () => {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('户籍');
  sheet.addRow(HEADER);
  sheet.addRow(['蒋一', '蒋一', '户主', id('19720202'), '13900001111', '第一村民小组', '一组 20 号', '']);
  sheet.addRow(['蒋一', '蒋小', '女儿', id('20100606'), '', '001', '一组 20 号', '']);
  const body = Buffer.from(await book.xlsx.writeBuffer());
  const res = await upload({ name: '户籍.xlsx', body }, { divisionCode: BAIJIACHI, mode: 'ALL_OR_NOTHING' }, await grid.tokenFor(CADRE));
  expect(res.status).toBe(202);
  const job = await finished(res.body.jobId);
  expect(job).toMatchObject({ status: 'FAILED' });
  // "001" is not the same household key as "第一村民小组": the daughter's row forms a household without a head.
  expect(job.report.map((r: any) => r.code)).toEqual(['NO_HEAD']);
  sheet.getRow(3).getCell(6).value = '第一村民小组';
  const again = await upload({ name: '户籍.xlsx', body: Buffer.from(await book.xlsx.writeBuffer()) }, { divisionCode: BAIJIACHI, mode: 'ALL_OR_NOTHING' }, await grid.tokenFor(CADRE));
  expect(await finished(again.body.jobId)).toMatchObject({ status: 'SUCCEEDED', importedHouseholds: 1, processedRows: 2 });
});

it.each([
  ['no token', () => undefined, {}, 'x.csv', 401, 'UNAUTHENTICATED'],
  ['a villager', () => grid.tokenFor(VILLAGER), {}, 'x.csv', 403, 'FORBIDDEN'],
  ['another village', () => grid.tokenFor(NEIGHBOUR_CADRE), {}, 'x.csv', 403, 'FORBIDDEN'],
  ['an unknown mode', () => grid.tokenFor(CADRE), { mode: 'SOME' }, 'x.csv', 400, 'BAD_USER_INPUT'],
  ['a file of another kind', () => grid.tokenFor(CADRE), {}, 'x.txt', 400, 'BAD_USER_INPUT'],
])('refuses an upload with %s, writing nothing', async (_what, token, fields, name, status, code) => {
  const before = await footprint();
  const jobs = await grid.sql('select count(*)::int as n from import_job');
  const res = await upload({ name, body: csv([['甲', '甲', '户主', id(), '', '第一村民小组', '甲地', '']]) }, { divisionCode: BAIJIACHI, ...fields }, await token());
  expect(res.status).toBe(status);
  expect(res.body.errors[0].extensions.code).toBe(code);
  expect(await footprint()).toEqual(before);
  expect(await grid.sql('select count(*)::int as n from import_job')).toEqual(jobs);
});

it('refuses a file without the register’s columns, naming them', async () => {
  const res = await upload({ name: 'x.csv', body: '姓名,身份证号码\n甲,1\n' }, { divisionCode: BAIJIACHI }, await grid.tokenFor(CADRE));
  expect(res.status).toBe(400);
  expect(res.body.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'file' } });
  expect(res.body.errors[0].message).toContain('户主姓名');
});

it('shows a job only inside its village’s scope', async () => {
  const res = await upload({ name: 'x.csv', body: csv([['甲', '甲', '户主', 'bad', '', '第一村民小组', '甲地', '']]) }, { divisionCode: BAIJIACHI }, await grid.tokenFor(CADRE));
  await finished(res.body.jobId);
  expect(errorCode(await grid.gql(JOB, { id: res.body.jobId }, NEIGHBOUR_CADRE))).toBe('FORBIDDEN');
});

describe('export', () => {
  const exportUrl = (q: string) => `${grid.service.url.replace(/\/graphql$/, '/export/households')}?${q}`;
  const audits = async () => (await grid.sql<{ n: number }>('select count(*)::int as n from identity_reveal_audit'))[0]!.n;

  it('exports the register in the import’s columns with ID numbers and phones masked, and no audit', async () => {
    const before = await audits();
    const res = await fetch(exportUrl(`divisionCode=${BAIJIACHI}&format=csv`), { headers: { authorization: `Bearer ${await grid.tokenFor(CADRE)}` } });
    expect(res.status).toBe(200);
    const text = (await res.text()).replace(/^\uFEFF/, '');
    const [header, ...lines] = text.trim().split('\r\n');
    expect(header).toBe(HEADER.join(','));
    const wang = lines.find((l) => l.startsWith('王大山,王大山'))!;
    expect(wang).toMatch(/^王大山,王大山,户主,\d{6}\*{8}\d{3}[\dX],138\*\*\*\*2222,第一村民小组,一组 1 号,第一片区$/);
    expect(text).not.toMatch(/\d{17}[\dX]/);
    expect(await audits()).toBe(before);
  });

  it('reveals identities only to a role that may, with a reason, auditing every exported resident', async () => {
    const residents = (await grid.sql<{ n: number }>(`select count(*)::int as n from resident r join household h on h.id = r.household_id where h.division_code like '${BAIJIACHI}%' and r.ended_on is null`))[0]!.n;
    const before = await audits();
    const short = await fetch(exportUrl(`divisionCode=${BAIJIACHI}&format=xlsx&reason=看看`), { headers: { authorization: `Bearer ${await grid.tokenFor(CADRE)}` } });
    expect(short.status).toBe(400);
    expect(((await short.json()) as any).errors[0].extensions.field).toBe('reason');
    const county = await fetch(exportUrl(`divisionCode=${BAIJIACHI}&reason=${encodeURIComponent('县级核查户籍')}`), { headers: { authorization: `Bearer ${await grid.tokenFor({ username: 'county-511425', role: 'COUNTY_ADMIN', scope: '511425' })}` } });
    expect(county.status).toBe(403);
    expect(await audits()).toBe(before);

    const res = await fetch(exportUrl(`divisionCode=${BAIJIACHI}&format=xlsx&reason=${encodeURIComponent('核对低保名单')}`), { headers: { authorization: `Bearer ${await grid.tokenFor(CADRE)}` } });
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const ids = book.worksheets[0]!.getColumn(4).values.slice(2) as string[];
    expect(ids).toHaveLength(residents);
    expect(ids.every((v) => /^\d{17}[\dX]$/.test(String(v)))).toBe(true);
    expect(await audits()).toBe(before + residents);
    const [audit] = await grid.sql<any>(`select username, reason from identity_reveal_audit order by revealed_at desc limit 1`);
    expect(audit).toEqual({ username: CADRE.username, reason: '导出户籍：核对低保名单' });
  });

  it('refuses other villages and villagers', async () => {
    for (const [viewer, status] of [[NEIGHBOUR_CADRE, 403], [VILLAGER, 403]] as const) {
      const res = await fetch(exportUrl(`divisionCode=${BAIJIACHI}`), { headers: { authorization: `Bearer ${await grid.tokenFor(viewer)}` } });
      expect(res.status).toBe(status);
    }
    expect((await fetch(exportUrl(`divisionCode=${BAIJIACHI}`))).status).toBe(401);
  });
});
