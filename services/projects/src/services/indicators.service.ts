import type { EntityManager } from '@mikro-orm/postgresql';
import { scopeRange } from '@shanzhi/divisions';
import { readingOf, type IndicatorValues } from '@shanzhi/indicators';
import { assertInScope, type RequestContext } from '@shanzhi/kit';
import { DisclosureKind } from '../entities/enums';
import { disclosureDueAt, periodKindOf } from './disclosure.service';
import { monthOf, nextPeriod, previousPeriod, quarterOf } from './periods';

/** What the projects service counts for one division (village, township or county): the raw parts of its indicators. */
export interface ProjectsCounts {
  needs: number;
  needsRecent: number;
  needsAnswered: number;
  projectsFiled: number;
  deliveredWithDue: number;
  deliveredOnTime: number;
  decisionsCompleted: number;
  decisionsClean: number;
  noQuorum: number;
  secretaryMeetings: number;
  disclosures: number;
  disclosuresOnTime: number;
  overdueDisclosures: number;
  asOf: Date;
}

type Row = Omit<ProjectsCounts, 'overdueDisclosures' | 'asOf'> & { code: string; as_of: Date; latest: Array<{ village: string; kind: DisclosureKind; period: string }> | null; villages: string[] | null };

/**
 * The projects service's counts for many divisions in ONE query: each code becomes a [from, to) range
 * (`scopeRange`), and every count is a correlated aggregate over that range. Overdue disclosures need the
 * cadence per village and kind, so the query returns each known village's latest period per kind and the
 * cadence rule (disclosure.service) is applied here, the same rule disclosureStatus shows.
 */
export async function countProjects(em: EntityManager, codes: readonly string[], tag = ''): Promise<Map<string, ProjectsCounts>> {
  const ranges = [...new Set(codes)].map((code) => ({ code, ...scopeRange(code) }));
  const now = new Date();
  const quarter = quarterOf(now);
  const lastFour = [quarter, previousPeriod(quarter), previousPeriod(previousPeriod(quarter)), previousPeriod(previousPeriod(previousPeriod(quarter)))];
  const inRange = (alias: string) => `${alias}.division_code >= k."from" and ${alias}.division_code < k."to"`;
  const rows = await em.execute<Row[]>(
    `${tag}select k.code, now() as as_of,
       (select count(*) from need n join listing_period p on p.id = n.period_id where ${inRange('n')} and p.period = ?)::int as "needs",
       (select count(*) from need n join listing_period p on p.id = n.period_id where ${inRange('n')} and p.period in (select json_array_elements_text(?::json)))::int as "needsRecent",
       (select count(*) from need n join listing_period p on p.id = n.period_id where ${inRange('n')} and p.period in (select json_array_elements_text(?::json)) and n.status = 'ANSWERED')::int as "needsAnswered",
       (select count(*) from project pr join listing_period p on p.id = pr.period_id where ${inRange('pr')} and p.period = ?
          and exists (select 1 from project_transition t where t.project_id = pr.id and t.to = 'TOWNSHIP_FILED'))::int as "projectsFiled",
       (select count(*) from project pr where ${inRange('pr')} and pr.delivered_at > now() - interval '12 months' and pr.due_on is not null)::int as "deliveredWithDue",
       (select count(*) from project pr where ${inRange('pr')} and pr.delivered_at > now() - interval '12 months' and pr.due_on is not null
          and to_char(pr.delivered_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') <= pr.due_on)::int as "deliveredOnTime",
       (select count(*) from decision d where ${inRange('d')} and d.status = 'COMPLETED')::int as "decisionsCompleted",
       (select count(*) from decision d where ${inRange('d')} and d.status = 'COMPLETED'
          and not exists (select 1 from decision_stage_record r where r.decision_id = d.id and r.late))::int as "decisionsClean",
       (select count(*) from decision_stage_record r where ${inRange('r')} and r.outcome = 'NO_QUORUM' and r.held_at > now() - interval '12 months')::int as "noQuorum",
       (select count(*) from consultation c where ${inRange('c')} and c.kind = 'SECRETARY_MEETING' and c.status = 'HELD' and c.held_at > now() - interval '3 months')::int as "secretaryMeetings",
       (select count(*) from disclosure x where ${inRange('x')} and x.corrects_id is null and x.published_at > now() - interval '12 months')::int as "disclosures",
       (select count(*) from disclosure x where ${inRange('x')} and x.corrects_id is null and x.published_at > now() - interval '12 months' and not x.late)::int as "disclosuresOnTime",
       (select json_agg(json_build_object('village', division_code, 'kind', kind, 'period', period)) from (
          select x.division_code, x.kind, max(x.period) as period from disclosure x where ${inRange('x')} and x.corrects_id is null group by x.division_code, x.kind) l) as "latest",
       (select json_agg(distinct v.division_code) from (
          select division_code from disclosure x where ${inRange('x')}
          union select division_code from listing_period x where ${inRange('x')}
          union select division_code from consultation x where ${inRange('x')}
          union select division_code from decision x where ${inRange('x')}) v) as "villages"
     from json_to_recordset(?::json) as k(code text, "from" text, "to" text)`,
    [quarter, JSON.stringify(lastFour), JSON.stringify(lastFour), quarter, JSON.stringify(ranges)],
  );
  return new Map(
    rows.map((r) => {
      const { code, as_of, latest, villages, ...counts } = r;
      return [code, { ...counts, overdueDisclosures: countOverdue(code, latest ?? [], villages ?? [], now), asOf: new Date(as_of) }];
    }),
  );
}

