import { createHash } from 'node:crypto';

/** 高台镇 of 青神县, the township of the source report. */
export const DEMO_TOWNSHIP_CODE = '511425112';
/** 百家池村 of 高台镇, the village of the source report. */
export const DEMO_VILLAGE_CODE = '511425112201';
/** Another village of 高台镇, for checks across villages. */
export const DEMO_NEIGHBOUR_CODE = '511425112202';

/**
 * Villager groups of a demo village: 4 for 百家池村 (the report's figure), otherwise 2–6 derived from a hash
 * of the code, so every start of every machine seeds the same tree.
 */
export function villagerGroupCount(villageCode: string): number {
  if (villageCode === DEMO_VILLAGE_CODE) return 4;
  return 2 + (createHash('sha256').update(villageCode).digest()[0]! % 5);
}

/** A signed-in user as tokens carry it (the same shape as @shanzhi/auth's Viewer). */
export interface DemoViewer {
  username: string;
  role: 'COUNTY_ADMIN' | 'TOWNSHIP_OFFICER' | 'VILLAGE_CADRE' | 'AREA_CHIEF' | 'VILLAGER';
  scope: string;
}

/** Viewers of the demo county, one per role (the first three are the demo accounts), for tests and tools. */
export const DEMO_VIEWERS = {
  county: { username: 'county-511425', role: 'COUNTY_ADMIN', scope: '511425' },
  township: { username: `township-${DEMO_TOWNSHIP_CODE}`, role: 'TOWNSHIP_OFFICER', scope: DEMO_TOWNSHIP_CODE },
  cadre: { username: `village-${DEMO_VILLAGE_CODE}`, role: 'VILLAGE_CADRE', scope: DEMO_VILLAGE_CODE },
  chief: { username: `chief-${DEMO_VILLAGE_CODE}`, role: 'AREA_CHIEF', scope: DEMO_VILLAGE_CODE },
  villager: { username: `villager-${DEMO_VILLAGE_CODE}`, role: 'VILLAGER', scope: DEMO_VILLAGE_CODE },
  neighbourCadre: { username: `village-${DEMO_NEIGHBOUR_CODE}`, role: 'VILLAGE_CADRE', scope: DEMO_NEIGHBOUR_CODE },
} as const satisfies Record<string, DemoViewer>;
