// The embedded bus talks to PostgreSQL through `pg` (already under @mikro-orm/postgresql) because it needs a
// dedicated session for LISTEN and session advisory locks. @types/pg is not installed, so the few calls used
// are typed here.

/** Rows of a query. */
export interface PgResult<R> {
  rows: R[];
  rowCount: number | null;
}

/** Anything that runs a parameterized query. */
export interface PgQueryable {
  query<R = Record<string, unknown>>(text: string, values?: unknown[]): Promise<PgResult<R>>;
}

/** A pooled connection. */
export interface PgPoolClient extends PgQueryable {
  release(destroy?: boolean | Error): void;
}

/** A connection pool. */
export interface PgPool extends PgQueryable {
  connect(): Promise<PgPoolClient>;
  end(): Promise<void>;
  on(event: 'error', listener: (err: Error) => void): unknown;
}

/** A dedicated session. */
export interface PgClient extends PgQueryable {
  connect(): Promise<void>;
  end(): Promise<void>;
  on(event: 'notification', listener: (msg: { channel: string; payload?: string }) => void): unknown;
  on(event: 'error' | 'end', listener: (err?: Error) => void): unknown;
}

/** Connection settings used here. */
export interface PgConfig {
  connectionString: string;
  max?: number;
  application_name?: string;
  idleTimeoutMillis?: number;
  /** Client side: how long connecting (TCP, TLS, authentication) may take before it fails. */
  connectionTimeoutMillis?: number;
  /** Server side (ms): a statement running longer is cancelled with SQLSTATE 57014. */
  statement_timeout?: number;
  /** Server side (ms): a session idle inside an open transaction longer than this is terminated. */
  idle_in_transaction_session_timeout?: number;
  /** Client side (ms): a query whose answer does not arrive in time fails ('Query read timeout'). */
  query_timeout?: number;
  /** TCP keep-alive, so a silently dead peer is noticed by the operating system. */
  keepAlive?: boolean;
}

interface PgModule {
  Pool: new (config: PgConfig) => PgPool;
  Client: new (config: PgConfig) => PgClient;
}

/** The `pg` module, typed by the interfaces above. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const pg: PgModule = require('pg');
