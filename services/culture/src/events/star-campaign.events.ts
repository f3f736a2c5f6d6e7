import type { EntityManager } from '@mikro-orm/core';
import { recordEvent, STAR_CAMPAIGN_PUBLISHED, type StarCampaignPublished } from '@shanzhi/events';
import { EVENT_SOURCE } from './activity.events';

/** Writes `culture.star-campaign.published` into the outbox of `em`'s transaction, keyed by the village. */
export function recordStarCampaignPublished(em: EntityManager, data: StarCampaignPublished): void {
  recordEvent(em, { type: STAR_CAMPAIGN_PUBLISHED, source: EVENT_SOURCE, subject: data.divisionCode, data });
}
