import type { Viewer } from '@shanzhi/auth';

/** Whether the viewer works inside `villageCode` (a village or villager-group scope), and so may read names in full. */
export function seesNamesOf(viewer: Viewer, villageCode: string): boolean {
  return viewer.scope.length >= 12 && viewer.scope.startsWith(villageCode);
}

/** A personal name as people outside the village see it: the surname and one star (张*), hiding the length too. */
export function maskName(name: string): string {
  const first = [...name][0] ?? '';
  return `${first}*`;
}

/** The name as `viewer` may see it. */
export function nameFor(viewer: Viewer, villageCode: string, name: string): string {
  return seesNamesOf(viewer, villageCode) ? name : maskName(name);
}
