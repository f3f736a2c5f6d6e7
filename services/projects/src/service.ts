import { indicatorEntities } from '@shanzhi/indicators';
import { defineService } from '@shanzhi/kit';
import { projectsConfigSchema } from './config';
import { Consultation, FollowUp } from './entities/consultation.entity';
import { Decision, DecisionObjection, DecisionStageRecord } from './entities/decision.entity';
import { Disclosure } from './entities/disclosure.entity';
import { KnownParty } from './entities/known-party.entity';
import { ListingPeriod } from './entities/listing-period.entity';
import { Need } from './entities/need.entity';
import { OrderSignal } from './entities/order-signal.entity';
import { CountySetting, Project, ProjectTransition } from './entities/project.entity';
import { Resource } from './entities/resource.entity';
import { candidateNeedsSubscription } from './events/candidate-needs.handler';
import { knownPartiesSubscription } from './events/known-party.handler';
import { createProjectsIndicatorPublisher } from './events/projects-indicators.publisher';
import { ConsultationResolver } from './resolvers/consultation.resolver';
import { DecisionResolver } from './resolvers/decision.resolver';
import { DisclosureResolver } from './resolvers/disclosure.resolver';
import { ProjectsIndicatorsResolver } from './resolvers/division-indicators.resolver';
import { DivisionStub } from './resolvers/division.type';
import { ListingPeriodResolver, ProjectResolver } from './resolvers/lists.resolver';
import { projectsDemoSeeded, seedProjectsDemo, waitForDemoParties } from './seed/demo-seed';

/** The projects service: the quarterly needs/resources/projects lists, consultations, 四议两公开 decisions and 三公开 disclosures. */
export default defineService({
  name: 'projects',
  srcDir: __dirname,
  configSchema: projectsConfigSchema,
  entities: [
    ListingPeriod, Need, Resource, Project, ProjectTransition, CountySetting, Decision, DecisionStageRecord, DecisionObjection,
    Disclosure, Consultation, FollowUp, OrderSignal, KnownParty, ...indicatorEntities,
  ],
  resolvers: [ProjectsIndicatorsResolver, ListingPeriodResolver, ProjectResolver, DecisionResolver, DisclosureResolver, ConsultationResolver],
  orphanedTypes: [DivisionStub],
  referenceResolvers: {
    // A stub without the database: the indicators batch their own query, so N villages cost one SQL query.
    Division: { __resolveReference: (ref: { code: string }) => ({ code: ref.code }) },
  },
  subscriptions: () => [candidateNeedsSubscription(), knownPartiesSubscription()],
  // `projects.indicators.changed`, coalesced per village, after each commit that marks one.
  workers: ({ orm, log }) => [createProjectsIndicatorPublisher({ orm, log })],
  beforeStart: async ({ config, orm, log }) => {
    if (!config.DEMO_SEED) return;
    if (await projectsDemoSeeded(orm.em.fork())) {
      log.info({ event: 'demo_seed', skipped: true }, 'demo projects already present');
      return;
    }
    // The organizations and venues consumer is already running: the seeded projects and meetings reference
    // the ids organizations announces. Without them (organizations not seeded) the seed still runs.
    const ready = await waitForDemoParties(() => orm.em.fork(), { timeoutMs: config.DEMO_SEED_WAIT_SECONDS * 1000 });
    if (!ready) log.warn({ event: 'demo_seed', waitedSeconds: config.DEMO_SEED_WAIT_SECONDS }, 'demo organizations did not arrive; seeding without their ids');
    const seeded = await seedProjectsDemo(orm.em.fork());
    log.info({ event: 'demo_seed', ...(seeded ?? { skipped: true }) }, seeded ? 'demo projects seeded' : 'demo projects already present');
  },
});
