import type { EntityManager, EventSubscriber, TransactionEventArgs } from '@mikro-orm/core';
import type { ResponseCache } from '../services/response-cache';

const pending = new WeakMap<object, Set<string>>();
const hooked = new WeakSet<object>();

/**
 * Queues the invalidation of a village's cached answers until the transaction of `em` commits: bumping the
 * versions earlier would let a request read the old rows and cache them under the new version. Rolled-back
 * transactions invalidate nothing (the event comes again).
 */
export function invalidateAfterCommit(em: EntityManager, cache: ResponseCache, villageCode: string): void {
  const events = em.getEventManager();
  if (!hooked.has(events)) {
    hooked.add(events);
    const subscriber: EventSubscriber = {
      async afterTransactionCommit(args: TransactionEventArgs) {
        const codes = pending.get(args.em);
        if (!codes) return;
        pending.delete(args.em);
        await cache.invalidateVillages([...codes]);
      },
      afterTransactionRollback(args: TransactionEventArgs) {
        pending.delete(args.em);
      },
    };
    events.registerSubscriber(subscriber);
  }
  let codes = pending.get(em);
  if (!codes) pending.set(em, (codes = new Set()));
  codes.add(villageCode);
}
