import { randomUUID } from 'node:crypto';
import { DEMO_NEIGHBOUR_CODE, DEMO_VIEWERS, DEMO_VILLAGE_CODE } from '@shanzhi/divisions';
import { startTestService, type TestService } from '@shanzhi/kit/testing';
import type { CultureConfig } from '../src/config';
import culture from '../src/service';

export { errorCode, errorField, eventually } from '@shanzhi/kit/testing';

/** 百家池村, and another village of 高台镇 for cross-village checks. */
export const BAIJIACHI = DEMO_VILLAGE_CODE;
export const NEIGHBOUR = DEMO_NEIGHBOUR_CODE;

/** Viewers the tests sign tokens for. */
export const { county: COUNTY, township: TOWNSHIP, cadre: CADRE, chief: CHIEF, neighbourCadre: NEIGHBOUR_CADRE, villager: VILLAGER } = DEMO_VIEWERS;

/** A culture service for one test file, on fresh databases. */
export type TestCulture = TestService<CultureConfig>;

/** Starts culture; `before` may publish events on the bus before it starts. */
export function startTestCulture(env: Record<string, string> = {}, before?: (busUrl: string) => Promise<void>): Promise<TestCulture> {
  return startTestService(culture, { env, before });
}

/** A fresh id, as another service would issue. */
export const newId = (): string => randomUUID();

/** Rows of each culture table and outbox events, to show a refused mutation left nothing behind. */
export async function footprint(t: TestCulture): Promise<Record<string, number>> {
  const [row] = await t.sql<Record<string, number>>(
    `select (select count(*) from activity)::int as activities, (select count(*) from activity_sign_up)::int as sign_ups,
            (select count(*) from volunteer_hours)::int as hours, (select count(*) from star_campaign)::int as campaigns,
            (select count(*) from nomination)::int as nominations, (select count(*) from star_vote)::int as votes,
            (select count(*) from heritage_item)::int as items, (select count(*) from exhibition)::int as exhibitions,
            (select count(*) from wish)::int as wishes, (select count(*) from wish_transition)::int as wish_steps,
            (select count(*) from villager_representative)::int as reps,
            (select count(*) from outbox_event where type not like '%.indicators.changed')::int as events`,
  );
  return row!;
}
