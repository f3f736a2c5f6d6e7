import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Viewer } from '@shanzhi/auth';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Logger } from 'pino';
import { Area } from '../entities/area.entity';
import { Gender } from '../entities/gender';
import { Household } from '../entities/household.entity';
import { ImportJob, ImportMode, ImportStatus, type ImportIssue } from '../entities/import-job.entity';
import { KnownDivision } from '../entities/known-division.entity';
import { RelationToHead } from '../entities/relation-to-head';
import { Resident } from '../entities/resident.entity';
import { recordHouseholdRegistered, residentFact } from '../events/household.events';
import { recordAudit } from './audit.service';
import { bumpCounters } from './division-counter.service';
import type { GridDeps } from './grid-deps';
import { checkIdNumber, checkPhone } from './id-card.validator';
import { maskIdNumber, maskPhone } from './pii.service';

/** The column headers of a county clerk's register, one row per resident. */
export const IMPORT_COLUMNS = ['户主姓名', '姓名', '与户主关系', '身份证号码', '联系电话', '村民小组', '住址', '片区'] as const;
type Column = (typeof IMPORT_COLUMNS)[number];
type Row = Record<Column, string> & { row: number };

/** Households written per transaction in VALID_ROWS_ONLY mode (and per progress step). */
const BATCH = 250;

/** 与户主关系 as registers write it. */
const RELATIONS: Record<string, RelationToHead> = {
  户主: RelationToHead.HEAD, 本人: RelationToHead.HEAD,
  配偶: RelationToHead.SPOUSE, 妻: RelationToHead.SPOUSE, 妻子: RelationToHead.SPOUSE, 夫: RelationToHead.SPOUSE, 丈夫: RelationToHead.SPOUSE,
  子: RelationToHead.CHILD, 女: RelationToHead.CHILD, 子女: RelationToHead.CHILD, 儿子: RelationToHead.CHILD, 女儿: RelationToHead.CHILD,
  长子: RelationToHead.CHILD, 次子: RelationToHead.CHILD, 长女: RelationToHead.CHILD, 次女: RelationToHead.CHILD,
  儿媳: RelationToHead.CHILD_IN_LAW, 女婿: RelationToHead.CHILD_IN_LAW,
  孙子: RelationToHead.GRANDCHILD, 孙女: RelationToHead.GRANDCHILD, 外孙子: RelationToHead.GRANDCHILD, 外孙女: RelationToHead.GRANDCHILD, 孙子女: RelationToHead.GRANDCHILD,
  父亲: RelationToHead.PARENT, 母亲: RelationToHead.PARENT, 父母: RelationToHead.PARENT,
  祖父: RelationToHead.GRANDPARENT, 祖母: RelationToHead.GRANDPARENT, 外祖父: RelationToHead.GRANDPARENT, 外祖母: RelationToHead.GRANDPARENT,
  兄: RelationToHead.SIBLING, 弟: RelationToHead.SIBLING, 姐: RelationToHead.SIBLING, 妹: RelationToHead.SIBLING, 兄弟姐妹: RelationToHead.SIBLING,
  其他: RelationToHead.OTHER,
};

/** Thrown for a file that cannot be read as a register at all (answered 400 with the reason). */
export class ImportFileError extends Error {}

