import type { EntityManager } from '@mikro-orm/postgresql';
import { scopeRange } from '@shanzhi/divisions';
import { readingOf, type IndicatorValues } from '@shanzhi/indicators';
import { assertInScope, type RequestContext } from '@shanzhi/kit';

/** What the culture indicators of one division are computed from. */
export interface CultureCounts {
  activities: number;
  participants: number;
  residents: number;
  volunteerMinutes: number;
  birthdayDays: number;
  heritageItems: number;
  campaignsDue: number;
  campaignsOnTime: number;
  wishes: number;
  wishesFulfilled: number;
  fulfilledWishes: number;
  medianHours: number | null;
  asOf: Date;
}

/**
 * The counts of many divisions in ONE query: each code is a [from, to) range on the tenant columns
 * (`scopeRange`), and every count is a correlated subquery over an indexed column. The month is the
 * current month in China Standard Time. `tag` is a leading SQL comment naming who asks.
 */
export async function cultureCounts(em: EntityManager, codes: readonly string[], tag = ''): Promise<Map<string, CultureCounts>> {
  const ranges = [...new Set(codes)].map((code) => ({ code, ...scopeRange(code) }));
  const inRange = (col: string) => `${col} >= k."from" and ${col} < k."to"`;
  const rows = await em.execute<Array<Record<string, unknown>>>(
    `${tag}with m as (select (date_trunc('month', now() at time zone 'Asia/Shanghai') at time zone 'Asia/Shanghai') as start)
     select k.code, now() as as_of,
       (select count(*) from activity a where ${inRange('a.division_code')} and a.starts_at >= m.start and a.starts_at < m.start + interval '1 month')::int as activities,
       (select count(*) from activity_sign_up s join activity a on a.id = s.activity_id
         where ${inRange('s.division_code')} and s.attendance = 'ATTENDED' and a.starts_at >= m.start and a.starts_at < m.start + interval '1 month')::int as participants,
       (select count(*) from birthday_resident r where ${inRange('r.village_code')} and not r.ended)::int as residents,
       (select coalesce(sum(v.minutes), 0) from volunteer_hours v join activity a on a.id = v.activity_id
         where ${inRange('v.division_code')} and a.starts_at >= m.start and a.starts_at < m.start + interval '1 month')::int as volunteer_minutes,
       (select count(*) from activity a where ${inRange('a.division_code')} and a.kind = 'BIRTHDAY' and a.starts_at <= now() and a.starts_at > now() - interval '3 months')::int as birthday_days,
       (select count(*) from heritage_item h where ${inRange('h.division_code')} and h.location <> 'RETURNED')::int as heritage_items,
       (select count(*) from star_campaign c where ${inRange('c.division_code')} and (c.due_at <= now() or c.state = 'PUBLISHED'))::int as campaigns_due,
       (select count(*) from star_campaign c where ${inRange('c.division_code')} and c.state = 'PUBLISHED' and c.published_at <= c.due_at)::int as campaigns_on_time,
       (select count(*) from wish w where ${inRange('w.division_code')} and w.state <> 'WITHDRAWN')::int as wishes,
       (select count(*) from wish w where ${inRange('w.division_code')} and w.state = 'FULFILLED')::int as wishes_fulfilled,
       (select percentile_cont(0.5) within group (order by extract(epoch from w.fulfilled_at - w.made_at) / 3600.0)
          from wish w where ${inRange('w.division_code')} and w.state = 'FULFILLED') as median_hours
     from json_to_recordset(?::json) as k(code text, "from" text, "to" text), m`,
    [JSON.stringify(ranges)],
  );
  return new Map(
    rows.map((r) => [
      r.code as string,
      {
        activities: r.activities as number,
        participants: r.participants as number,
        residents: r.residents as number,
        volunteerMinutes: r.volunteer_minutes as number,
        birthdayDays: r.birthday_days as number,
        heritageItems: r.heritage_items as number,
        campaignsDue: r.campaigns_due as number,
        campaignsOnTime: r.campaigns_on_time as number,
        wishes: r.wishes as number,
        wishesFulfilled: r.wishes_fulfilled as number,
        fulfilledWishes: r.wishes_fulfilled as number,
        medianHours: r.median_hours == null ? null : Math.round(Number(r.median_hours) * 10) / 10,
        asOf: new Date(r.as_of as string),
      },
    ]),
  );
}

/** The culture indicators of one division, each normalized as the catalogue says. */
export function cultureIndicatorValues(c: CultureCounts): IndicatorValues {
  const asOf = c.asOf;
  return {
    'culture.activitiesPerMonth': readingOf('culture.activitiesPerMonth', { numerator: c.activities, asOf }),
    'culture.activityParticipants': readingOf('culture.activityParticipants', { numerator: c.participants, denominator: c.residents, asOf }),
    'culture.volunteerHours': readingOf('culture.volunteerHours', { numerator: Math.round(c.volunteerMinutes / 60), asOf }),
    'culture.birthdayDaysHeld': readingOf('culture.birthdayDaysHeld', { numerator: c.birthdayDays, asOf }),
    'culture.heritageItems': readingOf('culture.heritageItems', { numerator: c.heritageItems, asOf }),
    'culture.starCampaignsOnTime': readingOf('culture.starCampaignsOnTime', { numerator: c.campaignsOnTime, denominator: c.campaignsDue, asOf }),
    'culture.wishesFulfilled': readingOf('culture.wishesFulfilled', { numerator: c.wishesFulfilled, denominator: c.wishes, asOf }),
    'culture.wishFulfilmentMedian': readingOf('culture.wishFulfilmentMedian', { median: c.medianHours, cases: c.fulfilledWishes, asOf }),
  };
}

/** The culture indicators of many villages in one query: what `culture.indicators.changed` carries. */
export async function computeCultureIndicators(villageCodes: readonly string[], em: EntityManager): Promise<Map<string, IndicatorValues>> {
  const counts = await cultureCounts(em, villageCodes, '/* indicator_dirty publication */ ');
  return new Map([...counts].map(([code, c]) => [code, cultureIndicatorValues(c)]));
}

/** The indicators of one division for the viewer: FORBIDDEN outside the scope; one query for the whole request. */
export async function loadCultureIndicators(ctx: RequestContext, code: string): Promise<IndicatorValues> {
  assertInScope(ctx, code);
  const loader = ctx.loader<string, IndicatorValues>('cultureIndicators', async (codes) => {
    const counts = await cultureCounts(ctx.em, codes);
    return codes.map((c) => cultureIndicatorValues(counts.get(c)!));
  });
  return loader.load(code);
}
