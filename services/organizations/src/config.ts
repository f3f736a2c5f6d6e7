import path from 'node:path';
import { flag, serviceConfigSchema } from '@shanzhi/kit';
import { z } from 'zod';

/**
 * Settings of the organizations service: the kit's service settings plus sign-in (token issuing,
 * lockout, rate limit) and demo seeding. Parsed once at start-up; nothing else reads `process.env`.
 */
export const organizationsConfigSchema = serviceConfigSchema
  .extend({
    SERVICE_NAME: z.string().min(1).default('organizations'),
    /**
     * Private JWK that signs login tokens. Unset: `<DATA_DIR>/auth/signing-key.json`, generated on first
     * start (embedded demo mode). Its public half is what every service's AUTH_KEY_FILE points at.
     */
    AUTH_SIGNING_KEY_FILE: z.string().min(1).optional(),
    /** Lifetime of an issued token. */
    TOKEN_TTL_SECONDS: z.coerce.number().int().positive().default(8 * 3600),
    /** Consecutive wrong passwords that lock an account. */
    LOGIN_MAX_FAILURES: z.coerce.number().int().positive().default(5),
    /** How long a locked account stays locked; fractions allowed (tests use a fraction of a second). */
    LOGIN_LOCK_MINUTES: z.coerce.number().positive().default(15),
    /** Login attempts allowed per username and client within LOGIN_RATE_WINDOW_SECONDS. */
    LOGIN_RATE_LIMIT: z.coerce.number().int().positive().default(20),
    LOGIN_RATE_WINDOW_SECONDS: z.coerce.number().positive().default(60),
    /** Seeds the demo county and the three demo accounts on start. Never enable in production. */
    DEMO_SEED: flag,
  })
  .transform((c) => {
    // The embedded demo signs and verifies with one generated key pair in the data folder.
    const signingKeyFile = c.AUTH_SIGNING_KEY_FILE ?? path.join(c.DATA_DIR, 'auth', 'signing-key.json');
    return {
      ...c,
      AUTH_SIGNING_KEY_FILE: signingKeyFile,
      AUTH_KEY_FILE: c.AUTH_KEY_FILE ?? (c.AUTH_JWKS_URL ? undefined : signingKeyFile),
    };
  });

/** The parsed configuration of the organizations service. */
export type OrganizationsConfig = z.infer<typeof organizationsConfigSchema>;
