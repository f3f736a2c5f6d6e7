import type { EntityManager } from '@mikro-orm/postgresql';

/** What this module needs of a knex client: a connection to borrow and its query event. */
interface KnexClientLike {
  acquireConnection(): Promise<{ query(q: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }> }>;
  releaseConnection(conn: unknown): Promise<unknown>;
  emit(event: 'query', data: { sql: string; bindings: unknown[]; method: 'raw' }): boolean;
}

/**
 * Runs a named (prepared) statement on the connection of `em`'s transaction, or on a pooled one when there is
 * none. PostgreSQL parses and plans a named statement once per connection; the busiest writes, whose plans cost
 * more than their execution, run this way. The statement is announced as knex's `query` event like any other.
 */
export async function runPrepared<R>(em: EntityManager, name: string, text: string, values: unknown[]): Promise<R[]> {
  const knex = (em.getTransactionContext() ?? em.getConnection().getKnex()) as unknown as { client: KnexClientLike };
  const client = knex.client;
  client.emit('query', { sql: text, bindings: values, method: 'raw' });
  const conn = await client.acquireConnection();
  try {
    return (await conn.query({ name, text, values })).rows as R[];
  } finally {
    await client.releaseConnection(conn);
  }
}
