import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '@shanzhi/auth';
import type { Logger } from 'pino';
import DataLoader from 'dataloader';

/** What every resolver receives: who asks, a private unit of work, and per-request loaders. */
export interface RequestContext {
  requestId: string;
  viewer: Viewer | null;
  /** The caller's address: the gateway forwards it in x-forwarded-for; used for rate limits. */
  clientIp: string;
  /** A fork of the service's EntityManager for this request only. */
  em: EntityManager;
  log: Logger;
  /** Returns the request's DataLoader for a key, creating it on first use, so batching spans the request. */
  loader<K, V>(name: string, batch: (keys: readonly K[]) => Promise<(V | Error)[]>): DataLoader<K, V>;
}

/** Builds the per-request loader registry used by RequestContext.loader. */
export function loaderRegistry(): RequestContext['loader'] {
  const loaders = new Map<string, DataLoader<unknown, unknown>>();
  return <K, V>(name: string, batch: (keys: readonly K[]) => Promise<(V | Error)[]>) => {
    let l = loaders.get(name);
    if (!l) {
      l = new DataLoader<K, V>(batch) as DataLoader<unknown, unknown>;
      loaders.set(name, l);
    }
    return l as DataLoader<K, V>;
  };
}