/** Reads a `.csv` (UTF-8, BOM allowed) or `.xlsx` register into rows keyed by the Chinese headers. */
export async function readRegister(file: Buffer, filename: string): Promise<Row[]> {
  let table: string[][];
  if (/\.xlsx$/i.test(filename)) {
    const book = new ExcelJS.Workbook();
    try {
      await book.xlsx.load(file as unknown as ArrayBuffer);
    } catch {
      throw new ImportFileError('无法读取该 Excel 文件 (the .xlsx file cannot be read)');
    }
    const sheet = book.worksheets[0];
    if (!sheet) throw new ImportFileError('Excel 文件没有工作表 (the workbook has no sheet)');
    table = [];
    sheet.eachRow({ includeEmpty: true }, (r, n) => {
      const cells: string[] = [];
      for (let c = 1; c <= r.cellCount; c++) cells.push(r.getCell(c).text ?? '');
      table[n - 1] = cells;
    });
    table = Array.from(table, (r) => r ?? []);
  } else if (/\.csv$/i.test(filename)) {
    try {
      table = parseCsv(file, { bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][];
    } catch {
      throw new ImportFileError('无法读取该 CSV 文件 (the .csv file cannot be parsed)');
    }
  } else {
    throw new ImportFileError('只接受 .xlsx 或 .csv 文件 (only .xlsx and .csv files are accepted)');
  }
  const header = (table[0] ?? []).map((h) => h.trim());
  const missing = IMPORT_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0) throw new ImportFileError(`缺少列：${missing.join('、')} (missing columns: ${missing.join(', ')})`);
  const index = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c, header.indexOf(c)])) as Record<Column, number>;
  const rows: Row[] = [];
  table.slice(1).forEach((cells, i) => {
    if (cells.every((c) => !String(c ?? '').trim())) return;
    const row = { row: i + 2 } as Row;
    for (const c of IMPORT_COLUMNS) row[c] = String(cells[index[c]] ?? '').normalize('NFC').trim();
    rows.push(row);
  });
  return rows;
}

/** A household of the file that passed validation, ready to write. */
interface PlannedHousehold {
  rows: number[];
  divisionCode: string;
  areaId: string | null;
  address: string;
  headName: string;
  residents: Array<{ name: string; relation: RelationToHead; gender: Gender; birthDate: string; idNumber: string; phone: string | null }>;
}

/**
 * Validates every row and every household against the village (its groups and areas, the ID numbers
 * already registered anywhere in the county) and returns the valid households and the report of the rest.
 * A household is valid only when all its rows are. Rows are grouped into households by group, address and
 * head's name. Nothing is written.
 */
