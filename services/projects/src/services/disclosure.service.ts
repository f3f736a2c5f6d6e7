import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, ConflictError, NotFoundError, requiredText, type RequestContext } from '@shanzhi/kit';
import { Disclosure, type DisclosureLine } from '../entities/disclosure.entity';
import { DisclosureKind, LineDirection } from '../entities/enums';
import { recordDisclosurePublished } from '../events/projects.events';
import type { PublishDisclosureInput } from '../inputs/disclosure.inputs';
import { addDays, monthOf, nextPeriod, periodBounds, previousPeriod, quarterOf, requireMonth, requireQuarter } from './periods';
import { PROJECTS_WRITE_ROLES } from './projects-roles';
import { isUuid, villageInScope } from './scope';
import { requireDivisionCode } from '@shanzhi/kit';

/**
 * Days after the end of its period by which a disclosure is due. Finance is disclosed monthly, party and
 * village affairs at least quarterly; each within the first 10 days after its period closes.
 */
export const DISCLOSURE_GRACE_DAYS = 10;

/** The cadence of each kind: FINANCE by month, PARTY and VILLAGE by quarter. */
export function periodKindOf(kind: DisclosureKind): 'MONTH' | 'QUARTER' {
  return kind === DisclosureKind.FINANCE ? 'MONTH' : 'QUARTER';
}

/** When the disclosure of `period` is due: the end of the period plus the grace days. */
export function disclosureDueAt(period: string): Date {
  return addDays(periodBounds(period).end, DISCLOSURE_GRACE_DAYS);
}

/** What writeDisclosure stores. */
export interface DisclosureDraft {
  divisionCode: string;
  kind: DisclosureKind;
  period: string;
  title: string;
  body: string;
  lines: DisclosureLine[];
  incomeTotalFen: number | null;
  expenseTotalFen: number | null;
  correctsId: string | null;
}

/** Writes a disclosure and its event inside the caller's transaction (also used when lists are published). */
export async function writeDisclosure(em: EntityManager, draft: DisclosureDraft): Promise<Disclosure> {
  const publishedAt = new Date();
  const d = em.create(Disclosure, { ...draft, publishedAt, late: publishedAt > disclosureDueAt(draft.period) });
  await em.flush();
  await recordDisclosurePublished(em, {
    disclosureId: d.id,
    divisionCode: d.divisionCode,
    kind: d.kind,
    period: d.period,
    correctsId: d.correctsId,
    late: d.late,
    publishedAt: publishedAt.toISOString(),
  });
  return d;
}

/**
 * Publishes a disclosure (三公开): the period matches the kind's cadence and has begun; finance lines carry a
 * direction and a non-negative amount, and stated totals must equal the lines; a correction references a
 * published disclosure of the same village and kind. Nothing is ever updated afterwards.
 */
export async function publishDisclosure(ctx: RequestContext, input: PublishDisclosureInput): Promise<Disclosure> {
  const code = villageInScope(ctx, PROJECTS_WRITE_ROLES, input.divisionCode);
  const period = periodKindOf(input.kind) === 'MONTH' ? requireMonth(input.period) : requireQuarter(input.period);
  if (periodBounds(period).start > new Date()) throw new BadUserInputError('period', '不能公开尚未开始的期间 (the period has not begun)');
  const title = requiredText(input.title, 'title', '标题');
  const body = requiredText(input.body, 'body', '公开内容');
  const lines: DisclosureLine[] = (input.lines ?? []).map((l, i) => {
    const label = requiredText(l.label, `lines.${i}.label`, '明细项目');
    if (l.amountFen != null && l.amountFen < 0) throw new BadUserInputError(`lines.${i}.amountFen`, '金额不能为负 (amountFen must not be negative)');
    if (input.kind === DisclosureKind.FINANCE && (l.direction == null || l.amountFen == null)) {
      throw new BadUserInputError(`lines.${i}`, '财务明细须有收支方向和金额 (finance lines need direction and amountFen)');
    }
    return { label, direction: l.direction ?? null, amountFen: l.amountFen ?? null };
  });
  let incomeTotalFen: number | null = null;
  let expenseTotalFen: number | null = null;
  if (input.kind === DisclosureKind.FINANCE) {
    if (lines.length === 0) throw new BadUserInputError('lines', '财务公开须有收支明细 (a finance disclosure needs its lines)');
    incomeTotalFen = sum(lines, LineDirection.INCOME);
    expenseTotalFen = sum(lines, LineDirection.EXPENSE);
    if (input.incomeTotalFen != null && input.incomeTotalFen !== incomeTotalFen) {
      throw new BadUserInputError('incomeTotalFen', `收入合计应为 ${incomeTotalFen} 分 (the income lines add up to ${incomeTotalFen} fen)`);
    }
    if (input.expenseTotalFen != null && input.expenseTotalFen !== expenseTotalFen) {
      throw new BadUserInputError('expenseTotalFen', `支出合计应为 ${expenseTotalFen} 分 (the expense lines add up to ${expenseTotalFen} fen)`);
    }
  } else if (input.incomeTotalFen != null || input.expenseTotalFen != null) {
    throw new BadUserInputError(input.incomeTotalFen != null ? 'incomeTotalFen' : 'expenseTotalFen', '只有财务公开有收支合计 (only finance disclosures have totals)');
  }
  const correctsId = input.correctsId?.trim() || null;
  const disclosure = await ctx.em.transactional(async (em) => {
    if (correctsId) {
      const corrected = isUuid(correctsId) ? await em.findOne(Disclosure, { id: correctsId, divisionCode: code }) : null;
      if (!corrected) throw new NotFoundError('被更正的公开', 'correctsId');
      if (corrected.kind !== input.kind || corrected.period !== period) {
        throw new ConflictError('更正须与原公开同类别、同期间 (a correction has the kind and period of the one it corrects)', 'correctsId');
      }
    }
    return writeDisclosure(em, { divisionCode: code, kind: input.kind, period, title, body, lines, incomeTotalFen, expenseTotalFen, correctsId });
  });
  ctx.log.info({ event: 'disclosure_published', disclosureId: disclosure.id, divisionCode: code, kind: disclosure.kind, period }, 'disclosure published');
  return disclosure;
}

