import {
  ACTIVITY_SCHEDULED, ELEVATED_SUPERVISION_SAVED, WISH_TRANSITIONED, COMMUNITY_ORGANIZATION_SAVED, HOUSEHOLD_REGISTERED, LISTING_PERIOD_PUBLISHED, PROJECT_TRANSITIONED,
  RESIDENT_ADDED, SERVICE_ORDER_PLACED, SERVICE_ORDER_TRANSITIONED, VENUE_SAVED,
} from '@shanzhi/events';
import type { Subscription } from '@shanzhi/kit';
import { raiseAlert } from '../services/alert.service';
import { touchVillage } from '../services/read-model.service';
import { ALERT_RULES, noteConsultation, noteSupervision, noteWish, SECRETARY_MEETING_TOPIC, STATE_TOPICS, villageOf } from './alert-rules';

/** Consumer group of the alert rules. */
export const ALERTS_GROUP = 'supervision.alerts';

/** Domain events that raise nothing themselves but show a village is alive (the silent-village alert). */
export const ACTIVITY_TOPICS = [
  HOUSEHOLD_REGISTERED, RESIDENT_ADDED, SERVICE_ORDER_PLACED, SERVICE_ORDER_TRANSITIONED, VENUE_SAVED,
  COMMUNITY_ORGANIZATION_SAVED, ACTIVITY_SCHEDULED, LISTING_PERIOD_PUBLISHED, PROJECT_TRANSITIONED,
];

/** Applies the alert rules to the domain events, and notes each village's latest sign of life. */
export function alertSubscription(): Subscription {
  const rules = new Map(ALERT_RULES.map((r) => [r.topic, r]));
  return {
    group: ALERTS_GROUP,
    topics: [...new Set([...ALERT_RULES.map((r) => r.topic), SECRETARY_MEETING_TOPIC, ...STATE_TOPICS, ...ACTIVITY_TOPICS])],
    async handle(event, em) {
      const village = villageOf((event.data as { divisionCode?: unknown } | null)?.divisionCode) ?? villageOf(event.subject);
      if (!village) return;
      await touchVillage(em, village, new Date(event.time));
      if (event.type === SECRETARY_MEETING_TOPIC) await noteConsultation(em, event);
      if (event.type === WISH_TRANSITIONED) await noteWish(em, event);
      if (event.type === ELEVATED_SUPERVISION_SAVED) await noteSupervision(em, event);
      const signal = rules.get(event.type)?.signal(event);
      if (signal) await raiseAlert(em, signal);
    },
  };
}
