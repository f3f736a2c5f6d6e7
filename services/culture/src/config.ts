import { flag, serviceConfigSchema } from '@shanzhi/kit';
import { z } from 'zod';

/** Settings of the culture service: the kit's service settings plus demo seeding and the wish-lapse worker. */
export const cultureConfigSchema = serviceConfigSchema.extend({
  SERVICE_NAME: z.string().min(1).default('culture'),
  /** Seeds 百家池村 and the other villages of county 511425 on start. Never enable in production. */
  DEMO_SEED: flag,
  /** Days a claimed wish may stay unfulfilled before it returns to MADE with a signal. */
  WISH_CLAIM_DAYS: z.coerce.number().int().positive().default(30),
  /** How often the wish-lapse worker looks for lapsed claims, in seconds. */
  WISH_LAPSE_INTERVAL_SECONDS: z.coerce.number().positive().default(3600),
});

/** The parsed configuration of the culture service. */
export type CultureConfig = z.infer<typeof cultureConfigSchema>;
