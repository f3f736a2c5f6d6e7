import { indicatorEntities } from '@shanzhi/indicators';
import { createHash, timingSafeEqual } from 'node:crypto';
import { createRateLimiter, defineService, GATEWAY_SECRET_HEADER, type RequestContext } from '@shanzhi/kit';
import { organizationsConfigSchema } from './config';
import { Account } from './entities/account.entity';
import { Charter } from './entities/charter.entity';
import { CommunityOrganization, CommunityOrganizationMeeting, CommunityOrganizationMember } from './entities/community-organization.entity';
import { ContactHousehold, KnownHousehold, KnownResident } from './entities/contact-household.entity';
import { Assessment, AssessmentStep, Cadre, DutyList, ElevatedSupervision, LiaisonPoint, Mentorship, RectificationItem } from './entities/governance.entity';
import { FundTransaction, IncubationFund } from './entities/incubation-fund.entity';
import { Venue } from './entities/venue.entity';
import { MemberDevelopment } from './entities/member-development.entity';
import { PartyMember, PartyMemberTransfer } from './entities/party-member.entity';
import { PartyOrganization } from './entities/party-organization.entity';
import { knownHouseholdsSubscription } from './events/household.handler';
import { createOrganizationsIndicatorPublisher } from './events/organizations-indicators.publisher';
import { Division } from './entities/division.entity';
import { AccountConnectionResolver, AccountResolver } from './resolvers/account.resolver';
import { DivisionIndicatorsResolver } from './resolvers/division-indicators.resolver';
import { DivisionResolver } from './resolvers/division.resolver';
import {
  CommunityOrganizationMeetingResolver,
  CommunityOrganizationMemberResolver,
  CommunityOrganizationResolver,
} from './resolvers/community-organization.resolver';
import { CharterResolver, IncubationFundResolver } from './resolvers/fund.resolver';
import {
  AssessmentResolver,
  CadreResolver,
  ElevatedSupervisionResolver,
  LiaisonResolver,
  RectificationItemResolver,
} from './resolvers/governance.resolver';
import { IndicatorCatalogueResolver } from './resolvers/indicator-catalogue.resolver';
import { VenueResolver } from './resolvers/venue.resolver';
import { MemberDevelopmentResolver, PartyMemberConnectionResolver, PartyMemberResolver, PartyOrganizationResolver } from './resolvers/party.resolver';
import { createDemoContactsWorker } from './seed/demo-contacts.worker';
import { seedOrganizationsDemo } from './seed/demo-seed';
import { seedOrganizationsDomainDemo } from './seed/domain-seed';
import { resolveDivisionReference } from './services/division.service';
import { LoginService } from './services/login.service';
import { resolveVenueReference } from './services/venue.service';
import { loadTokenIssuer, prepareSigningKey } from './services/signing-key';
import { TokenRevocation } from './services/token-revocation';

