import { flag, serviceConfigSchema } from '@shanzhi/kit';
import { z } from 'zod';

/**
 * Settings of the supervision service: the kit's service settings plus the response cache, the alert
 * sweep and demo seeding. Parsed once at start-up; nothing else reads `process.env`.
 */
export const supervisionConfigSchema = serviceConfigSchema.extend({
  SERVICE_NAME: z.string().min(1).default('supervision'),
  /** Seeds a year of daily snapshots for the demo county. Never enable in production. */
  DEMO_SEED: flag,
  /** How long a cached compare/ranking answer may live even without an invalidating event (safety net). */
  CACHE_TTL_SECONDS: z.coerce.number().int().positive().default(600),
  /** How often the alert sweep looks for silent villages and missing secretary meetings. */
  ALERT_SWEEP_INTERVAL_SECONDS: z.coerce.number().positive().default(300),
  /** Days without any event after which a village is silent (an alert). */
  SILENT_VILLAGE_DAYS: z.coerce.number().int().positive().default(30),
  /** Days a wish may wait for a claimant before it raises an alert. */
  WISH_UNCLAIMED_DAYS: z.coerce.number().int().positive().default(30),
});

/** The parsed configuration of the supervision service. */
export type SupervisionConfig = z.infer<typeof supervisionConfigSchema>;
