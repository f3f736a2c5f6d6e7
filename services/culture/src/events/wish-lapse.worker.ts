import type { MikroORM } from '@mikro-orm/postgresql';
import type { Worker } from '@shanzhi/kit';
import type { Logger } from 'pino';
import { sweepLapsedClaims } from '../services/wish.service';

/** The worker that returns claims left unfulfilled for `days` to MADE, every `intervalMs`. */
export function createWishLapseWorker(deps: { orm: MikroORM; log: Logger; days: number; intervalMs: number }): Worker {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  const tick = () => {
    if (running) return;
    running = sweepLapsedClaims(deps.orm.em.fork(), deps.days)
      .then((n) => {
        if (n > 0) deps.log.info({ event: 'wish_claims_lapsed', count: n }, 'claimed wishes returned to MADE');
      })
      .catch((err: unknown) => deps.log.warn({ event: 'wish_lapse_failed', err: (err as Error).message }, 'wish lapse sweep failed'))
      .finally(() => {
        running = null;
      });
  };
  return {
    start() {
      tick();
      timer = setInterval(tick, deps.intervalMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await running;
    },
  };
}