export async function validateRegister(
  em: EntityManager,
  deps: GridDeps,
  villageCode: string,
  rows: Row[],
  now = new Date(),
): Promise<{ households: PlannedHousehold[]; report: ImportIssue[] }> {
  const report: ImportIssue[] = [];
  const bad = new Set<number>();
  const fail = (row: number, column: Column, code: string, message: string) => {
    report.push({ row, column, code, message });
    bad.add(row);
  };
  const groups = await em.find(KnownDivision, { parentCode: villageCode, level: 'GROUP' });
  const areas = await em.find(Area, { divisionCode: { $gte: villageCode, $lt: `${villageCode}~` } });
  const groupOf = (v: string): string | null =>
    groups.find((k) => k.name === v || k.code === v || k.code === `${villageCode}${v.padStart(3, '0')}`)?.code ?? null;
  const seen = new Map<string, number>();
  const parsed = rows.map((r) => {
    for (const c of ['户主姓名', '姓名', '与户主关系', '身份证号码', '村民小组', '住址'] as const) {
      if (!r[c]) fail(r.row, c, 'REQUIRED', `${c}不能为空 (${c} is required)`);
    }
    const relation = RELATIONS[r['与户主关系']];
    if (r['与户主关系'] && !relation) fail(r.row, '与户主关系', 'UNKNOWN_RELATION', `无法识别的关系「${r['与户主关系']}」 (unknown relation)`);
    const id = r['身份证号码'] ? checkIdNumber(r['身份证号码'], now) : null;
    if (id && !id.ok) fail(r.row, '身份证号码', 'ID_CHECKSUM', id.reason);
    let phone: string | null = null;
    if (r['联系电话']) {
      phone = checkPhone(r['联系电话']);
      if (!phone) fail(r.row, '联系电话', 'PHONE', '手机号格式错误 (not a mainland mobile number)');
    }
    if (id?.ok) {
      const twin = seen.get(id.facts.idNumber);
      if (twin !== undefined) fail(r.row, '身份证号码', 'DUPLICATE_IN_FILE', `与第 ${twin} 行身份证号重复 (same ID number as row ${twin})`);
      else seen.set(id.facts.idNumber, r.row);
    }
    const group = r['村民小组'] ? groupOf(r['村民小组']) : null;
    if (r['村民小组'] && !group) fail(r.row, '村民小组', 'UNKNOWN_GROUP', `本村没有村民小组「${r['村民小组']}」 (unknown villager group)`);
    const area = r['片区'] ? areas.find((a) => a.name === r['片区']) : null;
    if (r['片区'] && !area) fail(r.row, '片区', 'UNKNOWN_AREA', `本村没有片区「${r['片区']}」 (unknown area)`);
    return { r, relation, id: id?.ok ? id.facts : null, phone, group, areaId: area?.id ?? null };
  });

  // Registered already (in this village or another): one query over the keyed hashes, in chunks.
  const hashes = new Map(parsed.filter((p) => p.id).map((p) => [deps.pii.hash('idNumber', p.id!.idNumber), p.r.row]));
  const all = [...hashes.keys()];
  for (let i = 0; i < all.length; i += 5000) {
    const taken = await em.execute<Array<{ id_number_hash: string; division_code: string }>>(
      'select id_number_hash, division_code from resident where id_number_hash in (select json_array_elements_text(?::json))',
      [JSON.stringify(all.slice(i, i + 5000))],
    );
    for (const t of taken) {
      // Another village's register is not named: the clerk learns only that the number cannot be imported here.
      const here = t.division_code.slice(0, 12) === villageCode;
      fail(hashes.get(t.id_number_hash)!, '身份证号码', 'DUPLICATE_IN_VILLAGE', here ? '该身份证号已在本村登记 (already registered in this village)' : '该身份证号无法在此登记 (cannot be registered here)');
    }
  }

  const byHousehold = new Map<string, typeof parsed>();
  for (const p of parsed) {
    const key = `${p.r['村民小组']}\u0000${p.r['住址']}\u0000${p.r['户主姓名']}`;
    byHousehold.set(key, [...(byHousehold.get(key) ?? []), p]);
  }
  const households: PlannedHousehold[] = [];
  for (const members of byHousehold.values()) {
    const heads = members.filter((m) => m.relation === RelationToHead.HEAD);
    if (heads.length !== 1) {
      const message = heads.length === 0 ? '该户没有户主 (the household has no head)' : '该户有多名户主 (the household has more than one head)';
      for (const m of members) fail(m.r.row, '与户主关系', 'NO_HEAD', message);
    }
    if (members.some((m) => bad.has(m.r.row))) continue;
    const first = members[0]!;
    households.push({
      rows: members.map((m) => m.r.row),
      divisionCode: first.group!,
      areaId: first.areaId,
      address: first.r['住址'],
      headName: first.r['户主姓名'],
      residents: members.map((m) => ({
        name: m.r['姓名'], relation: m.relation!, gender: m.id!.gender === 'MALE' ? Gender.MALE : Gender.FEMALE,
        birthDate: m.id!.birthDate, idNumber: m.id!.idNumber, phone: m.phone,
      })),
    });
  }
  report.sort((a, b) => a.row - b.row || a.column.localeCompare(b.column));
  return { households, report };
}

