import type { EntityManager } from '@mikro-orm/core';
import { COMMUNITY_ORGANIZATION_SAVED, recordEvent, type CommunityOrganizationSaved } from '@shanzhi/events';
import type { CommunityOrganization } from '../entities/community-organization.entity';
import { EVENT_SOURCE } from './division.events';

/** Writes `organizations.community-organization.saved` with whether it is active after the change; subject = the village. */
export function recordCommunityOrganizationSaved(em: EntityManager, o: CommunityOrganization, active: boolean): void {
  const data: CommunityOrganizationSaved = { organizationId: o.id, divisionCode: o.villageCode, name: o.name, kind: o.kind, active };
  recordEvent(em, { type: COMMUNITY_ORGANIZATION_SAVED, source: EVENT_SOURCE, subject: o.villageCode, data });
}
