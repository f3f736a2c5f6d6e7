import type { Logger } from 'pino';
import { createClient } from 'redis';

/** The header subgraph-server's GATEWAY_SECRET_HEADER names (restated: importing it here would close an import cycle through auth.ts). */
const GATEWAY_SECRET_HEADER = 'x-gateway-secret';

/**
 * Token revocation by a revocation list: for each account whose tokens were revoked (disabled, password
 * reset or changed), the second at which that happened. A token of that account issued at or before that
 * second is refused. The organizations service writes the list; every process that verifies tokens (the
 * gateway and each subgraph) reads it, at most REVOCATION_POLL_SECONDS old, so a revocation takes effect
 * everywhere within that time (30 s by default).
 *
 * Where the list lives:
 * - with REDIS_URL, in one Redis hash (`revocationKey(issuer)`: username → epoch seconds) shared by every
 *   process;
 * - without Redis (the embedded demo), the organizations service serves it from its database at
 *   `/auth/revocations` and the gateway polls that, so every client request (they all pass the gateway)
 *   is checked; the subgraphs, which the demo binds to loopback, then check only what the gateway let through.
 * An entry older than the longest token lifetime is pruned: no token it could refuse is still valid.
 */

/** username → the epoch second up to which that account's tokens are revoked. */
export type RevocationMap = ReadonlyMap<string, number>;

/** Redis hash holding the list of one token issuer. */
export function revocationKey(issuer: string): string {
  return `shanzhi:auth:revoked:${issuer}`;
}

/** The epoch second a revocation made now stands for: tokens issued in this second or earlier are refused. */
export function revocationSecond(at: Date = new Date()): number {
  return Math.floor(at.getTime() / 1000);
}

/** Whether a token of `username` issued at `issuedAt` (epoch seconds, the `iat` claim) is revoked by `list`. */
export function isRevokedBy(list: RevocationMap, username: string, issuedAt: number): boolean {
  const revokedAt = list.get(username);
  return revokedAt !== undefined && issuedAt <= revokedAt;
}

/**
 * Adds `username` to the Redis list and prunes entries older than `maxTokenLifetimeSeconds`. A connection
 * per call: revocations are rare, and a failure must reach the caller, which then refuses the change.
 */
export async function publishRevocation(redisUrl: string, issuer: string, username: string, revokedAt: number, maxTokenLifetimeSeconds: number): Promise<void> {
  const client = createClient({ url: redisUrl, disableOfflineQueue: true, socket: { connectTimeout: 2000, reconnectStrategy: false } });
  client.on('error', () => undefined);
  await client.connect();
  try {
    const key = revocationKey(issuer);
    await client.hSet(key, username, String(revokedAt));
    const cutoff = revokedAt - maxTokenLifetimeSeconds;
    const stale = Object.entries(await client.hGetAll(key))
      .filter(([, at]) => Number(at) < cutoff)
      .map(([name]) => name);
    if (stale.length) await client.hDel(key, stale);
  } finally {
    await client.quit().catch(() => undefined);
  }
}

/** Reads the list from Redis (one short-lived connection per poll, so nothing stays open between polls). */
export function redisRevocationSource(redisUrl: string, issuer: string): () => Promise<RevocationMap> {
  return async () => {
    const client = createClient({ url: redisUrl, disableOfflineQueue: true, socket: { connectTimeout: 2000, reconnectStrategy: false } });
    client.on('error', () => undefined);
    await client.connect();
    try {
      const entries = await client.hGetAll(revocationKey(issuer));
      return new Map(Object.entries(entries).map(([name, at]) => [name, Number(at)]));
    } finally {
      await client.quit().catch(() => undefined);
    }
  };
}

/** Reads the list from the organizations service's `/auth/revocations` (the embedded demo, without Redis). */
export function httpRevocationSource(url: string, sharedSecret?: string): () => Promise<RevocationMap> {
  return async () => {
    const res = await fetch(url, { headers: sharedSecret ? { [GATEWAY_SECRET_HEADER]: sharedSecret } : {}, signal: AbortSignal.timeout(2000) });
    if (!res.ok) throw new Error(`revocation list: HTTP ${res.status}`);
    const body = (await res.json()) as Record<string, number>;
    return new Map(Object.entries(body).map(([name, at]) => [name, Number(at)]));
  };
}

/**
 * A check against a list reloaded at most every `pollMs`: the verification that finds the list too old
 * reloads it (one load at a time; concurrent checks wait for the same load). When a load fails, the last
 * list stays in force and the failure is logged: refusing every token while Redis is away would lock the
 * whole county out, and revocations already loaded keep working.
 */
export function createRevocationCheck(opts: { load: () => Promise<RevocationMap>; pollMs: number; log?: Logger }): (username: string, issuedAt: number) => Promise<boolean> {
  let list: RevocationMap = new Map();
  let loadedAt = -Infinity;
  let loading: Promise<void> | null = null;
  const refresh = () =>
    (loading ??= opts
      .load()
      .then(
        (fresh) => {
          list = fresh;
        },
        (err: unknown) => {
          opts.log?.warn({ event: 'revocation_list_unavailable', detail: err instanceof Error ? err.message : String(err) }, 'revocation list could not be loaded; keeping the last one');
        },
      )
      .finally(() => {
        // A failed load is retried after the same interval, not on every request.
        loadedAt = Date.now();
        loading = null;
      }));
  return async (username, issuedAt) => {
    if (Date.now() - loadedAt >= opts.pollMs) await refresh();
    return isRevokedBy(list, username, issuedAt);
  };
}
