import { LEVEL_LENGTH, type DivisionLevel } from '@shanzhi/divisions';
import { Direction, FRESH_FOR_MS, isStale, medianOf, normalizeReading, rollUp, type IndicatorDefinition, type RolledReading } from '@shanzhi/indicators';
import { BadUserInputError, type RequestContext } from '@shanzhi/kit';
import { idsToRead, requireIndicators, requirePeriod } from './indicator-args';
import { readRanking, readSnapshots, readVillages, type VillageReadings } from './read-query';
import { ResponseCache } from './response-cache';
import { listingLevel, medianCodes, readRoot, readScope } from './scope';

/** One indicator's value in a comparison row. */
export interface ComparedValueData extends RolledReading {
  indicator: string;
  /** No value, or one older than its period allows (for a roll-up: resting on at least one such village). */
  stale: boolean;
}

/** One division of a comparison with its values, in the order the indicators were asked for. */
export interface ComparisonRowData {
  code: string;
  values: ComparedValueData[];
}

/** The median of the villages of one division, per indicator. */
export interface MedianData {
  code: string;
  level: DivisionLevel;
  values: Array<{ indicator: string; value: number | null; villages: number }>;
}

/** A comparison as the API returns it. */
export interface ComparisonData {
  scope: string;
  level: DivisionLevel;
  period: string | null;
  rows: ComparisonRowData[];
  /** Computed on first read. */
  readonly medians: MedianData[];
}

/** Which end of the ranking comes first. */
export enum RankOrder {
  BEST_FIRST = 'BEST_FIRST',
  WORST_FIRST = 'WORST_FIRST',
}

/** Why a village is listed apart from the ranking. */
export enum UnrankedReason {
  BELOW_MIN_SAMPLE = 'BELOW_MIN_SAMPLE',
  NO_VALUE = 'NO_VALUE',
  STALE = 'STALE',
}

/** A ranked village. */
export interface RankedData {
  rank: number;
  code: string;
  value: number;
  sample: number;
}

/** A village listed apart, with the reason. */
export interface UnrankedData {
  code: string;
  value: number | null;
  sample: number;
  reason: UnrankedReason;
}

/** One page of a ranking. */
export interface RankingData {
  indicator: string;
  totalCount: number;
  nodes: RankedData[];
  endCursor: string | null;
  hasNextPage: boolean;
  unranked: UnrankedData[];
}

/** Bucket size of a trend. */
export enum TrendInterval {
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
}

/** One indicator over time. */
export interface TrendData {
  indicator: string;
  points: Array<{ date: string; value: number | null; sample: number }>;
}

/** Longest trend one request may ask for. */
export const MAX_TREND_DAYS = 3 * 366;
/** Largest ranking page. */
export const MAX_RANKING_PAGE = 200;

const DAY_MS = 24 * 3600 * 1000;

/** The readings of one village for the requested indicators, normalized with its own households/residents. */
function villageReading(def: IndicatorDefinition, readings: Map<string, RolledReading> | undefined): RolledReading {
  const published = readings?.get(def.id) ?? { value: null, numerator: null, denominator: null, sample: 0, asOf: null };
  const households = readings?.get('grid.households')?.numerator ?? null;
  const residents = readings?.get('grid.residents')?.numerator ?? null;
  return normalizeReading(def, published, { households, residents });
}

/** Opaque ranking cursor: the offset after the last node of the page. */
function encodeOffset(offset: number): string {
  return Buffer.from(`rank:${offset}`, 'utf8').toString('base64url');
}

/** The offset in a cursor; anything this service did not issue is BAD_USER_INPUT on `after`. */
function decodeOffset(cursor: string): number {
  const m = /^rank:(\d{1,7})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m || encodeOffset(Number(m[1])) !== cursor) throw new BadUserInputError('after', '无效的分页游标 (invalid cursor)');
  return Number(m[1]);
}

/**
 * 比较、排名、趋势: the read side of supervision. Every method checks the scope first, answers from ONE SQL
 * statement (or from the response cache), normalizes per village and rolls up by each indicator's rule.
 */
