import { ancestorsOf } from '@shanzhi/divisions';
import { loadRegistry, onlyRootFields, ResponseCache as KitResponseCache } from '@shanzhi/kit';
import type { Logger } from 'pino';
import type { SupervisionMetrics } from './supervision-metrics';

/** Root fields whose answers register every division they read through `track`, as the registry declares them. */
export const CACHED_QUERIES: readonly string[] = loadRegistry().find((s) => s.name === 'supervision')?.cachedQueries ?? [];

/**
 * The kit's whole-response cache over `compare` and `ranking`. Each answer tracks the widest division it reads
 * (see CompareService); an `indicators.changed` of a village bumps the version of the village and of every
 * division above it once the change commits (`invalidateVillages`). Answers announce their versions, so the
 * gateway stores its own response of them under the same versions.
 */
export class ResponseCache extends KitResponseCache {
  /**
   * @param namespace keeps apart the entries of read models in different databases that share one Redis
   *   (replicas of one deployment share a database, hence their entries).
   */
  constructor(namespace: string, url: string | undefined, ttlSeconds: number, log: Logger, metrics: SupervisionMetrics) {
    super({
      namespace,
      url,
      ttlSeconds,
      log,
      metrics: { requests: metrics.cacheRequests, errors: metrics.cacheErrors },
      rootFields: CACHED_QUERIES,
      checkRootFields: true,
      announceVersions: true,
    });
  }

  /** Invalidates every entry that holds one of these villages. Call after the change committed. */
  async invalidateVillages(villageCodes: readonly string[]): Promise<void> {
    const codes = new Set<string>();
    for (const v of villageCodes) for (const c of [...ancestorsOf(v), v]) codes.add(c);
    await this.invalidate(codes);
  }
}

/** True when the operation selects only cached root fields (and `__typename`): its whole response may be stored. */
export const onlyCacheableRootFields = (query: string, operationName: string | null): boolean =>
  onlyRootFields(query, operationName, new Set([...CACHED_QUERIES, '__typename']));
