import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '@shanzhi/auth';
import { scopeRange } from '@shanzhi/divisions';
import ExcelJS from 'exceljs';
import { IdentityRevealAudit } from '../entities/identity-reveal-audit.entity';
import { RelationToHead } from '../entities/relation-to-head';
import type { GridDeps } from './grid-deps';
import { IDENTITY_REVEAL_ROLES } from './grid-roles';
import { IMPORT_COLUMNS } from './register-import.service';
import { MIN_REVEAL_REASON } from './resident.service';

/** 与户主关系 as the exported register writes it. */
const RELATION_LABELS: Record<RelationToHead, string> = {
  HEAD: '户主', SPOUSE: '配偶', CHILD: '子女', CHILD_IN_LAW: '儿媳/女婿', GRANDCHILD: '孙子女', PARENT: '父母', GRANDPARENT: '祖父母', SIBLING: '兄弟姐妹', OTHER: '其他',
};

/** Why an export was refused, with the field at fault. */
export class ExportRefusal extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly field?: string) {
    super(message);
  }
}

/**
 * The register of a division (active residents of existing households; an area chief's own areas only) in
 * the import's columns. ID numbers and phones are masked unless the viewer may reveal them and gives a reason;
 * then every exported resident gets an identity-reveal audit row, committed before the file is produced.
 */
export async function exportRegister(
  em: EntityManager,
  deps: GridDeps,
  viewer: Viewer,
  opts: { divisionCode: string; format: 'csv' | 'xlsx'; reason: string | null; chiefAreas: string[] | null },
): Promise<Buffer> {
  const reason = opts.reason?.trim() ? opts.reason.trim() : null;
  const reveal = reason !== null;
  if (reveal && !IDENTITY_REVEAL_ROLES.includes(viewer.role)) throw new ExportRefusal(403, 'FORBIDDEN', '无权导出身份信息明文 (your role may not export identities in plain text)');
  if (reveal && reason.length < MIN_REVEAL_REASON) {
    throw new ExportRefusal(400, 'BAD_USER_INPUT', `请填写导出事由（至少 ${MIN_REVEAL_REASON} 个字） (a reason of at least ${MIN_REVEAL_REASON} characters is required)`, 'reason');
  }
  const { from, to } = scopeRange(opts.divisionCode);
  const rows = await em.execute<Array<{
    id: string; division_code: string; head_name: string; name: string; relation: RelationToHead; address: string; group_name: string | null; area_name: string | null;
    id_number_encrypted: string; phone_encrypted: string | null; id_number_masked: string | null; phone_masked: string | null;
  }>>(
    `select r.id, r.division_code, h.head_name, r.name, r.relation, h.address, g.name as group_name, a.name as area_name,
            r.id_number_encrypted, r.phone_encrypted, r.id_number_masked, r.phone_masked
       from resident r join household h on h.id = r.household_id
       left join known_division g on g.code = h.division_code and g.level = 'GROUP'
       left join area a on a.id = h.area_id
      where h.division_code >= ? and h.division_code < ? and h.dissolved_on is null and r.ended_on is null
        ${opts.chiefAreas ? 'and h.area_id in (select value::uuid from json_array_elements_text(?::json))' : ''}
      order by h.division_code, h.address, h.id, r.relation`,
    [from, to, ...(opts.chiefAreas ? [JSON.stringify(opts.chiefAreas)] : [])],
  );
  if (reveal && rows.length > 0) {
    await em.transactional(async (tx) => {
      const audits = rows.map((r) => ({ ...new IdentityRevealAudit(), username: viewer.username, role: viewer.role, residentId: r.id, divisionCode: r.division_code, reason: `导出户籍：${reason}` }));
      for (let i = 0; i < audits.length; i += 1000) await tx.insertMany(IdentityRevealAudit, audits.slice(i, i + 1000) as never[]);
    });
  }
  const table = rows.map((r) => [
    r.head_name, r.name, RELATION_LABELS[r.relation],
    reveal ? deps.pii.decrypt('idNumber', r.id_number_encrypted) : (r.id_number_masked ?? ''),
    r.phone_encrypted ? (reveal ? deps.pii.decrypt('phone', r.phone_encrypted) : (r.phone_masked ?? '')) : '',
    r.group_name ?? '', r.address, r.area_name ?? '',
  ]);
  if (opts.format === 'xlsx') {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('户籍');
    sheet.addRow([...IMPORT_COLUMNS]);
    for (const r of table) sheet.addRow(r);
    return Buffer.from(await book.xlsx.writeBuffer());
  }
  const cell = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return Buffer.from(`\uFEFF${[[...IMPORT_COLUMNS], ...table].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`, 'utf8');
}
