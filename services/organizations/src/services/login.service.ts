import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { hashPassword, verifyPassword, type TokenIssuer } from '@shanzhi/auth';
import {
  ConflictError,
  ForbiddenError,
  TooManyRequestsError,
  UnauthenticatedError,
  type RateLimiter,
  type RequestContext,
} from '@shanzhi/kit';
import { Account } from '../entities/account.entity';
import type { LoginInput } from '../inputs/login.input';
import type { ViewerProfile } from './account.service';
import { TokenRevocation } from './token-revocation';

/** A successful sign-in: the bearer token, when it expires, and who it stands for. */
export interface SignedIn {
  token: string;
  expiresAt: Date;
  viewer: ViewerProfile;
}

/** Lockout and rate-limit policy of `login`, from config. */
export interface LoginPolicy {
  maxFailures: number;
  lockMs: number;
}

/** The one message for a wrong username and a wrong password, so responses never reveal which accounts exist. */
export const INVALID_CREDENTIALS = '用户名或密码错误 (invalid username or password)';

/**
 * Signs accounts in. Order matters: the rate limit is counted first (so guessing is throttled even for
 * unknown names), then the password is always verified (so a missing user or a locked account takes as
 * long as a wrong password), and only then is the outcome decided.
 *
 * A locked account answers CONFLICT "账户已锁定" (the kit files locked accounts under CONFLICT), also for
 * the correct password, until the lock expires; the attempt that reaches the limit already gets it.
 */
export class LoginService {
  private dummyHash: Promise<string> | undefined;
  private issuer: Promise<TokenIssuer> | undefined;

  constructor(
    private readonly opts: {
      policy: LoginPolicy;
      limiter: RateLimiter;
      loadIssuer: () => Promise<TokenIssuer>;
    },
  ) {}

  /** Loads the signing key now, so a bad key fails the start rather than the first login. */
  async ready(): Promise<void> {
    await Promise.all([this.tokenIssuer(), this.missingUserHash()]);
  }

  /** Verifies the credentials and issues a token; see the class comment for the error codes. */
  async login(ctx: RequestContext, input: LoginInput): Promise<SignedIn> {
    const username = input.username.trim().toLowerCase();
    // Per account name and client address: one client cannot hammer many accounts' lockouts unnoticed,
    // and the lockout still protects an account against guesses spread over many addresses.
    const limit = await this.opts.limiter.hit(`${username}@${ctx.clientIp}`);
    if (!limit.allowed) {
      ctx.log.warn({ event: 'login_rate_limited', username, count: limit.count }, 'login rate limit reached');
      throw new TooManyRequestsError();
    }
    const account = await ctx.em.findOne(Account, { username });
    if (!account) {
      await verifyPassword(input.password, await this.missingUserHash());
      ctx.log.info({ event: 'login_failed', username, reason: 'unknown_user' }, 'login failed');
      throw new UnauthenticatedError(INVALID_CREDENTIALS);
    }
    const now = new Date();
    const passwordOk = await verifyPassword(input.password, account.passwordHash);
    // Told only to the holder of the right password, so a guesser learns nothing about the account.
    if (passwordOk && account.disabledAt) {
      ctx.log.warn({ event: 'login_disabled', username }, 'login refused: account disabled');
      throw new ForbiddenError('账户已停用，请联系管理员 (account disabled; ask your administrator)');
    }
    if (account.lockedUntil && account.lockedUntil > now) {
      ctx.log.warn({ event: 'login_locked', username }, 'login refused: account locked');
      throw lockedError(account.lockedUntil, now);
    }
    if (!passwordOk) {
      const lockedUntil = await this.recordFailure(ctx.em, account.id, now);
      if (lockedUntil) {
        ctx.log.warn({ event: 'account_locked', username, lockedUntil }, 'account locked after repeated failures');
        throw lockedError(lockedUntil, now);
      }
      ctx.log.info({ event: 'login_failed', username, reason: 'wrong_password' }, 'login failed');
      throw new UnauthenticatedError(INVALID_CREDENTIALS);
    }
    // Atomic: a lock that a concurrent failed guess set meanwhile is not wiped by this success.
    const signedIn = await ctx.em.nativeUpdate(
      Account,
      { id: account.id, $or: [{ lockedUntil: null }, { lockedUntil: { $lte: now } }] },
      { failedLoginCount: 0, lockedUntil: null, lastLoginAt: now },
    );
    if (signedIn === 0) {
      const locked = await ctx.em.fork().findOneOrFail(Account, { id: account.id });
      ctx.log.warn({ event: 'login_locked', username }, 'login refused: account locked');
      throw lockedError(locked.lockedUntil ?? now, now);
    }
    const viewer = { username: account.username, role: account.role, scope: account.scopeCode };
    // A token issued in the second of the account's last revocation would count as revoked.
    await TokenRevocation.waitPastRevocation(account);
    const issued = await (await this.tokenIssuer()).issue(viewer);
    ctx.log.info({ event: 'login_succeeded', username }, 'signed in');
    return {
      token: issued.token,
      expiresAt: new Date(issued.expiresAt),
      viewer: { ...viewer, displayName: account.displayName },
    };
  }

  /**
   * Counts a wrong password in one atomic UPDATE, so concurrent guesses cannot slip past the limit.
   * Reaching the limit sets the lock and restarts the count; returns the lock's end when this attempt locked.
   */
  private async recordFailure(em: EntityManager, id: string, now: Date): Promise<Date | null> {
    const until = new Date(now.getTime() + this.opts.policy.lockMs);
    const rows: Array<{ locked_until: Date | string | null; locked_now: boolean }> = await em.execute(
      `update "account"
          set "failed_login_count" = case when "failed_login_count" + 1 >= ? then 0 else "failed_login_count" + 1 end,
              "locked_until" = case when "failed_login_count" + 1 >= ? then ?::timestamptz else "locked_until" end
        where "id" = ?
    returning "locked_until", ("locked_until" = ?::timestamptz) as "locked_now"`,
      [this.opts.policy.maxFailures, this.opts.policy.maxFailures, until.toISOString(), id, until.toISOString()],
    );
    const row = rows[0];
    return row?.locked_now && row.locked_until ? new Date(row.locked_until) : null;
  }

  /** The public keys of the tokens this service issues, for `/.well-known/jwks.json`. */
  async publicJwks(): Promise<ReturnType<TokenIssuer['publicJwks']>> {
    return (await this.tokenIssuer()).publicJwks();
  }

  private tokenIssuer(): Promise<TokenIssuer> {
    return (this.issuer ??= this.opts.loadIssuer());
  }

  /** A hash of a random password, verified when the user does not exist so that path costs a scrypt too. */
  private missingUserHash(): Promise<string> {
    return (this.dummyHash ??= hashPassword(randomBytes(18).toString('base64')));
  }
}

function lockedError(until: Date, now: Date): ConflictError {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60000));
  return new ConflictError(`账户已锁定，请 ${minutes} 分钟后再试 (account locked after repeated failed sign-ins)`);
}
