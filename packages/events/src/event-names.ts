/** A village (or any division) was added to the tree of divisions. */
export const DIVISION_CREATED = 'organizations.division.created';
/** A division's name, level or parent changed. */
export const DIVISION_UPDATED = 'organizations.division.updated';
/** A household was registered in a village's grid. */
export const HOUSEHOLD_REGISTERED = 'grid.household.registered';
/** The grid's indicators of a village changed (payload: `IndicatorsChanged` of @shanzhi/indicators, coalesced). */
export const GRID_INDICATORS_CHANGED = 'grid.indicators.changed';
/** A resident joined a household of the register after the household's registration (birth, moving in). */
export const RESIDENT_ADDED = 'grid.resident.added';
/** A resident's residency ended (moved out, deceased); the row is kept. */
export const RESIDENT_ENDED = 'grid.resident.ended';
/** A resident moved between households of the same village. */
export const RESIDENT_MOVED = 'grid.resident.moved';
/** A household was dissolved (its last members ended or moved); the row is kept. */
export const HOUSEHOLD_DISSOLVED = 'grid.household.dissolved';
/** A household's address, head or area changed. */
export const HOUSEHOLD_UPDATED = 'grid.household.updated';
/** A villager (or staff on their behalf) placed a service order (点单). */
export const SERVICE_ORDER_PLACED = 'grid.order.placed';
/** A service order changed state (every transition of its timeline). */
export const SERVICE_ORDER_TRANSITIONED = 'grid.order.transitioned';
/** A service order passed its due date while open (emitted once per order). */
export const SERVICE_ORDER_OVERDUE = 'grid.order.overdue';
/** An overdue service order was escalated a level (village → township → county). */
export const SERVICE_ORDER_ESCALATED = 'grid.order.escalated';
/** A venue (微阵地) was created or changed. */
export const VENUE_SAVED = 'organizations.venue.saved';
/** A community organization (微组织) was created or changed. */
export const COMMUNITY_ORGANIZATION_SAVED = 'organizations.community-organization.saved';
/** A village scheduled an activity (微活动), birthday days included. */
export const ACTIVITY_SCHEDULED = 'culture.activity.scheduled';
/** A star campaign (百家明星) was published with its winners; it is immutable from then on. */
export const STAR_CAMPAIGN_PUBLISHED = 'culture.star-campaign.published';
/** A wish claimed and left unfulfilled for 30 days went back to MADE (a signal for the village). */
export const WISH_CLAIM_LAPSED = 'culture.wish.claim-lapsed';
/** A wish (百家心愿) was made or moved (claimed, fulfilled, withdrawn): its state and when, keyed by the village. */
export const WISH_TRANSITIONED = 'culture.wish.transitioned';
/** The culture service's indicators of a village changed (payload: `IndicatorsChanged` of @shanzhi/indicators, coalesced). */
export const CULTURE_INDICATORS_CHANGED = 'culture.indicators.changed';
/** A village published its quarterly needs, resources and projects lists (公示). */
export const LISTING_PERIOD_PUBLISHED = 'projects.listing-period.published';
/** A project moved along its timeline (proposed, reviewed, filed, returned, delivered, accepted, ...). */
export const PROJECT_TRANSITIONED = 'projects.project.transitioned';
/** A stage of a 四议两公开 decision was recorded (including meetings without quorum). */
export const DECISION_STAGE_RECORDED = 'projects.decision-stage.recorded';
/** A disclosure (三公开) was published. */
export const DISCLOSURE_PUBLISHED = 'projects.disclosure.published';
/** A consultation meeting (有事来协商) was held. */
export const CONSULTATION_HELD = 'projects.consultation.held';
/** The projects service's indicators of a village changed (payload: `IndicatorsChanged` of @shanzhi/indicators, coalesced). */
export const PROJECTS_INDICATORS_CHANGED = 'projects.indicators.changed';

/** The organizations service's indicators of a village changed (payload: `IndicatorsChanged` of @shanzhi/indicators, coalesced). */
export const ORGANIZATIONS_INDICATORS_CHANGED = 'organizations.indicators.changed';

/** A village's elevated supervision (重点村提级监督) was set or ended early: the flag as it now is. */
export const ELEVATED_SUPERVISION_SAVED = 'organizations.elevated-supervision.saved';

