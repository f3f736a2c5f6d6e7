import type { EntityManager } from '@mikro-orm/core';
import { recordEvent, WISH_CLAIM_LAPSED, WISH_TRANSITIONED, type WishClaimLapsed, type WishTransitioned } from '@shanzhi/events';
import { EVENT_SOURCE } from './activity.events';

/** Writes `culture.wish.claim-lapsed` into the outbox of `em`'s transaction, keyed by the village. */
export function recordWishClaimLapsed(em: EntityManager, data: WishClaimLapsed): void {
  recordEvent(em, { type: WISH_CLAIM_LAPSED, source: EVENT_SOURCE, subject: data.divisionCode.slice(0, 12), data });
}

/** Writes `culture.wish.transitioned` (a wish made or moved) into the outbox of `em`'s transaction, keyed by the village. */
export function recordWishTransitioned(em: EntityManager, data: WishTransitioned): void {
  recordEvent(em, { type: WISH_TRANSITIONED, source: EVENT_SOURCE, subject: data.divisionCode.slice(0, 12), data });
}
