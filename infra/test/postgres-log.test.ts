import { Client } from 'pg';

// The infra server and the embedded demo server must not write statements or their parameters (ID
// numbers, phones) into the log; infra/postgres.sh configures the former, the demo launcher the latter
// (checked in demo.serial.test.ts).
it('the infra PostgreSQL keeps statements and parameter values out of its log', async () => {
  const client = new Client({ connectionString: process.env.TEST_POSTGRES_URL ?? 'postgresql://shanzhi:shanzhi@127.0.0.1:5432/postgres' });
  await client.connect();
  try {
    const show = async (name: string) => (await client.query(`show ${name}`)).rows[0][name];
    expect(await show('log_min_error_statement')).toBe('panic');
    expect(await show('log_parameter_max_length')).toBe('0');
    expect(await show('log_parameter_max_length_on_error')).toBe('0');
  } finally {
    await client.end();
  }
});
