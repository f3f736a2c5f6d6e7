/**
 * One place that turns API errors into what a user reads: the coded GraphQL errors of the gateway
 * (`extensions.code`, `extensions.field`) become plain Chinese, and field errors go to their form field.
 */
import { CombinedGraphQLErrors, ServerError } from '@apollo/client';

/** One error as the API reported it. */
export interface ApiError {
  code: string;
  field?: string;
  message: string;
}

/** What each code means to a user, when the API's own message is not for display. */
const MESSAGES: Record<string, string> = {
  FORBIDDEN: '无权访问：超出您的数据范围。',
  UNAUTHENTICATED: '请先登录。',
  NOT_FOUND: '未找到。',
  TOO_MANY_REQUESTS: '操作过于频繁，请稍后再试。',
  SUBGRAPH_UNAVAILABLE: '部分服务暂时不可用，显示的数据不完整。',
  DOWNSTREAM_SERVICE_ERROR: '部分服务暂时不可用，显示的数据不完整。',
  INTERNAL_SERVER_ERROR: '服务器出错，请稍后再试。',
  NETWORK: '无法连接服务器，请检查网络后重试。',
};

/** The Chinese half of a bilingual API message `中文 (English)`. */
export function chinesePart(message: string): string {
  // The English half is the trailing parenthesis without Chinese in it; it may hold parentheses of its own
  // ("area(s)"). When it quotes Chinese (column names: "missing columns: 户主姓名, …"), it starts with a Latin letter.
  const cut = message
    .replace(/\s*\((?:[^\u3000-\u9fff\uff00-\uffef])*\)\s*$/, '')
    .replace(/\s*\([A-Za-z][^()]*(?:\([^()]*\)[^()]*)*\)\s*$/, '')
    .trim();
  return cut || message;
}

/** Coded errors out of a GraphQL `errors` array. */
function fromGraphQLErrors(errors: readonly { message: string; extensions?: Record<string, unknown> | undefined }[]): ApiError[] {
  return errors.map((e) => {
      const ext = (e.extensions ?? {}) as { code?: unknown; field?: unknown };
      return {
        code: typeof ext.code === 'string' ? ext.code : 'INTERNAL_SERVER_ERROR',
        ...(typeof ext.field === 'string' ? { field: ext.field } : {}),
        message: e.message,
      };
    });
}

/** The coded errors inside an Apollo error (a network failure is one NETWORK error). */
export function apiErrors(error: unknown): ApiError[] {
  if (!error) return [];
  if (CombinedGraphQLErrors.is(error)) return fromGraphQLErrors(error.errors);
  // A request refused before execution (HTTP 400, e.g. the text policy) still carries GraphQL errors in its body.
  if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: { message: string; extensions?: Record<string, unknown> }[] };
      if (Array.isArray(body.errors) && body.errors.length > 0) return fromGraphQLErrors(body.errors);
    } catch {
      // not JSON: a proxy's error page; reported as a network failure below
    }
  }
  return [{ code: 'NETWORK', message: error instanceof Error ? error.message : String(error) }];
}

/** Whether any error of `error` carries `code`. */
export function hasCode(error: unknown, code: string): boolean {
  return apiErrors(error).some((e) => e.code === code);
}

/** A sentence for the user: the API's Chinese message for input errors and conflicts, else the code's meaning. */
export function describe(e: ApiError): string {
  if (e.code === 'BAD_USER_INPUT' || e.code === 'CONFLICT') return chinesePart(e.message);
  return MESSAGES[e.code] ?? MESSAGES.INTERNAL_SERVER_ERROR!;
}

/** Errors that name a field, shaped for antd's `form.setFields`; the rest for an alert above the form. */
export function splitFieldErrors<F extends string>(error: unknown, fields: readonly F[]): { fields: { name: F; errors: string[] }[]; other: string[] } {
  const out = { fields: [] as { name: F; errors: string[] }[], other: [] as string[] };
  for (const e of apiErrors(error)) {
    // The API names a field by its path in the variables (input.reason); the form by its own name.
    const leaf = e.field?.split('.').pop();
    const field = fields.find((f) => f === leaf);
    if (field) out.fields.push({ name: field, errors: [describe(e).replace(e.field!, '').trim()] });
    else out.other.push(describe(e));
  }
  return out;
}
