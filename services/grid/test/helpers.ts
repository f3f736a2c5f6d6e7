import { DEMO_NEIGHBOUR_CODE, DEMO_VIEWERS, DEMO_VILLAGE_CODE, loadDivisions, villagerGroupCount } from '@shanzhi/divisions';
import { createCloudEvent, DIVISION_CREATED, type CloudEvent } from '@shanzhi/events';
import { eventually, startTestService, type TestService } from '@shanzhi/kit/testing';
import type { GridConfig } from '../src/config';
import { seedDemoCatalogue } from '../src/seed/demo-catalogue';
import grid from '../src/service';
import { idCheckCharacter } from '../src/services/id-card.validator';

export { errorCode, errorField, eventually } from '@shanzhi/kit/testing';

/** A division as the organizations service announces it. */
export interface DivisionFact {
  code: string;
  name: string;
  level: string;
  parentCode: string | null;
}

/** 百家池村, and another village of 高台镇 for cross-village checks. */
export const BAIJIACHI = DEMO_VILLAGE_CODE;
export const NEIGHBOUR = DEMO_NEIGHBOUR_CODE;

/** Viewers the tests sign tokens for. */
export const { county: COUNTY, township: TOWNSHIP, cadre: CADRE, chief: CHIEF, neighbourCadre: NEIGHBOUR_CADRE, villager: VILLAGER } = DEMO_VIEWERS;

/** The demo county as organizations announces it: county, townships, the 58 villages and their villager groups. */
export function countyDivisions(): DivisionFact[] {
  const out: DivisionFact[] = loadDivisions('511425').map((d) => ({ code: d.code, name: d.name, level: d.level, parentCode: d.parentCode }));
  for (const v of out.filter((d) => d.level === 'VILLAGE')) {
    for (let i = 1; i <= villagerGroupCount(v.code); i++) {
      out.push({ code: `${v.code}${String(i).padStart(3, '0')}`, name: `第${'一二三四五六'[i - 1]}村民小组`, level: 'GROUP', parentCode: v.code });
    }
  }
  return out;
}

/** `organizations.division.created` events for the given divisions. */
export function divisionEvents(divisions: DivisionFact[]): CloudEvent[] {
  return divisions.map((d) => createCloudEvent({ type: DIVISION_CREATED, source: '/shanzhi/organizations', subject: d.code, data: d }));
}

/** A grid service for one test file, which can also announce divisions as organizations would. */
export interface TestGrid extends TestService<GridConfig> {
  /** Publishes division events through the service's transport and waits until all are known. */
  announce(divisions: DivisionFact[]): Promise<void>;
}

/** Starts the grid on fresh databases; `before` may publish events before the service starts. */
export async function startTestGrid(env: Record<string, string> = {}, before?: (busUrl: string) => Promise<void>): Promise<TestGrid> {
  const t = await startTestService(grid, { env, before });
  return {
    ...t,
    async announce(divisions) {
      await t.service.transport.publish(divisionEvents(divisions));
      const codes = divisions.map((d) => d.code);
      await eventually(async () => {
        const rows = await t.sql<{ n: number }>(
          'select count(*)::int as n from known_division where code in (select json_array_elements_text(?::json))',
          [JSON.stringify(codes)],
        );
        return rows[0]!.n === codes.length;
      });
    },
  };
}

/** 百家池村's first villager group, where the ordering villager's household is registered. */
export const GROUP1 = `${BAIJIACHI}001`;

/** The divisions the service-order tests announce: 青神县, 高台镇, 百家池村 with its first group, and a neighbour village. */
export const ORDER_DIVISIONS: DivisionFact[] = [
  { code: '511425', name: '青神县', level: 'COUNTY', parentCode: '511400' },
  { code: '511425112', name: '高台镇', level: 'TOWNSHIP', parentCode: '511425' },
  { code: BAIJIACHI, name: '百家池村', level: 'VILLAGE', parentCode: '511425112' },
  { code: GROUP1, name: '第一村民小组', level: 'GROUP', parentCode: BAIJIACHI },
  { code: NEIGHBOUR, name: '邻村', level: 'VILLAGE', parentCode: '511425112' },
];

/** A service item of the demo county's catalogue, as the order tests read it. */
export interface CatalogueItem {
  id: string;
  name: string;
  timeLimit: string;
  responsibleLevel: string;
  department: string | null;
  version: number;
}

/** The household of the villager account: its head is the one resident, and the account is linked to them. */
export interface VillagerHousehold {
  address: string;
  headName: string;
  idNumber: string;
  phone: string;
}

/** What `seedOrderingVillager` leaves: the catalogue's items in catalogue order and the villager's household. */
export interface OrderingVillager {
  items: CatalogueItem[];
  householdId: string;
}

/**
 * A villager who can order services: announces ORDER_DIVISIONS, seeds the demo county's catalogue, has the
 * cadre register `household` in 第一村民小组 and link the VILLAGER account to its head.
 */
export async function seedOrderingVillager(t: TestGrid, household: VillagerHousehold): Promise<OrderingVillager> {
  await t.announce(ORDER_DIVISIONS);
  await seedDemoCatalogue(t.service.orm.em.fork(), '511425');
  const cat = await t.gql(
    `{ serviceCatalogue(countyCode: "511425") { categories { items { id name timeLimit responsibleLevel department version } } } }`,
    {},
    VILLAGER,
  );
  if (cat.errors) throw new Error(`catalogue not served: ${JSON.stringify(cat.errors)}`);
  const items: CatalogueItem[] = cat.data!.serviceCatalogue.categories.flatMap((c: { items: CatalogueItem[] }) => c.items);
  const reg = await t.gql(
    `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id residents { id } } }`,
    {
      input: {
        divisionCode: GROUP1, address: household.address, headName: household.headName,
        residents: [{ name: household.headName, idNumber: household.idNumber, phone: household.phone, relation: 'HEAD' }],
      },
    },
    CADRE,
  );
  if (reg.errors) throw new Error(`household not registered: ${JSON.stringify(reg.errors)}`);
  const { id: householdId, residents } = reg.data!.registerHousehold as { id: string; residents: Array<{ id: string }> };
  const link = await t.gql(
    `mutation($input: LinkVillagerAccountInput!) { linkVillagerAccount(input: $input) { id } }`,
    { input: { residentId: residents[0]!.id, username: VILLAGER.username } },
    CADRE,
  );
  if (link.errors) throw new Error(`villager account not linked: ${JSON.stringify(link.errors)}`);
  return { items, householdId };
}

/** A valid fictitious ID number (GB 11643 checksum) of 青神县 for a birth date and a sequence. */
export function validIdNumber(seq: number, birth = '19800101', region = '511425'): string {
  const first17 = `${region}${birth}${String(seq % 1000).padStart(3, '0')}`;
  return first17 + idCheckCharacter(first17);
}

/** The SQL the grid sends while `fn` runs (background relay and consumer queries left out). */
export function capturingSql(t: TestGrid, fn: () => Promise<unknown>): Promise<string[]> {
  return t.capturingSql(fn);
}
