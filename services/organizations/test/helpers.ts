import { DEMO_VIEWERS } from '@shanzhi/divisions';
import { startTestService as startService, type TestService as KitTestService } from '@shanzhi/kit/testing';
import type { OrganizationsConfig } from '../src/config';
import organizations from '../src/service';

export { errorCode, errorField } from '@shanzhi/kit/testing';

/** The demo accounts' viewers, for tokens signed directly. */
export const { county: COUNTY, township: TOWNSHIP, cadre: VILLAGE } = DEMO_VIEWERS;

/** The organizations service for one test file. */
export type TestService = KitTestService<OrganizationsConfig>;

/** Starts organizations on fresh databases with the demo county seeded (extra settings win). */
export function startTestService(env: Record<string, string> = {}): Promise<TestService> {
  return startService(organizations, { env: { DEMO_SEED: 'true', ...env } });
}
