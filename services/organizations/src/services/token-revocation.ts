import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, publishRevocation, revocationSecond } from '@shanzhi/kit';
import type { Logger } from 'pino';
import { Account } from '../entities/account.entity';

/**
 * Revokes an account's tokens: stamps `tokensRevokedAt` on the row (the list `/auth/revocations` serves in
 * the embedded demo) and, with Redis, adds the account to the shared list every process polls (see
 * packages/kit/src/revocation.ts). The Redis write happens inside the caller's transaction, before the
 * commit: if Redis cannot take it, the change is refused rather than left half effective.
 */
export class TokenRevocation {
  private fork: (() => EntityManager) | null = null;

  constructor(private readonly opts: { redisUrl?: string; issuer: string; tokenTtlSeconds: number; log: Logger }) {}

  /** Gives the list its database once the service has one (before the server accepts requests). */
  attach(fork: () => EntityManager): void {
    this.fork = fork;
  }

  /** Revokes every token of `account` issued up to now. */
  async revoke(account: Account): Promise<void> {
    const now = new Date();
    account.tokensRevokedAt = now;
    if (!this.opts.redisUrl) return;
    try {
      await publishRevocation(this.opts.redisUrl, this.opts.issuer, account.username, revocationSecond(now), this.opts.tokenTtlSeconds);
    } catch (err) {
      this.opts.log.error({ event: 'revocation_unavailable', username: account.username, detail: (err as Error).message }, 'revocation list unavailable');
      throw new AppError('SERVICE_UNAVAILABLE', '暂时无法吊销登录凭证，请稍后再试 (tokens cannot be revoked right now, try again later)');
    }
  }

  /** The list from the database: accounts revoked within the token lifetime (older revocations refuse nothing). */
  async list(): Promise<Record<string, number>> {
    if (!this.fork) throw new Error('TokenRevocation used before the database was attached');
    const em = this.fork();
    const since = new Date(Date.now() - this.opts.tokenTtlSeconds * 1000);
    const rows = await em.find(Account, { tokensRevokedAt: { $gte: since } }, { fields: ['username', 'tokensRevokedAt'] });
    return Object.fromEntries(rows.map((a) => [a.username, revocationSecond(a.tokensRevokedAt!)]));
  }

  /**
   * Waits, when needed, until the clock has left the second of the account's last revocation, so a token
   * issued now (its `iat` counts in whole seconds) is not caught by that revocation.
   */
  static async waitPastRevocation(account: Pick<Account, 'tokensRevokedAt'>): Promise<void> {
    if (!account.tokensRevokedAt) return;
    const nextSecond = (revocationSecond(account.tokensRevokedAt) + 1) * 1000;
    const wait = nextSecond - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }
}