export class CompareService {
  constructor(private readonly cache: ResponseCache) {}

  /** Villages (or divisions of `level`) of a scope side by side, with the township and county medians. */
  async compare(ctx: RequestContext, args: { scope: string; indicators: string[]; period?: string | null; level: DivisionLevel }): Promise<ComparisonData> {
    const s = readScope(ctx, args.scope, 'scope');
    const defs = requireIndicators(args.indicators);
    const period = requirePeriod(args.period);
    const level = listingLevel(s.code, args.level);
    if (s.ownVillageOnly && level !== 'VILLAGE') throw new BadUserInputError('level', '村干部只比较本村 (a village cadre compares its own village)');
    const root = readRoot(s.code);
    // The answer holds every village under `root`: its cached response is invalidated by a change in any.
    await this.cache.track(root);
    const villages = await readVillages(ctx.em, root, idsToRead(defs), period?.lastDay ?? null);
    return this.comparison(s.code, level, period?.key ?? null, defs, villages, period?.end ?? new Date());
  }

  private comparison(scope: string, level: DivisionLevel, period: string | null, defs: IndicatorDefinition[], villages: VillageReadings, now: Date): ComparisonData {
    const length = LEVEL_LENGTH[level];
    const groups = new Map<string, string[]>();
    for (const code of villages.keys()) {
      if (!code.startsWith(scope)) continue;
      const g = code.slice(0, length);
      const list = groups.get(g) ?? [];
      list.push(code);
      groups.set(g, list);
    }
    const rows: ComparisonRowData[] = [...groups.entries()].map(([code, members]) => ({
      code,
      values: defs.map((d) => {
        const readings = members.map((v) => villageReading(d, villages.get(v)));
        const r = members.length === 1 && level === 'VILLAGE' ? readings[0]! : rollUp(d, readings);
        return { indicator: d.id, ...r, stale: readings.some((x) => isStale(d, x.asOf, now)) };
      }),
    }));
    let medians: MedianData[] | undefined;
    return {
      scope,
      level,
      period,
      rows,
      // Computed only when a client selects them (a county comparison rarely does): medians walk every value again.
      get medians() {
        return (medians ??= medianCodes(scope).map((code) => {
          const members = [...villages.keys()].filter((v) => v.startsWith(code));
          return {
            code,
            level: (code.length === LEVEL_LENGTH.TOWNSHIP ? 'TOWNSHIP' : code.length === LEVEL_LENGTH.COUNTY ? 'COUNTY' : code.length === LEVEL_LENGTH.CITY ? 'CITY' : 'PROVINCE') as DivisionLevel,
            values: defs.map((d) => {
              const values = members.map((v) => villageReading(d, villages.get(v))).map((r) => r.value);
              return { indicator: d.id, value: medianOf(values), villages: values.filter((x) => x !== null).length };
            }),
          };
        }));
      },
    };
  }

  /**
   * The villages of a scope ranked on one indicator; ties share a rank, thin or stale villages are listed
   * apart (on the first page, and only read when `withUnranked`). ONE SQL statement (see readRanking).
   */
  async ranking(ctx: RequestContext, args: { scope: string; indicator: string; period?: string | null; first: number; after?: string | null; order?: RankOrder | null; withUnranked?: boolean }): Promise<RankingData> {
    const s = readScope(ctx, args.scope, 'scope', { supervisorsOnly: true });
    const [def] = requireIndicators([args.indicator], 'indicator');
    const period = requirePeriod(args.period);
    if (!Number.isInteger(args.first) || args.first < 1 || args.first > MAX_RANKING_PAGE) {
      throw new BadUserInputError('first', `每页 1 至 ${MAX_RANKING_PAGE} 个 (first must be between 1 and ${MAX_RANKING_PAGE})`);
    }
    const offset = args.after ? decodeOffset(args.after) : 0;
    const order = args.order ?? RankOrder.BEST_FIRST;
    await this.cache.track(s.code);
    const now = period?.end ?? new Date();
    // Best first: the highest value, unless lower is better; a neutral indicator ranks by size, largest first.
    const highFirst = (def!.direction !== Direction.LOWER_IS_BETTER) === (order === RankOrder.BEST_FIRST);
    const r = await readRanking(ctx.em, {
      def: def!,
      root: s.code,
      asOfDay: period?.lastDay ?? null,
      freshSince: new Date(now.getTime() - FRESH_FOR_MS[def!.period]),
      highFirst,
      offset,
      first: args.first,
      withUnranked: offset === 0 && args.withUnranked !== false,
    });
    const end = offset + r.page.length;
    return {
      indicator: def!.id,
      totalCount: r.total,
      nodes: r.page,
      endCursor: r.page.length ? encodeOffset(end) : null,
      hasNextPage: end < r.total,
      unranked: r.unranked.map((u) => ({ ...u, reason: UnrankedReason[u.reason] })),
    };
  }

