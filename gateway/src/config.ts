import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { baseConfigSchema, loadRegistry, tokenSourceRule, urlSetting } from '@shanzhi/kit';

/** `<NAME>_URL` of every subgraph in the registry: where the gateway reaches it. */
const subgraphUrls = Object.fromEntries(loadRegistry().map((s) => [urlSetting(s.name), z.string().url()]));

/** packages/console/dist of this checkout, when the console has been built. */
function defaultConsoleDir(): string | undefined {
  const dir = path.join(__dirname, '..', '..', 'packages', 'console', 'dist');
  return fs.existsSync(path.join(dir, 'index.html')) ? dir : undefined;
}

/** The gateway's settings: where the subgraphs live and how much a query may ask for. */
export const gatewayConfigSchema = baseConfigSchema
  // Typed as no keys: the URLs are read back by name into SUBGRAPH_URLS below.
  .extend(subgraphUrls as unknown as Record<never, z.ZodString>)
  .extend({
    SERVICE_NAME: z.string().min(1).default('gateway'),
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    /** A subgraph that has not answered by then is reported as unavailable; the rest of the response still arrives. */
    SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().positive().default(5000),
    /**
     * Identical subgraph queries of one caller in flight at once share one fetch (queries only, keyed by the
     * caller's authorization; see SubgraphDataSource). `false` sends every fetch.
     */
    DEDUPE_SUBGRAPH_FETCHES: z.enum(['true', 'false', '1', '0']).default('true').transform((v) => v === 'true' || v === '1'),
    /**
     * How long a whole response of a cached query (the registry's `cachedQueries`) may live in Redis even
     * without an invalidating change (safety net; REDIS_URL unset: no response cache).
     */
    RESPONSE_CACHE_TTL_SECONDS: z.coerce.number().int().positive().default(600),
    /**
     * An operation whose query plan is one whole fetch from one subgraph is sent to that subgraph as the
     * client wrote it, and its answer handed on without the gateway re-executing it (see SingleFetchRoutes).
     * `false` plans and executes every operation.
     */
    PASS_SINGLE_FETCHES: z.enum(['true', 'false', '1', '0']).default('true').transform((v) => v === 'true' || v === '1'),
    /** Keeps @apollo/gateway from reporting usage data to Apollo (its APOLLO_TELEMETRY_DISABLED); on unless `false`. */
    APOLLO_TELEMETRY_DISABLED: z.enum(['true', 'false', '1', '0']).default('true').transform((v) => v === 'true' || v === '1'),
    SUPERGRAPH_PATH: z.string().default(path.join(__dirname, '..', 'supergraph.graphql')),
    /** Behind an ingress that appends to x-forwarded-for, take the client address from that header. */
    TRUST_PROXY: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
    MAX_DEPTH: z.coerce.number().int().positive().default(10),
    MAX_ALIASES: z.coerce.number().int().positive().default(15),
    MAX_COST: z.coerce.number().int().positive().default(5000),
    MAX_TOKENS: z.coerce.number().int().positive().default(2000),
    MAX_DIRECTIVES: z.coerce.number().int().positive().default(20),
    /**
     * With TRUST_PROXY: how many proxies in front of the gateway append to x-forwarded-for. The client address
     * is the entry the outermost of them appended; anything left of it was written by the client.
     */
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(1).max(10).default(1),
    /**
     * The built Web console served at `/` (same origin as /graphql). Unset: the repository's
     * packages/console/dist when it has been built; empty: no console.
     */
    CONSOLE_DIR: z
      .string()
      .optional()
      .refine((d) => !d || fs.existsSync(path.join(d, 'index.html')), 'CONSOLE_DIR has no index.html: build the console (npm run build -w @shanzhi/console)')
      .transform((d) => (d === undefined ? defaultConsoleDir() : d || undefined)),
  })
  .superRefine(tokenSourceRule)
  .transform((c) => ({
    ...c,
    /** Each subgraph's URL by its supergraph name. */
    SUBGRAPH_URLS: Object.fromEntries(loadRegistry().map((s) => [s.name, (c as Record<string, unknown>)[urlSetting(s.name)] as string])),
  }));

export type GatewayConfig = z.infer<typeof gatewayConfigSchema>;

/**
 * Hands @apollo/gateway the one setting it reads from the environment only: unless APOLLO_TELEMETRY_DISABLED
 * is set, it reports usage to Apollo's servers every minute, a county's traffic leaving the county for no use of ours.
 */
export function applyApolloGatewayEnvironment(config: Pick<GatewayConfig, 'APOLLO_TELEMETRY_DISABLED'>): void {
  if (config.APOLLO_TELEMETRY_DISABLED) process.env.APOLLO_TELEMETRY_DISABLED = 'true';
}
