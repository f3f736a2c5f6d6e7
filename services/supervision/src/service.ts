import { defineService, verifierFromConfig, viewerFromAuthorization } from '@shanzhi/kit';
import { supervisionConfigSchema } from './config';
import { Alert } from './entities/alert.entity';
import { IndicatorCurrent } from './entities/indicator-current.entity';
import { IndicatorSnapshot } from './entities/indicator-snapshot.entity';
import { KnownDivision } from './entities/known-division.entity';
import { OpenWish } from './entities/open-wish.entity';
import { SupervisionPeriod } from './entities/supervision-period.entity';
import { VillageActivity } from './entities/village-activity.entity';
import { alertSubscription } from './events/alert.handler';
import { readModelSubscription } from './events/read-model.handler';
import { DivisionStub } from './resolvers/division.type';
import { AlertResolver, SupervisionResolver } from './resolvers/supervision.resolver';
import { createDemoHistorySeeder } from './seed/demo-history';
import { createAlertSweeper } from './services/alert-sweep';
import { CompareService } from './services/compare.service';
import { ResponseCache } from './services/response-cache';
import { SupervisionMetrics } from './services/supervision-metrics';

/** The supervision service: the read model of every service's indicators — compare, rank, trends, alerts. */
export default defineService({
  name: 'supervision',
  srcDir: __dirname,
  configSchema: supervisionConfigSchema,
  entities: [IndicatorCurrent, IndicatorSnapshot, KnownDivision, VillageActivity, Alert, OpenWish, SupervisionPeriod],
  resolvers: [SupervisionResolver, AlertResolver],
  orphanedTypes: [DivisionStub],
  referenceResolvers: {
    // A stub without the database: supervision adds no field to Division, it only returns divisions.
    Division: { __resolveReference: (ref: { code: string }) => ({ code: ref.code }) },
  },
  provide: ({ container, config, log }) => {
    const metrics = new SupervisionMetrics(config.SERVICE_NAME);
    // Named after the database: replicas share entries, other read models on the same Redis never do.
    const namespace = `supervision:${decodeURIComponent(new URL(config.DATABASE_URL).pathname.slice(1))}:v1`;
    const cache = new ResponseCache(namespace, config.REDIS_URL, config.CACHE_TTL_SECONDS, log.child({ component: 'response-cache' }), metrics);
    container.set(SupervisionMetrics, metrics).set(ResponseCache, cache).set(CompareService, new CompareService(cache));
    return [() => cache.close()];
  },
  subscriptions: ({ container, log }) => [readModelSubscription(container.get(ResponseCache), log), alertSubscription()],
  // Silent villages and missing secretary meetings are found by absence, on an interval. In demo mode a year
  // of history is grown back from the county's first published values once they arrive.
  workers: ({ orm, log, config }) => [
    createAlertSweeper({ orm, log, intervalMs: config.ALERT_SWEEP_INTERVAL_SECONDS * 1000, silentDays: config.SILENT_VILLAGE_DAYS, wishDays: config.WISH_UNCLAIMED_DAYS }),
    ...(config.DEMO_SEED ? [createDemoHistorySeeder({ orm, log })] : []),
  ],
  routes: (app, { container, config, log }) => {
    const metrics = container.get(SupervisionMetrics);
    // Cached compare/ranking responses are served before GraphQL runs; the token is verified as the GraphQL
    // context verifies it (refusals are logged there, when GraphQL refuses the request).
    const verify = verifierFromConfig(config, { log });
    app.post('/graphql', container.get(ResponseCache).middleware((authorization) => viewerFromAuthorization(verify, authorization)));
    app.get('/metrics/supervision', async (_req, res) => {
      res.setHeader('content-type', metrics.registry.contentType);
      res.send(await metrics.registry.metrics());
    });
  },
});
