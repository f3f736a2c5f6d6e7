import { z } from 'zod';

/**
 * Settings of the test harness, parsed once when it loads: the PostgreSQL server tests create their
 * databases on (`infra/up.sh` starts it) and the Jest worker, which keeps parallel workers' databases apart.
 */
export const testConfig = z
  .object({
    TEST_POSTGRES_URL: z.string().url().default('postgresql://shanzhi:shanzhi@127.0.0.1:5432/postgres'),
    JEST_WORKER_ID: z.string().regex(/^\d+$/).default('0'),
  })
  .parse(process.env);