  /** Indicators of one division over time, one point per day, week or month (the value at the bucket's end). */
  async trend(ctx: RequestContext, args: { code: string; indicators: string[]; from: Date; to: Date; interval: TrendInterval }): Promise<TrendData[]> {
    const s = readScope(ctx, args.code, 'code');
    const defs = requireIndicators(args.indicators);
    const fromDay = args.from.toISOString().slice(0, 10);
    const toDay = args.to.toISOString().slice(0, 10);
    if (toDay < fromDay) throw new BadUserInputError('to', '结束日期不能早于开始日期 (to must not be before from)');
    if ((args.to.getTime() - args.from.getTime()) / DAY_MS > MAX_TREND_DAYS) {
      throw new BadUserInputError('to', `一次最多 ${MAX_TREND_DAYS} 天 (at most ${MAX_TREND_DAYS} days per trend)`);
    }
    const series = await readSnapshots(ctx.em, s.code, idsToRead(defs), fromDay, toDay);
    const ends = bucketEnds(fromDay, toDay, args.interval);
    return defs.map((d) => ({
      indicator: d.id,
      points: ends.map((day) => {
        const readings: RolledReading[] = [];
        for (const byId of series.values()) {
          const at = (id: string) => lastOnOrBefore(byId.get(id), day);
          const published = at(d.id);
          if (!published) continue;
          const hh = at('grid.households')?.numerator ?? null;
          const res = at('grid.residents')?.numerator ?? null;
          readings.push(normalizeReading(d, published, { households: hh, residents: res }));
        }
        const r = s.code.length === LEVEL_LENGTH.VILLAGE && readings.length <= 1 ? (readings[0] ?? null) : rollUp(d, readings);
        return { date: day, value: r?.value ?? null, sample: r?.sample ?? 0 };
      }),
    }));
  }
}

/** The last reading of a series on or before `day` (binary search: series are sorted by day). */
function lastOnOrBefore(s: { days: string[]; readings: RolledReading[] } | undefined, day: string): RolledReading | null {
  if (!s) return null;
  let lo = 0;
  let hi = s.days.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (s.days[mid]! <= day) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 ? s.readings[found]! : null;
}

/** The last day of each bucket from `fromDay` to `toDay` (the last bucket may be partial and ends at `toDay`). */
export function bucketEnds(fromDay: string, toDay: string, interval: TrendInterval): string[] {
  const day = (d: Date) => d.toISOString().slice(0, 10);
  const out: string[] = [];
  const from = new Date(`${fromDay}T00:00:00Z`);
  const to = new Date(`${toDay}T00:00:00Z`);
  if (interval === TrendInterval.DAY) {
    for (let t = from.getTime(); t <= to.getTime(); t += DAY_MS) out.push(day(new Date(t)));
  } else if (interval === TrendInterval.WEEK) {
    for (let t = from.getTime() + 6 * DAY_MS; t < to.getTime(); t += 7 * DAY_MS) out.push(day(new Date(t)));
    out.push(toDay);
  } else {
    for (let m = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + 1, 0)); m < to; m = new Date(Date.UTC(m.getUTCFullYear(), m.getUTCMonth() + 2, 0))) {
      out.push(day(m));
    }
    out.push(toDay);
  }
  return out;
}
