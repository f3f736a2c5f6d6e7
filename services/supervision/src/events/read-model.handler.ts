import { DIVISION_CREATED, DIVISION_UPDATED, type DivisionCreated } from '@shanzhi/events';
import type { Subscription } from '@shanzhi/kit';
import type { Logger } from 'pino';
import type { ResponseCache } from '../services/response-cache';
import { indicatorTopics, storeDivision, storeValues, touchVillage, valuesOfEvent } from '../services/read-model.service';
import { raiseAlert } from '../services/alert.service';
import { indicatorSignals } from './alert-rules';
import { invalidateAfterCommit } from './cache-invalidation';

/** Consumer group of the read model; a rebuild runs the same handler under a fresh group from offset 0. */
export const READ_MODEL_GROUP = 'supervision.read-model';

/**
 * Feeds the read model: every `<service>.indicators.changed` of the catalogue's services (a service whose
 * indicators join the catalogue is consumed from its first event on) and the divisions organizations
 * announces. Idempotent upserts: the inbox dedupes by event id, and a value only ever moves forward in time.
 */
export function readModelSubscription(cache: ResponseCache, log: Logger): Subscription {
  return {
    group: READ_MODEL_GROUP,
    topics: [...indicatorTopics(), DIVISION_CREATED, DIVISION_UPDATED],
    async handle(event, em) {
      if (event.type === DIVISION_CREATED || event.type === DIVISION_UPDATED) {
        await storeDivision(em, event.data as DivisionCreated);
        return;
      }
      const { values, skipped } = valuesOfEvent(event);
      if (skipped.length) log.warn({ event: 'indicator_values_skipped', type: event.type, id: event.id, indicators: skipped }, 'values outside the catalogue skipped');
      await storeValues(em, values);
      // Signals no domain event carries (areas outside 20–40 households, overdue rectification, missed
      // disclosures) come from the values themselves, in the same transaction.
      for (const signal of indicatorSignals(values)) await raiseAlert(em, signal);
      const village = (event.data as { divisionCode: string }).divisionCode;
      await touchVillage(em, village, new Date(event.time));
      invalidateAfterCommit(em, cache, village);
    },
  };
}