function sum(lines: DisclosureLine[], direction: LineDirection): number {
  return lines.filter((l) => l.direction === direction).reduce((acc, l) => acc + (l.amountFen ?? 0), 0);
}

/** A page of a village's published disclosures, newest first. */
export interface DisclosurePage {
  nodes: Disclosure[];
  endCursor: string | null;
  hasNextPage: boolean;
  totalCount: number;
}

/** Opaque cursor of the disclosure list: base64url of `<publishedAt ISO>|<id>`. */
function encodeCursor(d: Disclosure): string {
  return Buffer.from(`${d.publishedAt.toISOString()}|${d.id}`, 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): { at: Date; id: string } {
  const [iso, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const at = new Date(iso ?? '');
  if (!id || !isUuid(id) || Number.isNaN(at.getTime()) || Buffer.from(`${at.toISOString()}|${id}`, 'utf8').toString('base64url') !== cursor) {
    throw new BadUserInputError('after', '无效的分页游标 (invalid cursor)');
  }
  return { at, id };
}

/**
 * A village's published disclosures, public: no token is needed, because 三公开 is public by law and a
 * disclosure holds nothing personal. Newest first, cursor-paginated.
 */
export async function listDisclosures(ctx: RequestContext, divisionCode: string, kind: DisclosureKind | null | undefined, first: number | null | undefined, after: string | null | undefined): Promise<DisclosurePage> {
  const code = requireDivisionCode(divisionCode, 'divisionCode', ['VILLAGE']);
  const limit = first ?? 20;
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw new BadUserInputError('first', 'first 须在 1–100 之间 (first must be 1–100)');
  const base = { divisionCode: code, ...(kind ? { kind } : {}) };
  const where = after
    ? (() => {
        const c = decodeCursor(after);
        return { ...base, $or: [{ publishedAt: { $lt: c.at } }, { publishedAt: c.at, id: { $lt: c.id } }] };
      })()
    : base;
  const [rows, totalCount] = await Promise.all([
    ctx.em.find(Disclosure, where, { orderBy: { publishedAt: 'desc', id: 'desc' }, limit: limit + 1 }),
    ctx.em.count(Disclosure, base),
  ]);
  const nodes = rows.slice(0, limit);
  return { nodes, endCursor: nodes.length ? encodeCursor(nodes[nodes.length - 1]!) : null, hasNextPage: rows.length > limit, totalCount };
}

/** Where a village stands with one kind of disclosure. */
export interface DisclosureKindStatus {
  kind: DisclosureKind;
  lastPublishedAt: Date | null;
  /** The period whose disclosure is due next. */
  nextPeriod: string;
  dueAt: Date;
  overdue: boolean;
}

/**
 * The cadence per kind: the next period due is the one after the latest period disclosed (or, with none yet,
 * the last period that has ended); it is due DISCLOSURE_GRACE_DAYS after that period ends; overdue once that
 * has passed. Public, like the disclosures.
 */
export async function disclosureStatus(em: EntityManager, divisionCode: string, now = new Date()): Promise<DisclosureKindStatus[]> {
  const code = requireDivisionCode(divisionCode, 'divisionCode', ['VILLAGE']);
  const rows = await em.execute<Array<{ kind: DisclosureKind; last_at: Date; max_period: string }>>(
    `select kind, max(published_at) as last_at, max(period) as max_period from disclosure where division_code = ? and corrects_id is null group by kind`,
    [code],
  );
  const byKind = new Map(rows.map((r) => [r.kind, r]));
  return Object.values(DisclosureKind).map((kind) => {
    const r = byKind.get(kind);
    const current = periodKindOf(kind) === 'MONTH' ? monthOf(now) : quarterOf(now);
    const next = r ? nextPeriod(r.max_period) : previousPeriod(current);
    const dueAt = disclosureDueAt(next);
    return { kind, lastPublishedAt: r ? new Date(r.last_at) : null, nextPeriod: next, dueAt, overdue: now > dueAt };
  });
}
