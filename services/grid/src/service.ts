import { indicatorEntities } from '@shanzhi/indicators';
import { DEMO_COUNTY_CODE } from '@shanzhi/divisions';
import { defineService } from '@shanzhi/kit';
import { gridConfigSchema } from './config';
import { Area } from './entities/area.entity';
import { DivisionCounter } from './entities/division-counter.entity';
import { Household } from './entities/household.entity';
import { IdentityRevealAudit } from './entities/identity-reveal-audit.entity';
import { KnownDivision } from './entities/known-division.entity';
import { Resident } from './entities/resident.entity';
import { createGridIndicatorPublisher } from './events/grid-indicators.publisher';
import { knownDivisionsSubscription } from './events/known-division.handler';
import { AreaResolver } from './resolvers/area.resolver';
import { DivisionIndicatorsResolver } from './resolvers/division-indicators.resolver';
import { DivisionStub } from './resolvers/division.type';
import { HouseholdConnectionResolver, HouseholdResolver } from './resolvers/household.resolver';
import { ResidentResolver } from './resolvers/resident.resolver';
import { ServiceCatalogueResolver } from './resolvers/service-catalogue.resolver';
import { ServiceOrderConnectionResolver, ServiceOrderResolver } from './resolvers/service-order.resolver';
import { GridAuditEntry } from './entities/grid-audit.entity';
import { AreaChiefTerm } from './entities/area-chief-term.entity';
import { AreaRecord } from './entities/area-record.entity';
import { KnownVenue, ReceptionDay, ReceptionVisit } from './entities/reception-day.entity';
import { knownVenuesSubscription } from './events/known-venue.handler';
import { ReceptionDayResolver } from './resolvers/reception-day.resolver';
import { ImportJob } from './entities/import-job.entity';
import { IndicatorMark } from './entities/indicator-mark.entity';
import { ImportJobResolver } from './resolvers/import-job.resolver';
import { ImportRunner, registerImportRoutes } from './routes/import.route';
import { registerOpen311Routes } from './routes/open311.route';
import { ServiceCategory } from './entities/service-category.entity';
import { ServiceItem } from './entities/service-item.entity';
import { ServiceOrder, ServiceOrderTransition } from './entities/service-order.entity';
import { seedDemoCatalogue } from './seed/demo-catalogue';
import { createOrderDeadlineWorker } from './services/order-deadline.service';
import { gridDemoSeeded, seedGridDemo, waitForDemoDivisions } from './seed/demo-seed';
import { GridDeps } from './services/grid-deps';
import { backfillMaskedIdentities } from './services/resident.service';
import { loadPiiKey, PiiService } from './services/pii.service';

/** The grid service: areas, households and residents (网格式), the service catalogue and orders (点单式), with their indicators. */
export default defineService({
  name: 'grid',
  srcDir: __dirname,
  configSchema: gridConfigSchema,
  entities: [
    KnownDivision, Area, Household, Resident, IdentityRevealAudit, DivisionCounter, GridAuditEntry,
    ServiceCategory, ServiceItem, ServiceOrder, ServiceOrderTransition, AreaChiefTerm, AreaRecord,
    ReceptionDay, ReceptionVisit, KnownVenue, ImportJob, IndicatorMark, ...indicatorEntities,
  ],
  resolvers: [
    DivisionIndicatorsResolver, AreaResolver, HouseholdResolver, HouseholdConnectionResolver, ResidentResolver,
    ServiceCatalogueResolver, ServiceOrderResolver, ServiceOrderConnectionResolver, ReceptionDayResolver, ImportJobResolver,
  ],
  // No query returns a Division: it is reached only through `_entities`.
  orphanedTypes: [DivisionStub],
  referenceResolvers: {
    // A stub without the database: the indicators batch their own query, so N villages cost one SQL query.
    Division: { __resolveReference: (ref: { code: string }) => ({ code: ref.code }) },
  },
  // The PII key is loaded (or generated in demo mode) before anything else.
  provide: ({ container, config }) => {
    container.set(GridDeps, { pii: new PiiService(loadPiiKey(config)) });
  },
  subscriptions: () => [knownDivisionsSubscription(), knownVenuesSubscription()],
  // `grid.indicators.changed`, coalesced per village, after each commit that moves a counter.
  // Overdue orders and their escalation (village → township → county), swept on an interval.
  // Register imports run in the background; as a worker, stopping the service waits for them.
  workers: ({ orm, log, config, container }) => {
    const imports = new ImportRunner(orm, container.get(GridDeps), log);
    container.set(ImportRunner, imports);
    return [
      createGridIndicatorPublisher({ orm, log }),
      createOrderDeadlineWorker({ orm, log, intervalMs: config.ORDER_SWEEP_INTERVAL_SECONDS * 1000 }),
      imports,
    ];
  },
  // `POST /import/households`: register files (.xlsx, .csv) beside /graphql, behind the same token checks; and
  // Open311 GeoReport v2 at /open311/v2 over the catalogue and the orders.
  routes: (app, { config, container, log }) => {
    registerImportRoutes(app, { config, log, runner: () => container.get(ImportRunner) });
    registerOpen311Routes(app, { config, log, runner: () => container.get(ImportRunner) });
  },
  beforeStart: async ({ config, container, orm, log }) => {
    // Residents stored before the masked columns get them once, so listings never decrypt.
    const backfilled = await backfillMaskedIdentities(orm.em.fork(), container.get(GridDeps));
    if (backfilled > 0) log.info({ event: 'masked_identities_backfilled', residents: backfilled }, 'masked ID numbers and phones written');
    if (!config.DEMO_SEED) return;
    await seedDemoCatalogue(orm.em.fork(), DEMO_COUNTY_CODE);
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
    const seeded = await seedGridDemo(orm.em.fork(), { pii: container.get(GridDeps).pii });
    log.info({ event: 'demo_seed', ...(seeded ?? { skipped: true }) }, seeded ? 'demo grid seeded' : 'demo grid already present');
  },
});
