import { flag, serviceConfigSchema } from '@shanzhi/kit';
import { z } from 'zod';

/**
 * Settings of the projects service: the kit's service settings plus demo seeding. Parsed once at start-up;
 * nothing else reads `process.env`.
 */
export const projectsConfigSchema = serviceConfigSchema.extend({
  SERVICE_NAME: z.string().min(1).default('projects'),
  /** Seeds the quarterly lists, consultations, decisions and disclosures of county 511425 on start. Never enable in production. */
  DEMO_SEED: flag,
  /** How long the demo seed waits for the county's organizations and venues to arrive from the organizations service. */
  DEMO_SEED_WAIT_SECONDS: z.coerce.number().positive().default(60),
});

/** The parsed configuration of the projects service. */
export type ProjectsConfig = z.infer<typeof projectsConfigSchema>;