/** The organizations service: divisions, accounts and sign-in (一领, 微组织, 微阵地). */
export default defineService({
  name: 'organizations',
  srcDir: __dirname,
  configSchema: organizationsConfigSchema,
  entities: [
    Division,
    Account,
    PartyOrganization,
    PartyMember,
    PartyMemberTransfer,
    ContactHousehold,
    KnownHousehold,
    KnownResident,
    MemberDevelopment,
    Venue,
    CommunityOrganization,
    CommunityOrganizationMember,
    CommunityOrganizationMeeting,
    Charter,
    IncubationFund,
    FundTransaction,
    Cadre,
    DutyList,
    ElevatedSupervision,
    LiaisonPoint,
    Mentorship,
    Assessment,
    AssessmentStep,
    RectificationItem,
    ...indicatorEntities,
  ],
  resolvers: [
    DivisionResolver,
    DivisionIndicatorsResolver,
    AccountResolver,
    AccountConnectionResolver,
    IndicatorCatalogueResolver,
    PartyOrganizationResolver,
    PartyMemberResolver,
    PartyMemberConnectionResolver,
    MemberDevelopmentResolver,
    VenueResolver,
    CommunityOrganizationResolver,
    CommunityOrganizationMemberResolver,
    CommunityOrganizationMeetingResolver,
    IncubationFundResolver,
    CharterResolver,
    CadreResolver,
    ElevatedSupervisionResolver,
    LiaisonResolver,
    AssessmentResolver,
    RectificationItemResolver,
  ],
  referenceResolvers: {
    Division: {
      __resolveReference: (ref: { code: string }, ctx: RequestContext) => resolveDivisionReference(ctx, ref.code),
    },
    // Projects' meetings and culture's activities are held at venues: batched, and null outside the viewer's scope.
    Venue: { __resolveReference: (ref: { id: string }, ctx: RequestContext) => resolveVenueReference(ctx, ref.id) },
  },
  // The signing key exists (the demo generates it) and loads before the database is touched: a bad key fails the start.
  provide: async ({ container, config, log }) => {
    await prepareSigningKey(config);
    const limiter = createRateLimiter({
      onError: (err) => log.warn({ err }, 'rate limit store unavailable; allowing the attempt'),
      redisUrl: config.REDIS_URL,
      prefix: `${config.SERVICE_NAME}:login`,
      limit: config.LOGIN_RATE_LIMIT,
      windowMs: config.LOGIN_RATE_WINDOW_SECONDS * 1000,
    });
    const login = new LoginService({
      policy: { maxFailures: config.LOGIN_MAX_FAILURES, lockMs: config.LOGIN_LOCK_MINUTES * 60_000 },
      limiter,
      loadIssuer: () => loadTokenIssuer(config),
    });
    await login.ready();
    container.set(LoginService, login);
    container.set(
      TokenRevocation,
      new TokenRevocation({ redisUrl: config.REDIS_URL, issuer: config.AUTH_ISSUER, tokenTtlSeconds: config.TOKEN_TTL_SECONDS, log }),
    );
    return [() => limiter.close()];
  },
  subscriptions: () => [knownHouseholdsSubscription()],
  // `organizations.indicators.changed`, coalesced per village, after each commit that marks one dirty.
  // Demo mode also links the seeded members to the grid's households once the grid has announced them.
  workers: ({ config, orm, log }) => [createOrganizationsIndicatorPublisher({ orm, log }), ...(config.DEMO_SEED ? [createDemoContactsWorker({ orm, log })] : [])],
  beforeStart: async ({ config, container, orm, log }) => {
    container.get(TokenRevocation).attach(() => orm.em.fork());
    if (!config.DEMO_SEED) return;
    const seeded = await seedOrganizationsDemo(orm.em.fork());
    log.info({ event: 'demo_seed', ...(seeded ?? { skipped: true }) }, seeded ? 'demo county seeded' : 'demo county already present');
    const domain = await seedOrganizationsDomainDemo(orm.em.fork());
    log.info({ event: 'demo_seed', ...(domain ?? { skipped: true }) }, domain ? 'demo party organizations, venues and community organizations seeded' : 'demo organizations data already present');
  },
  // Lets the gateway and the other services verify sign-in tokens with AUTH_JWKS_URL pointing here.
  routes: (app, { config, container }) => {
    // The revocation list for processes without Redis (the embedded demo's gateway polls it; see kit revocation.ts).
    // Usernames of revoked accounts are not public: with GATEWAY_SHARED_SECRET set, only its holders may read them.
    app.get('/auth/revocations', async (req, res) => {
      if (config.GATEWAY_SHARED_SECRET && !sameSecret(req.get(GATEWAY_SECRET_HEADER) ?? '', config.GATEWAY_SHARED_SECRET)) {
        res.status(403).json({ error: 'forbidden' });
        return;
      }
      res.setHeader('cache-control', 'no-store');
      res.json(await container.get(TokenRevocation).list());
    });
    app.get('/.well-known/jwks.json', async (_req, res) => {
      res.setHeader('cache-control', 'public, max-age=300');
      res.json(await container.get(LoginService).publicJwks());
    });
  },
});

/** Constant-time comparison of a presented secret with the configured one (hashes make the lengths equal). */
function sameSecret(presented: string, expected: string): boolean {
  const digest = (v: string) => createHash('sha256').update(v).digest();
  return timingSafeEqual(digest(presented), digest(expected));
}