/** Every event name of the platform, `<service>.<entity>.<past-tense>`; the Kafka topic is the name. */
export const EventNames = {
  DIVISION_CREATED,
  ORGANIZATIONS_INDICATORS_CHANGED,
  DIVISION_UPDATED,
  HOUSEHOLD_REGISTERED,
  GRID_INDICATORS_CHANGED,
  RESIDENT_ADDED,
  RESIDENT_ENDED,
  RESIDENT_MOVED,
  HOUSEHOLD_DISSOLVED,
  HOUSEHOLD_UPDATED,
  SERVICE_ORDER_PLACED,
  SERVICE_ORDER_TRANSITIONED,
  SERVICE_ORDER_OVERDUE,
  SERVICE_ORDER_ESCALATED,
  VENUE_SAVED,
  COMMUNITY_ORGANIZATION_SAVED,
  ACTIVITY_SCHEDULED,
  STAR_CAMPAIGN_PUBLISHED,
  WISH_CLAIM_LAPSED,
  WISH_TRANSITIONED,
  CULTURE_INDICATORS_CHANGED,
  LISTING_PERIOD_PUBLISHED,
  PROJECT_TRANSITIONED,
  DECISION_STAGE_RECORDED,
  DISCLOSURE_PUBLISHED,
  CONSULTATION_HELD,
  PROJECTS_INDICATORS_CHANGED,
  ELEVATED_SUPERVISION_SAVED,
} as const;

/** One of the known event names. */
export type EventName = (typeof EventNames)[keyof typeof EventNames];

/** Payload of `organizations.division.created`. */
export interface DivisionCreated {
  code: string;
  name: string;
  level: string;
  parentCode: string | null;
}

/** Payload of `organizations.division.updated`: the division as it is after the change. */
export interface DivisionUpdated {
  code: string;
  name: string;
  level: string;
  parentCode: string | null;
}

/**
 * What other services may know of a resident: the name, the villager group (in `divisionCode` when the
 * household sits in a group) and the birth year and month. Never the ID number, the phone or the birth day.
 */
export interface ResidentFact {
  residentId: string;
  name: string;
  birthYear: number;
  /** 1–12. */
  birthMonth: number;
}

/** Payload of `grid.household.registered` (also published by the demo seed for every seeded household). */
export interface HouseholdRegistered {
  householdId: string;
  /** The village or villager-group code of the household. */
  divisionCode: string;
  areaId: string | null;
  residentCount: number;
  residents: ResidentFact[];
}

/** Payload of `grid.resident.added`. */
export interface ResidentAdded extends ResidentFact {
  householdId: string;
  divisionCode: string;
  reason: 'BIRTH' | 'MOVED_IN';
  /** The day it took effect (YYYY-MM-DD). */
  date: string;
}

/** Payload of `grid.resident.ended`. */
export interface ResidentEnded {
  residentId: string;
  householdId: string;
  divisionCode: string;
  reason: 'MOVED_OUT' | 'DECEASED';
  date: string;
}

/** Payload of `grid.resident.moved`. */
export interface ResidentMoved {
  residentId: string;
  fromHouseholdId: string;
  toHouseholdId: string;
  /** The village or group code of the new household. */
  divisionCode: string;
}

/** Payload of `grid.household.dissolved`. */
export interface HouseholdDissolved {
  householdId: string;
  divisionCode: string;
  date: string;
}

/** Payload of `grid.household.updated`: the household as it is after the change, and what changed. */
export interface HouseholdUpdated {
  householdId: string;
  divisionCode: string;
  areaId: string | null;
  headResidentId: string | null;
  /** Names of the changed fields: `address`, `head`, `area`. */
  changed: string[];
}

/** Payload of `grid.order.placed`. */
export interface ServiceOrderPlaced {
  orderId: string;
  /** The village or villager-group code of the ordering household. */
  divisionCode: string;
  householdId: string;
  itemId: string;
  categoryId: string;
  channel: string;
  placedAt: string;
  dueAt: string;
}

/** Payload of `grid.order.transitioned`. */
export interface ServiceOrderTransitioned {
  orderId: string;
  divisionCode: string;
  householdId: string;
  itemId: string;
  from: string;
  to: string;
  at: string;
  note: string | null;
}

/** Payload of `grid.order.overdue`. */
export interface ServiceOrderOverdue {
  orderId: string;
  divisionCode: string;
  itemId: string;
  dueAt: string;
}

/** Payload of `grid.order.escalated`. */
export interface ServiceOrderEscalated {
  orderId: string;
  divisionCode: string;
  itemId: string;
  level: 'TOWNSHIP' | 'COUNTY';
  at: string;
}

/** Payload of `organizations.venue.saved`. */
export interface VenueSaved {
  venueId: string;
  divisionCode: string;
  name: string;
  kind: 'MAIN' | 'GROUP';
  functions: string[];
  capacity: number;
}

/** Payload of `organizations.community-organization.saved`. */
export interface CommunityOrganizationSaved {
  organizationId: string;
  divisionCode: string;
  name: string;
  kind: 'SELF_GOVERNANCE' | 'MASS' | 'SOCIAL';
  active: boolean;
}

