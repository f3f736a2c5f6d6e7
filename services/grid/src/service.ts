import path from 'node:path';
import { runService, type RunningService, type ServiceDefinition } from '@shanzhi/kit';
import type { GridConfig } from './config';
import { Area } from './entities/area.entity';
import { DivisionCounter } from './entities/division-counter.entity';
import { Household } from './entities/household.entity';
import { IdentityRevealAudit } from './entities/identity-reveal-audit.entity';
import { KnownDivision } from './entities/known-division.entity';
import { Resident } from './entities/resident.entity';
import { knownDivisionsSubscription } from './events/known-division.handler';
import { buildGridSchema } from './schema';
import { gridDemoSeeded, seedGridDemo, waitForDemoDivisions } from './seed/demo-seed';
import type { GridDeps } from './services/grid-deps';
import { loadPiiKey, PiiService } from './services/pii.service';

/** Entities of this service's database (the kit adds the outbox and inbox tables). */
export const GRID_ENTITIES = [KnownDivision, Area, Household, Resident, IdentityRevealAudit, DivisionCounter];

/** Committed migrations: `src/migrations` under Jest (TypeScript), `dist/migrations` when built. */
export const GRID_MIGRATIONS_PATH = path.join(__dirname, 'migrations');

/** The grid service as the kit runs it: areas, households, residents and their indicators. */
export function gridService(config: GridConfig, deps: GridDeps = { pii: new PiiService(loadPiiKey(config)) }): ServiceDefinition {
  return {
    entities: GRID_ENTITIES,
    migrationsPath: GRID_MIGRATIONS_PATH,
    buildSchema: () => buildGridSchema(deps),
    subscriptions: [knownDivisionsSubscription()],
    beforeStart: async ({ orm, log }) => {
      if (!config.DEMO_SEED) return;
      if (await gridDemoSeeded(orm.em.fork())) {
        log.info({ event: 'demo_seed', skipped: true }, 'demo grid already present');
        return;
      }
      // The known-divisions consumer is already running: wait until the county's divisions have arrived.
      const ready = await waitForDemoDivisions(() => orm.em.fork(), { timeoutMs: config.DEMO_SEED_WAIT_SECONDS * 1000 });
      if (!ready) {
        log.error({ event: 'demo_seed', waitedSeconds: config.DEMO_SEED_WAIT_SECONDS }, 'demo divisions did not arrive; grid not seeded');
        return;
      }
      const seeded = await seedGridDemo(orm.em.fork(), { pii: deps.pii });
      log.info({ event: 'demo_seed', ...(seeded ?? { skipped: true }) }, seeded ? 'demo grid seeded' : 'demo grid already present');
    },
  };
}

/** Starts the grid service (the PII key is loaded, or generated in demo mode, before anything else). */
export function startGrid(config: GridConfig): Promise<RunningService> {
  return runService(config, gridService(config));
}
