import { DEMO_NEIGHBOUR_CODE, DEMO_VIEWERS, DEMO_VILLAGE_CODE } from '@shanzhi/divisions';
import { startTestService, type TestService } from '@shanzhi/kit/testing';
import type { ProjectsConfig } from '../src/config';
import projects from '../src/service';

export { errorCode, errorField, eventually } from '@shanzhi/kit/testing';

/** 百家池村, and another village of 高台镇 for cross-village checks. */
export const BAIJIACHI = DEMO_VILLAGE_CODE;
export const NEIGHBOUR = DEMO_NEIGHBOUR_CODE;

/** Viewers the tests sign tokens for. */
export const { county: COUNTY, township: TOWNSHIP, cadre: CADRE, chief: CHIEF, neighbourCadre: NEIGHBOUR_CADRE, villager: VILLAGER } = DEMO_VIEWERS;

/** A projects service for one test file. */
export type TestProjects = TestService<ProjectsConfig>;

/** Starts the projects service on fresh databases; `before` may publish events before the service starts. */
export function startTestProjects(env: Record<string, string> = {}, before?: (busUrl: string) => Promise<void>): Promise<TestProjects> {
  return startTestService(projects, { env, before });
}

/** Rows of the tables a refused mutation must leave untouched, and the outbox (background indicator events left out). */
export async function footprint(t: TestProjects): Promise<Record<string, number>> {
  const tables = ['listing_period', 'need', 'resource', 'project', 'project_transition', 'decision', 'decision_stage_record', 'decision_objection', 'disclosure', 'consultation', 'follow_up'];
  // The background publisher's projects.indicators.changed events follow earlier writes at their own pace.
  const [row] = await t.sql<Record<string, number>>(
    `select ${tables.map((n) => `(select count(*)::int from ${n}) as ${n}`).join(', ')}, (select count(*)::int from outbox_event where type <> 'projects.indicators.changed') as outbox_event`,
  );
  return row!;
}
