import { DEMO_NEIGHBOUR_CODE, DEMO_VIEWERS, DEMO_VILLAGE_CODE, loadDivisions, villagerGroupCount } from '@shanzhi/divisions';
import { createCloudEvent, DIVISION_CREATED, type CloudEvent } from '@shanzhi/events';
import { eventually, startTestService, type TestService } from '@shanzhi/kit/testing';
import type { GridConfig } from '../src/config';
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

/** A valid fictitious ID number (GB 11643 checksum) of 青神县 for a birth date and a sequence. */
export function validIdNumber(seq: number, birth = '19800101', region = '511425'): string {
  const first17 = `${region}${birth}${String(seq % 1000).padStart(3, '0')}`;
  return first17 + idCheckCharacter(first17);
}

/** The SQL the grid sends while `fn` runs (background relay and consumer queries left out). */
export function capturingSql(t: TestGrid, fn: () => Promise<unknown>): Promise<string[]> {
  return t.capturingSql(fn);
}
