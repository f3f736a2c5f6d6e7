import path from 'node:path';
import { flag, serviceConfigSchema } from '@shanzhi/kit';
import { z } from 'zod';

/** A base64 string that decodes to exactly 32 bytes (an AES-256 key). */
const base64Key = z
  .string()
  .trim()
  .refine((v) => /^[A-Za-z0-9+/]+={0,2}$/.test(v) && Buffer.from(v, 'base64').length === 32, {
    message: 'must be base64 of exactly 32 bytes (e.g. `openssl rand -base64 32`)',
  });

/**
 * Settings of the grid service: the kit's service settings plus the personal-information key and demo
 * seeding. Parsed once at start-up; nothing else reads `process.env`.
 */
export const gridConfigSchema = serviceConfigSchema
  .extend({
    SERVICE_NAME: z.string().min(1).default('grid'),
    /**
     * Master key (base64, 32 bytes) protecting ID-card numbers and phones: AES-256-GCM at rest and the keyed
     * lookup hash, through two HKDF subkeys. Production sets it (or GRID_PII_KEY_FILE) from a secret.
     */
    GRID_PII_KEY: base64Key.optional(),
    /**
     * File holding that key as base64. Unset: `<DATA_DIR>/grid/pii-key`. Outside production a missing file
     * is generated on first start (mode 0600) and reused afterwards; in production it must exist.
     */
    GRID_PII_KEY_FILE: z.string().min(1).optional(),
    /** Seeds 百家池村 and the other villages of county 511425 on start. Never enable in production. */
    DEMO_SEED: flag,
    /** How long the demo seed waits for the county's divisions to arrive from the organizations service. */
    DEMO_SEED_WAIT_SECONDS: z.coerce.number().positive().default(60),
    /** How often open service orders are checked for their due date and escalation. */
    ORDER_SWEEP_INTERVAL_SECONDS: z.coerce.number().positive().default(60),
  })
  .transform((c) => ({
    ...c,
    GRID_PII_KEY_FILE: c.GRID_PII_KEY_FILE ?? path.join(c.DATA_DIR, 'grid', 'pii-key'),
  }));

/** The parsed configuration of the grid service. */
export type GridConfig = z.infer<typeof gridConfigSchema>;
