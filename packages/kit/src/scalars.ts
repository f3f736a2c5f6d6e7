import { GraphQLScalarType } from 'graphql';
import { DateTimeISOResolver } from 'graphql-scalars';

/**
 * type-graphql's `DateTimeISO` with a bilingual description: the same name and wire format as every other
 * subgraph's dates, so composition merges them, but users reading the schema see the Chinese term.
 */
export const DateTimeScalar = new GraphQLScalarType({
  ...DateTimeISOResolver.toConfig(),
  description: '日期时间 (date-time in UTC, RFC 3339 / ISO 8601, e.g. 2026-07-01T08:00:00.000Z)',
});
