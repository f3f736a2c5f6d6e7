import { randomUUID } from 'node:crypto';
import type { Viewer } from '@shanzhi/auth';
import { DEMO_VIEWERS } from '@shanzhi/divisions';
import { createCloudEvent, HOUSEHOLD_REGISTERED, type HouseholdRegistered } from '@shanzhi/events';
import { eventually, startTestService as startService, type TestService as KitTestService } from '@shanzhi/kit/testing';
import type { OrganizationsConfig } from '../src/config';
import organizations from '../src/service';

export { errorCode, errorField, eventually } from '@shanzhi/kit/testing';

/** The demo accounts' viewers, for tokens signed directly. */
export const { county: COUNTY, township: TOWNSHIP, cadre: VILLAGE } = DEMO_VIEWERS;

/** The organizations service for one test file. */
export type TestService = KitTestService<OrganizationsConfig>;

/** Starts organizations on fresh databases with the demo county seeded (extra settings win). */
export function startTestService(env: Record<string, string> = {}): Promise<TestService> {
  return startService(organizations, { env: { DEMO_SEED: 'true', ...env } });
}

/** A viewer of any role and scope, for tokens signed directly. */
export function viewerOf(role: Viewer['role'], scope: string, username = `${role.toLowerCase()}-${scope}`): Viewer {
  return { username, role, scope };
}

/**
 * Adds a new village (and its villager groups) under 高台镇 as the county would, so a test writes into a
 * village the demo seed has not filled.
 */
export async function createVillage(t: TestService, code: string, groups: number): Promise<void> {
  const create = 'mutation ($input: CreateDivisionInput!) { createDivision(input: $input) { code } }';
  const res = await t.gql(create, { input: { code, name: `测试村${code.slice(-3)}` } }, COUNTY);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  for (let i = 1; i <= groups; i++) {
    const g = await t.gql(create, { input: { code: `${code}${String(i).padStart(3, '0')}`, name: `第${i}村民小组` } }, COUNTY);
    if (g.errors) throw new Error(JSON.stringify(g.errors));
  }
}

/** Publishes `grid.household.registered` as the grid would, and waits until organizations knows the household. */
export async function announceHousehold(t: TestService, divisionCode: string, householdId = randomUUID()): Promise<string> {
  const data: HouseholdRegistered = { householdId, divisionCode, areaId: null, residentCount: 1, residents: [] };
  await t.service.transport.publish([createCloudEvent({ type: HOUSEHOLD_REGISTERED, source: '/shanzhi/grid', subject: divisionCode.slice(0, 12), data })]);
  await eventually(async () => (await t.sql('select 1 from known_household where household_id = ?', [householdId])).length === 1);
  return householdId;
}
