import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { ArgumentValidationError, AuthenticationError, AuthorizationError } from 'type-graphql';

/** The coded errors of the API. Every error a client sees carries one of these in `extensions.code`. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

/** Base of every domain error; `field` names the input field at fault, when there is one. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Invalid input: the field is named so a form can show the message next to it. */
export class BadUserInputError extends AppError {
  constructor(field: string, message: string) {
    super('BAD_USER_INPUT', message, field);
  }
}
/** No or invalid credentials. */
export class UnauthenticatedError extends AppError {
  constructor(message = '请先登录 (authentication required)') {
    super('UNAUTHENTICATED', message);
  }
}
/** The viewer's role or scope does not cover the request. */
export class ForbiddenError extends AppError {
  constructor(message = '无权访问 (outside your scope)') {
    super('FORBIDDEN', message);
  }
}
/** The record does not exist (or is invisible to the viewer). */
export class NotFoundError extends AppError {
  constructor(what: string, field?: string) {
    super('NOT_FOUND', `${what} 不存在 (not found)`, field);
  }
}
/** The request conflicts with the current state (duplicates, stale versions, locked accounts). */
export class ConflictError extends AppError {
  constructor(message: string, field?: string) {
    super('CONFLICT', message, field);
  }
}
/** Rate limit reached. */
export class TooManyRequestsError extends AppError {
  constructor(message = '请求过于频繁，请稍后再试 (too many requests)') {
    super('TOO_MANY_REQUESTS', message);
  }
}

/** Converts an AppError to the GraphQLError shape clients see. */
export function toGraphQLError(err: AppError): GraphQLError {
  return new GraphQLError(err.message, {
    extensions: { code: err.code, ...(err.field ? { field: err.field } : {}) },
  });
}

const KNOWN = new Set<string>([
  'BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'TOO_MANY_REQUESTS',
  'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'PERSISTED_QUERY_NOT_FOUND', 'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE', 'SERVICE_UNAVAILABLE', 'PAYLOAD_TOO_LARGE',
]);

/**
 * The one place errors are mapped to codes. Unknown errors become INTERNAL_SERVER_ERROR without
 * their message, so stack traces and SQL never reach a client.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof AppError) {
    return {
      ...formatted,
      message: original.message,
      extensions: { code: original.code, ...(original.field ? { field: original.field } : {}) },
    };
  }
  if (original instanceof ArgumentValidationError) {
    const first = original.extensions.validationErrors[0];
    const leaf = first ? validationLeaf(first) : undefined;
    return {
      ...formatted,
      message: leaf?.message ?? 'Invalid input',
      extensions: { code: 'BAD_USER_INPUT', ...(leaf ? { field: leaf.field } : {}) },
    };
  }
  if (original instanceof AuthenticationError) return { ...formatted, extensions: { code: 'UNAUTHENTICATED' } };
  if (original instanceof AuthorizationError) return { ...formatted, message: '无权访问 (forbidden)', extensions: { code: 'FORBIDDEN' } };
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && KNOWN.has(code)) return formatted;
  return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

interface ValidationLike { property: string; children?: ValidationLike[]; constraints?: Record<string, string> }
/** The first failing leaf of a class-validator error tree: its dotted path and message. */
function validationLeaf(e: ValidationLike): { field: string; message: string | undefined } {
  const parts = [e.property];
  let cur = e;
  while (!cur.constraints && cur.children && cur.children[0]) {
    cur = cur.children[0];
    parts.push(cur.property);
  }
  return { field: parts.join('.'), message: cur.constraints ? Object.values(cur.constraints)[0] : undefined };
}

/** What may be logged of an unexpected error: its type, codes and stack frames, never values it quotes. */
export function loggableError(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { type: typeof err };
  const e = err as Error & { code?: unknown; sqlState?: unknown };
  // MikroORM's driver errors read "<SQL with its parameters inlined> - <PostgreSQL message>": keep the latter.
  let message = e.message;
  if (typeof e.sqlState === 'string' && message.includes(' - ')) message = message.slice(message.lastIndexOf(' - ') + 3);
  // Quoted values may be names or ID numbers; the shape of the message is enough to find the fault.
  message = message.replace(/'[^']*'/g, "'?'").slice(0, 300);
  const frames = (e.stack ?? '').split('\n').filter((l) => /^\s+at /.test(l)).slice(0, 15).join('\n');
  return {
    type: e.name,
    message,
    ...(typeof e.code === 'string' || typeof e.code === 'number' ? { code: e.code } : {}),
    ...(typeof e.sqlState === 'string' ? { sqlState: e.sqlState } : {}),
    stack: frames,
  };
}

/**
 * One error-level log line, with the request id, for every error a client sees as INTERNAL_SERVER_ERROR.
 * Errors a subgraph reported (they carry `serviceName`) were logged there under the same request id.
 */
export function internalErrorLogger<C extends { requestId?: string }>(log: Logger): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const error of errors) {
            const formatted = formatError(error.toJSON(), error);
            if (formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR') continue;
            if (error.extensions?.serviceName) continue;
            log.error(
              { event: 'internal_error', requestId: contextValue?.requestId, operationName, path: error.path, error: loggableError(error.originalError ?? error) },
              'internal server error',
            );
          }
        },
      };
    },
    async unexpectedErrorProcessingRequest({ requestContext, error }) {
      log.error({ event: 'internal_error', requestId: requestContext.contextValue?.requestId, error: loggableError(error) }, 'internal server error');
    },
  };
}
