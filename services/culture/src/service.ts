import { indicatorEntities } from '@shanzhi/indicators';
import { defineService } from '@shanzhi/kit';
import { cultureConfigSchema } from './config';
import { Activity } from './entities/activity.entity';
import { ActivitySignUp } from './entities/activity-sign-up.entity';
import { BirthdayDay, BirthdayResident } from './entities/birthday.entity';
import { Exhibition, HeritageItem } from './entities/heritage-item.entity';
import { KnownHousehold } from './entities/known-household.entity';
import { Nomination } from './entities/nomination.entity';
import { StarCampaign, StarCampaignTransition } from './entities/star-campaign.entity';
import { StarVote } from './entities/star-vote.entity';
import { VillagerRepresentative } from './entities/villager-representative.entity';
import { VolunteerHours } from './entities/volunteer-hours.entity';
import { Wish, WishTransition } from './entities/wish.entity';
import { createCultureIndicatorPublisher } from './events/culture-indicators.publisher';
import { gridResidentsSubscription } from './events/grid-residents.handler';
import { createWishLapseWorker } from './events/wish-lapse.worker';
import { ActivityResolver } from './resolvers/activity.resolver';
import { BirthdayResolver } from './resolvers/birthday.resolver';
import { CultureIndicatorsResolver } from './resolvers/division-indicators.resolver';
import { DivisionStub } from './resolvers/division.type';
import { ExhibitionResolver, HeritageResolver } from './resolvers/heritage.resolver';
import { StarCampaignResolver } from './resolvers/star-campaign.resolver';
import { WishResolver } from './resolvers/wish.resolver';
import { cultureDemoSeeded, seedCultureDemo } from './seed/demo-seed';

/** The culture service: activities, birthday days, the village history museum, star campaigns and wishes (微活动). */
export default defineService({
  name: 'culture',
  srcDir: __dirname,
  configSchema: cultureConfigSchema,
  entities: [
    Activity, ActivitySignUp, VolunteerHours, BirthdayResident, BirthdayDay, KnownHousehold,
    HeritageItem, Exhibition, StarCampaign, StarCampaignTransition, Nomination, StarVote, VillagerRepresentative,
    Wish, WishTransition, ...indicatorEntities,
  ],
  resolvers: [ActivityResolver, BirthdayResolver, StarCampaignResolver, HeritageResolver, ExhibitionResolver, WishResolver, CultureIndicatorsResolver],
  // No query returns a Division: it is reached only through `_entities`.
  orphanedTypes: [DivisionStub],
  referenceResolvers: {
    // A stub without the database: the indicators batch their own query, so N villages cost one SQL query.
    Division: { __resolveReference: (ref: { code: string }) => ({ code: ref.code }) },
  },
  // Birthday lists and the households of wishes follow grid's resident and household facts.
  subscriptions: () => [gridResidentsSubscription()],
  workers: ({ orm, log, config }) => [
    createCultureIndicatorPublisher({ orm, log }),
    createWishLapseWorker({ orm, log, days: config.WISH_CLAIM_DAYS, intervalMs: config.WISH_LAPSE_INTERVAL_SECONDS * 1000 }),
  ],
  beforeStart: async ({ config, orm, log }) => {
    if (!config.DEMO_SEED) return;
    if (await cultureDemoSeeded(orm.em.fork())) {
      log.info({ event: 'demo_seed', skipped: true }, 'demo culture data already present');
      return;
    }
    const seeded = await seedCultureDemo(orm.em.fork());
    log.info({ event: 'demo_seed', ...seeded }, 'demo culture data seeded');
  },
});