/** Payload of `culture.activity.scheduled`. */
export interface ActivityScheduled {
  activityId: string;
  divisionCode: string;
  kind: string;
  title: string;
  startsAt: string;
  venueId: string | null;
  capacity: number;
}

/** Payload of `culture.star-campaign.published`: the winners by place, with the struck nominees and reasons. */
export interface StarCampaignPublished {
  campaignId: string;
  divisionCode: string;
  quarter: string;
  kind: string;
  winners: Array<{ nominationId: string; nomineeName: string; votes: number; rank: number }>;
  struck: Array<{ nominationId: string; reason: string }>;
  publishedAt: string;
}

/** Payload of `culture.wish.claim-lapsed`. */
export interface WishClaimLapsed {
  wishId: string;
  divisionCode: string;
  claimedAt: string;
  lapsedAt: string;
}

/** Payload of `culture.wish.transitioned`. */
export interface WishTransitioned {
  wishId: string;
  /** The household's village or villager group. */
  divisionCode: string;
  /** null when the wish was just made. */
  from: 'MADE' | 'CLAIMED' | 'FULFILLED' | 'WITHDRAWN' | null;
  to: 'MADE' | 'CLAIMED' | 'FULFILLED' | 'WITHDRAWN';
  /** When the step was taken (ISO 8601). */
  at: string;
}

/** Payload of `organizations.elevated-supervision.saved`. */
export interface ElevatedSupervisionSaved {
  supervisionId: string;
  divisionCode: string;
  /** First and last day of the supervision (YYYY-MM-DD, China Standard Time, inclusive). */
  fromOn: string;
  toOn: string;
  /** The day it was ended early (no longer in force from that day), or null. */
  endedOn: string | null;
  /** When it was set or ended (ISO 8601). */
  at: string;
}

/** Payload of `projects.listing-period.published`. */
export interface ListingPeriodPublished {
  periodId: string;
  divisionCode: string;
  period: string;
  disclosureId: string;
  needs: number;
  resources: number;
  projects: number;
}

/** Payload of `projects.project.transitioned`. */
export interface ProjectTransitioned {
  projectId: string;
  divisionCode: string;
  period: string;
  from: string | null;
  to: string;
  percent: number;
  budgetFen: number;
  at: string;
}

/** Payload of `projects.decision-stage.recorded`. */
export interface DecisionStageRecorded {
  decisionId: string;
  divisionCode: string;
  stage: string;
  outcome: string;
  heldAt: string;
  late: boolean;
}

/** Payload of `projects.disclosure.published`: what the public page shows, nothing personal. */
export interface DisclosurePublished {
  disclosureId: string;
  divisionCode: string;
  kind: 'PARTY' | 'VILLAGE' | 'FINANCE';
  period: string;
  correctsId: string | null;
  late: boolean;
  publishedAt: string;
}

/** Payload of `projects.consultation.held`. */
export interface ConsultationHeld {
  consultationId: string;
  divisionCode: string;
  kind: string;
  heldAt: string;
  attendance: number;
  followUps: number;
}

/** Payload type of each known event name. */
export interface EventPayloads {
  [DIVISION_CREATED]: DivisionCreated;
  [DIVISION_UPDATED]: DivisionUpdated;
  [HOUSEHOLD_REGISTERED]: HouseholdRegistered;
  [RESIDENT_ADDED]: ResidentAdded;
  [RESIDENT_ENDED]: ResidentEnded;
  [RESIDENT_MOVED]: ResidentMoved;
  [HOUSEHOLD_DISSOLVED]: HouseholdDissolved;
  [HOUSEHOLD_UPDATED]: HouseholdUpdated;
  [SERVICE_ORDER_PLACED]: ServiceOrderPlaced;
  [SERVICE_ORDER_TRANSITIONED]: ServiceOrderTransitioned;
  [SERVICE_ORDER_OVERDUE]: ServiceOrderOverdue;
  [SERVICE_ORDER_ESCALATED]: ServiceOrderEscalated;
  [VENUE_SAVED]: VenueSaved;
  [COMMUNITY_ORGANIZATION_SAVED]: CommunityOrganizationSaved;
  [ACTIVITY_SCHEDULED]: ActivityScheduled;
  [STAR_CAMPAIGN_PUBLISHED]: StarCampaignPublished;
  [WISH_CLAIM_LAPSED]: WishClaimLapsed;
  [WISH_TRANSITIONED]: WishTransitioned;
  [ELEVATED_SUPERVISION_SAVED]: ElevatedSupervisionSaved;
}

/** Payload of event type `T`: typed for known names, `unknown` for any other type string. */
export type PayloadOf<T extends string> = T extends keyof EventPayloads ? EventPayloads[T] : unknown;
