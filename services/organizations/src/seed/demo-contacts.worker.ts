import type { MikroORM } from '@mikro-orm/postgresql';
import { DEMO_VILLAGE_CODE } from '@shanzhi/divisions';
import type { Worker } from '@shanzhi/kit';
import type { Logger } from 'pino';
import { ContactHousehold, KnownHousehold } from '../entities/contact-household.entity';
import { BAIJIACHI_HOUSEHOLDS, linkDemoContactHouseholds } from './domain-seed';

/**
 * Demo mode only. The grid seeds its households after organizations has started, and announces them as
 * events; this worker waits until 百家池's whole register has arrived and the stream has gone quiet (two
 * passes without new households), links the seeded members to them once, and stops. After a restart it
 * finds 百家池's contacts and stops at once. It gives up after `maxMs` (no grid, or a smaller register).
 */
export function createDemoContactsWorker(deps: { orm: MikroORM; log: Logger; intervalMs?: number; maxMs?: number }): Worker {
  const intervalMs = deps.intervalMs ?? 2000;
  const deadline = Date.now() + (deps.maxMs ?? 10 * 60_000);
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let stopped = false;
  let lastTotal = -1;
  const pass = async (): Promise<boolean> => {
    const em = deps.orm.em.fork();
    if (await em.count(ContactHousehold, { villageCode: DEMO_VILLAGE_CODE })) return true;
    const total = await em.count(KnownHousehold, {});
    const baijiachi = await em.count(KnownHousehold, { divisionCode: { $gte: DEMO_VILLAGE_CODE, $lt: `${DEMO_VILLAGE_CODE}~` } });
    const quiet = total === lastTotal;
    lastTotal = total;
    if (baijiachi < BAIJIACHI_HOUSEHOLDS || !quiet) return false;
    const linked = await em.transactional((tx) => linkDemoContactHouseholds(tx as never));
    deps.log.info({ event: 'demo_contacts', linked }, 'demo contact households linked');
    return true;
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = pass()
        .then((done) => {
          if (!done && Date.now() < deadline) schedule();
        })
        .catch((err: unknown) => {
          deps.log.warn({ event: 'demo_contacts', detail: (err as Error).message }, 'demo contact linking failed; retrying');
          schedule();
        })
        .finally(() => {
          running = null;
        });
    }, intervalMs);
    timer.unref();
  };
  return {
    start: schedule,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