/**
 * Kinds overdue per village, summed: a village the service knows (or the asked village itself) with no
 * disclosure of a kind is due for the last ended period of that kind.
 */
function countOverdue(code: string, latest: Array<{ village: string; kind: DisclosureKind; period: string }>, villages: string[], now: Date): number {
  const known = new Set(villages);
  if (code.length === 12) known.add(code);
  let overdue = 0;
  for (const village of known) {
    for (const kind of Object.values(DisclosureKind)) {
      const last = latest.find((l) => l.village === village && l.kind === kind)?.period;
      const current = periodKindOf(kind) === 'MONTH' ? monthOf(now) : quarterOf(now);
      const next = last ? nextPeriod(last) : previousPeriod(current);
      if (now > disclosureDueAt(next)) overdue += 1;
    }
  }
  return overdue;
}

/** The projects service's indicators of one division, each normalized as the catalogue says. */
export function projectsIndicatorValues(c: ProjectsCounts): IndicatorValues {
  const asOf = c.asOf;
  return {
    'projects.needsRecorded': readingOf('projects.needsRecorded', { numerator: c.needs, asOf }),
    'projects.needsAnsweredRate': readingOf('projects.needsAnsweredRate', { numerator: c.needsAnswered, denominator: c.needsRecent, asOf }),
    'projects.projectsFiled': readingOf('projects.projectsFiled', { numerator: c.projectsFiled, asOf }),
    'projects.projectsDeliveredOnTime': readingOf('projects.projectsDeliveredOnTime', { numerator: c.deliveredOnTime, denominator: c.deliveredWithDue, asOf }),
    'projects.decisionsCompleteRate': readingOf('projects.decisionsCompleteRate', { numerator: c.decisionsClean, denominator: c.decisionsCompleted, asOf }),
    'projects.meetingsWithoutQuorum': readingOf('projects.meetingsWithoutQuorum', { numerator: c.noQuorum, asOf }),
    'projects.secretaryMeetings': readingOf('projects.secretaryMeetings', { numerator: c.secretaryMeetings, asOf }),
    'projects.disclosuresOnTimeRate': readingOf('projects.disclosuresOnTimeRate', { numerator: c.disclosuresOnTime, denominator: c.disclosures, asOf }),
    'projects.overdueDisclosures': readingOf('projects.overdueDisclosures', { numerator: c.overdueDisclosures, asOf }),
  };
}

/** The indicators of many villages in one query: what `projects.indicators.changed` carries. */
export async function computeProjectsIndicators(villageCodes: readonly string[], em: EntityManager): Promise<Map<string, IndicatorValues>> {
  const counts = await countProjects(em, villageCodes, '/* indicator_dirty publication */ ');
  return new Map([...counts].map(([code, c]) => [code, projectsIndicatorValues(c)]));
}

/**
 * The indicators of one division for the request's viewer: FORBIDDEN (logged) outside the viewer's scope;
 * otherwise through the request's DataLoader, so all divisions and fields of a request cost one query.
 */
export async function loadProjectsIndicators(ctx: RequestContext, code: string): Promise<IndicatorValues> {
  assertInScope(ctx, code);
  const loader = ctx.loader<string, IndicatorValues>('projectsIndicators', async (codes) => {
    const counts = await countProjects(ctx.em, codes);
    return codes.map((c) => projectsIndicatorValues(counts.get(c)!));
  });
  return loader.load(code);
}
