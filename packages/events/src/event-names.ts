/** A village (or any division) was added to the tree of divisions. */
export const DIVISION_CREATED = 'organizations.division.created';
/** A division's name, level or parent changed. */
export const DIVISION_UPDATED = 'organizations.division.updated';
/** A household was registered in a village's grid. */
export const HOUSEHOLD_REGISTERED = 'grid.household.registered';
/** The grid's indicators of a village changed (payload: `IndicatorsChanged` of @shanzhi/indicators, coalesced). */
export const GRID_INDICATORS_CHANGED = 'grid.indicators.changed';

/** Every event name of the platform, `<service>.<entity>.<past-tense>`; the Kafka topic is the name. */
export const EventNames = {
  DIVISION_CREATED,
  DIVISION_UPDATED,
  HOUSEHOLD_REGISTERED,
  GRID_INDICATORS_CHANGED,
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

/** Payload of `grid.household.registered`. */
export interface HouseholdRegistered {
  householdId: string;
  divisionCode: string;
  areaId: string | null;
  residentCount: number;
}

/** Payload type of each known event name. */
export interface EventPayloads {
  [DIVISION_CREATED]: DivisionCreated;
  [DIVISION_UPDATED]: DivisionUpdated;
  [HOUSEHOLD_REGISTERED]: HouseholdRegistered;
}

/** Payload of event type `T`: typed for known names, `unknown` for any other type string. */
export type PayloadOf<T extends string> = T extends keyof EventPayloads ? EventPayloads[T] : unknown;