/** Writes planned households in one transaction: rows, counters, and one `grid.household.registered` each. */
async function writeHouseholds(em: EntityManager, deps: GridDeps, viewer: Viewer, planned: PlannedHousehold[]): Promise<void> {
  await em.transactional(async (tx) => {
    const households: object[] = [];
    const residents: object[] = [];
    const counters = new Map<string, { households: number; residents: number; householdsInArea: number }>();
    for (const p of planned) {
      const h = Object.assign(new Household(), { divisionCode: p.divisionCode, address: p.address, headName: p.headName });
      households.push({ id: h.id, divisionCode: p.divisionCode, area: p.areaId, address: p.address, headName: p.headName, registeredAt: new Date() });
      const facts = p.residents.map((r) => {
        const row = {
          id: new Resident().id, household: h.id, divisionCode: p.divisionCode, name: r.name, gender: r.gender, birthDate: r.birthDate, relation: r.relation,
          idNumberEncrypted: deps.pii.encrypt('idNumber', r.idNumber), idNumberHash: deps.pii.hash('idNumber', r.idNumber),
          phoneEncrypted: r.phone ? deps.pii.encrypt('phone', r.phone) : null, phoneHash: r.phone ? deps.pii.hash('phone', r.phone) : null,
          idNumberMasked: maskIdNumber(r.idNumber), phoneMasked: r.phone ? maskPhone(r.phone) : null, createdAt: new Date(),
        };
        residents.push(row);
        return residentFact(row);
      });
      recordHouseholdRegistered(tx, { id: h.id, divisionCode: p.divisionCode }, p.areaId, facts);
      const c = counters.get(p.divisionCode) ?? { households: 0, residents: 0, householdsInArea: 0 };
      c.households++;
      c.residents += p.residents.length;
      if (p.areaId) c.householdsInArea++;
      counters.set(p.divisionCode, c);
    }
    for (let i = 0; i < households.length; i += 1000) await tx.insertMany(Household, households.slice(i, i + 1000) as never[]);
    for (let i = 0; i < residents.length; i += 1000) await tx.insertMany(Resident, residents.slice(i, i + 1000) as never[]);
    await tx.flush();
    for (const [code, delta] of counters) await bumpCounters(tx, code, delta);
    recordAudit(tx, viewer, {
      divisionCode: planned[0]!.divisionCode.slice(0, 12), entity: 'household', entityId: (households[0] as { id: string }).id, action: 'register.imported',
      changes: { households: [null, planned.length], residents: [null, residents.length] },
    });
    await tx.flush();
  });
}

/** Records progress of a job in its own short statement, so a poller sees it while the import runs. */
function progress(em: EntityManager, jobId: string, set: Partial<Pick<ImportJob, 'processedRows' | 'importedHouseholds' | 'status' | 'report' | 'finishedAt'>>): Promise<unknown> {
  return em.fork().nativeUpdate(ImportJob, { id: jobId }, set);
}

/**
 * Runs an import job to its end: validation, then ALL_OR_NOTHING (one transaction, or nothing when any row
 * fails) or VALID_ROWS_ONLY (valid households in transactions of BATCH households, the rest reported).
 */
export async function runImport(orm: MikroORM, deps: GridDeps, log: Logger, job: ImportJob, viewer: Viewer, rows: Row[]): Promise<void> {
  const em = orm.em.fork();
  try {
    const { households, report } = await validateRegister(em, deps, job.divisionCode, rows);
    if (job.mode === ImportMode.ALL_OR_NOTHING && report.length > 0) {
      await progress(em, job.id, { status: ImportStatus.FAILED, report, processedRows: rows.length, finishedAt: new Date() });
      return;
    }
    const batch = job.mode === ImportMode.ALL_OR_NOTHING ? households.length : BATCH;
    let processed = report.length > 0 ? new Set(report.map((r) => r.row)).size : 0;
    let imported = 0;
    for (let i = 0; i < households.length; i += batch) {
      const part = households.slice(i, i + batch);
      // A fresh unit of work per batch: one kept across batches would carry every earlier batch's events,
      // and each flush would walk all of them again.
      await writeHouseholds(orm.em.fork(), deps, viewer, part);
      imported += part.length;
      processed += part.reduce((n, h) => n + h.rows.length, 0);
      await progress(em, job.id, { processedRows: processed, importedHouseholds: imported });
    }
    const status = report.length === 0 ? ImportStatus.SUCCEEDED : imported > 0 ? ImportStatus.PARTIAL : ImportStatus.FAILED;
    await progress(em, job.id, { status, report, processedRows: rows.length, importedHouseholds: imported, finishedAt: new Date() });
    log.info({ event: 'register_imported', jobId: job.id, divisionCode: job.divisionCode, households: imported, issues: report.length }, 'register imported');
  } catch (err) {
    // A race (an ID number registered meanwhile) or a fault: what was committed stays, the job says where it stopped.
    log.error({ event: 'register_import_failed', jobId: job.id, err }, 'register import failed');
    await progress(em, job.id, {
      status: ImportStatus.FAILED,
      report: [{ row: 0, column: '', code: 'INTERRUPTED', message: '导入中断，请核对已导入的户后重试 (the import stopped; check what was imported and retry)' }],
      finishedAt: new Date(),
    });
  }
}
