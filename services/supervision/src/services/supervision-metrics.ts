import { Counter, Registry } from 'prom-client';

/** The supervision service's own metrics, served at `/metrics/supervision` beside the kit's `/metrics`. */
export class SupervisionMetrics {
  readonly registry = new Registry();

  /** Answers of compare/ranking by cache outcome: hit, miss (computed and stored), bypass (Redis unusable). */
  readonly cacheRequests = new Counter({
    name: 'supervision_cache_requests_total',
    help: 'compare/ranking answers by response-cache outcome',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  /** Redis failures the cache rode out by answering from PostgreSQL. */
  readonly cacheErrors = new Counter({
    name: 'supervision_cache_errors_total',
    help: 'Redis errors of the response cache (answers came from PostgreSQL)',
    registers: [this.registry],
  });

  constructor(service = 'supervision') {
    this.registry.setDefaultLabels({ service });
  }
}
