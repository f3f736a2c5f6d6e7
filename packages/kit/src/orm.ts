import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';

/** What a service tells the kit about its database. */
export interface OrmOptions {
  clientUrl: string;
  entities: NonNullable<Options['entities']>;
  /** Folder of the service's committed migrations (src in tests, dist at run time). */
  migrationsPath: string;
  poolMax?: number;
  debug?: boolean;
  /** Where MikroORM's own messages (migrations, discovery) go; the console otherwise. */
  log?: (message: string) => void;
}

/** Opens the service's own database through MikroORM; every service uses exactly this setup. */
export function createOrm(opts: OrmOptions): Promise<MikroORM> {
  return MikroORM.init({
    clientUrl: opts.clientUrl,
    entities: opts.entities,
    extensions: [Migrator],
    migrations: {
      path: opts.migrationsPath,
      pathTs: opts.migrationsPath,
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      // Diff against the live schema, not a snapshot file, so the drift check sees what a deploy sees.
      snapshot: false,
      emit: 'ts',
      fileName: (ts, name) => `Migration${ts}${name ? `_${name}` : ''}`,
    },
    pool: { min: 0, max: opts.poolMax ?? 10 },
    forceUtcTimezone: true,
    allowGlobalContext: false,
    debug: opts.debug ?? false,
    // Migration progress and discovery notes are not worth a console line; services route them to pino.
    logger: opts.log ?? (() => undefined),
    discovery: { warnWhenNoEntities: false },
  });
}

/** Applies the committed migrations that are still pending. */
export async function migrate(orm: MikroORM): Promise<void> {
  await orm.getMigrator().up();
}

export type { MikroORM };
