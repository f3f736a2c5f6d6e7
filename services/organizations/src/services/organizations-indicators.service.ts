import type { EntityManager } from '@mikro-orm/postgresql';
import { scopeRange } from '@shanzhi/divisions';
import { readingOf, type IndicatorValues } from '@shanzhi/indicators';
import { assertInScope, type RequestContext } from '@shanzhi/kit';
import { ACTIVE_WITHIN_DAYS } from './community-organization.service';

/** What the organizations service counts for one division (its code range), and when. */
export interface OrganizationsCounts {
  partyMembers: number;
  probationaryMembers: number;
  newMigrantWorker: number;
  newWealthLeader: number;
  newReserveTalent: number;
  groupsWithOrg: number;
  groups: number;
  contactHouseholds: number;
  activeCommunityOrganizations: number;
  fundBalanceFen: number;
  venues: number;
  groupVenues: number;
  overdueItems: number;
  supervisedVillages: number;
  /** Database time of the read. */
  asOf: Date;
}

type Row = Record<Exclude<keyof OrganizationsCounts, 'asOf'>, number> & { code: string; as_of: Date };

/**
 * Every count of many divisions in ONE statement: each code becomes a [from, to) range (`scopeRange`),
 * and each count is a subquery over that range on an indexed code column. Dates are China Standard Time,
 * the county's calendar. `tag` is a leading SQL comment naming who asks.
 */
export async function countOrganizations(em: EntityManager, codes: readonly string[], tag = ''): Promise<Map<string, OrganizationsCounts>> {
  const ranges = [...new Set(codes)].map((code) => ({ code, ...scopeRange(code) }));
  const rows = await em.execute<Row[]>(
    `${tag}with k as (select * from json_to_recordset(?::json) as k(code text, "from" text, "to" text)),
          d as (select (now() at time zone 'Asia/Shanghai')::date as today)
     select k.code, now() as as_of,
       (select count(*) from party_member m join party_organization o on o.id = m.organization_id where o.division_code >= k."from" and o.division_code < k."to")::int as "partyMembers",
       (select count(*) from party_member m join party_organization o on o.id = m.organization_id where o.division_code >= k."from" and o.division_code < k."to" and m.status = 'PROBATIONARY')::int as "probationaryMembers",
       (select count(*) from member_development x, d where x.division_code >= k."from" and x.division_code < k."to" and x.source = 'MIGRANT_WORKER' and x.probationary_on >= date_trunc('year', d.today))::int as "newMigrantWorker",
       (select count(*) from member_development x, d where x.division_code >= k."from" and x.division_code < k."to" and x.source = 'WEALTH_LEADER' and x.probationary_on >= date_trunc('year', d.today))::int as "newWealthLeader",
       (select count(*) from member_development x, d where x.division_code >= k."from" and x.division_code < k."to" and x.source = 'RESERVE_TALENT' and x.probationary_on >= date_trunc('year', d.today))::int as "newReserveTalent",
       (select count(*) from party_organization o where o.division_code >= k."from" and o.division_code < k."to" and length(o.division_code) = 15)::int as "groupsWithOrg",
       (select count(*) from division g where g.code >= k."from" and g.code < k."to" and g.level = 'GROUP')::int as "groups",
       (select count(*) from contact_household c join known_household h on h.household_id = c.household_id where h.division_code >= k."from" and h.division_code < k."to")::int as "contactHouseholds",
       (select count(*) from community_organization o, d where o.village_code >= k."from" and o.village_code < k."to" and o.status = 'OPERATING'
          and exists (select 1 from community_organization_meeting m where m.organization_id = o.id and m.held_on >= d.today - ${ACTIVE_WITHIN_DAYS}))::int as "activeCommunityOrganizations",
       (select coalesce(sum(f.balance_fen), 0) from incubation_fund f where f.village_code >= k."from" and f.village_code < k."to")::int as "fundBalanceFen",
       (select count(*) from venue v where v.division_code >= k."from" and v.division_code < k."to")::int as "venues",
       (select count(*) from venue v where v.division_code >= k."from" and v.division_code < k."to" and v.kind = 'GROUP')::int as "groupVenues",
       (select count(*) from rectification_item r, d where r.village_code >= k."from" and r.village_code < k."to" and r.completed_on is null and r.due_on < d.today)::int as "overdueItems",
       (select count(distinct s.village_code) from elevated_supervision s, d where s.village_code >= k."from" and s.village_code < k."to"
          and s.from_on <= d.today and d.today <= s.to_on and (s.ended_on is null or d.today < s.ended_on))::int as "supervisedVillages"
     from k`,
    [JSON.stringify(ranges)],
  );
  return new Map(rows.map(({ code, as_of, ...counts }) => [code, { ...counts, asOf: new Date(as_of) }]));
}

/** The service's indicators of one division, each normalized as the catalogue says. */
export function organizationsIndicatorValues(c: OrganizationsCounts): IndicatorValues {
  const asOf = c.asOf;
  const count = (id: string, numerator: number) => readingOf(id, { numerator, asOf });
  return {
    'organizations.partyMembers': count('organizations.partyMembers', c.partyMembers),
    'organizations.probationaryMembers': count('organizations.probationaryMembers', c.probationaryMembers),
    'organizations.newMembersFromMigrantWorkers': count('organizations.newMembersFromMigrantWorkers', c.newMigrantWorker),
    'organizations.newMembersFromWealthLeaders': count('organizations.newMembersFromWealthLeaders', c.newWealthLeader),
    'organizations.newMembersFromReserveTalent': count('organizations.newMembersFromReserveTalent', c.newReserveTalent),
    'organizations.groupPartyCoverage': readingOf('organizations.groupPartyCoverage', { numerator: c.groupsWithOrg, denominator: c.groups, asOf }),
    'organizations.contactHouseholds': count('organizations.contactHouseholds', c.contactHouseholds),
    'organizations.activeCommunityOrganizations': count('organizations.activeCommunityOrganizations', c.activeCommunityOrganizations),
    'organizations.incubationFundBalance': count('organizations.incubationFundBalance', c.fundBalanceFen),
    'organizations.venueCount': count('organizations.venueCount', c.venues),
    'organizations.groupVenueCount': count('organizations.groupVenueCount', c.groupVenues),
    'organizations.overdueRectificationItems': count('organizations.overdueRectificationItems', c.overdueItems),
    'organizations.villagesUnderElevatedSupervision': count('organizations.villagesUnderElevatedSupervision', c.supervisedVillages),
  };
}

/** The indicators of many villages in one query: what `organizations.indicators.changed` carries. */
export async function computeOrganizationsIndicators(villageCodes: readonly string[], em: EntityManager): Promise<Map<string, IndicatorValues>> {
  const counts = await countOrganizations(em, villageCodes, '/* indicator_dirty publication */ ');
  return new Map([...counts].map(([code, c]) => [code, organizationsIndicatorValues(c)]));
}

/**
 * The indicators of one division for the request's viewer: FORBIDDEN (logged) outside the viewer's scope;
 * otherwise through the request's DataLoader, so every indicator field of every division costs one query.
 */
export async function loadOrganizationsIndicators(ctx: RequestContext, code: string): Promise<IndicatorValues> {
  assertInScope(ctx, code);
  const counts = await ctx
    .loader<string, OrganizationsCounts>('organizationsIndicators', async (codes) => {
      const all = await countOrganizations(ctx.em, codes);
      return codes.map((c) => all.get(c)!);
    })
    .load(code);
  return organizationsIndicatorValues(counts);
}
