import { ValidateBy, type ValidationArguments } from 'class-validator';
import type { ApolloServerPlugin } from '@apollo/server';
import { BREAK, GraphQLError, Kind, visit, type ValueNode } from 'graphql';
import { Field, ID, type FieldOptions } from 'type-graphql';

/**
 * The one text policy of the API. Refused: C0 and C1 control characters (NUL among them, which PostgreSQL
 * cannot store; a multi-line field keeps `\n`), Unicode format characters (bidi marks, embeddings,
 * overrides and isolates such as U+202E, zero-width spaces and joiners, the BOM, soft hyphens), line and
 * paragraph separators, and lone surrogates. Accepted text is NFC-normalized and trimmed, so the same name
 * typed on two devices is stored the same way. Private-use characters stay allowed: some rare Chinese
 * characters in names (生僻字) are encoded there.
 */
const FORBIDDEN = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u;
const FORBIDDEN_MULTILINE = /(?![\n])[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u;

/** Characters no argument anywhere may carry, whatever its field allows: the policy's, less line breaks and tabs. */
const NEVER = /(?![\n\r\t])[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u;

/** Default upper bound of a text field, so no field stores an unbounded string. */
export const DEFAULT_TEXT_MAX_LENGTH = 2000;

/** How one field applies the policy. */
export interface TextPolicyOptions {
  /** Allow line breaks (`\r\n` and `\r` become `\n`). */
  multiline?: boolean;
  /** Check only, store as typed: no NFC, no trim (passwords). */
  preserve?: boolean;
  /** Upper bound in characters (DEFAULT_TEXT_MAX_LENGTH). */
  maxLength?: number;
}

/** The outcome of the policy: the value to store, or why it is refused (in Chinese and English). */
export type TextCheck = { ok: true; value: string } | { ok: false; reason: string };

/** Applies the text policy to one value; `field` is the field's name in the refusal message. */
export function checkText(value: string, field: string, opts: TextPolicyOptions = {}): TextCheck {
  const max = opts.maxLength ?? DEFAULT_TEXT_MAX_LENGTH;
  const unified = opts.multiline && !opts.preserve ? value.replace(/\r\n?/g, '\n') : value;
  if ((opts.multiline ? FORBIDDEN_MULTILINE : FORBIDDEN).test(unified)) {
    return { ok: false, reason: `${field} 含有控制字符或不可见字符 (${field} contains a control or invisible character)` };
  }
  const cleaned = opts.preserve ? unified : unified.normalize('NFC').trim();
  if (cleaned.length > max) return { ok: false, reason: `${field} 不超过 ${max} 字 (${field} is at most ${max} characters)` };
  return { ok: true, value: cleaned };
}

/** Options of a text input field: type-graphql's field options plus the text policy. */
export type TextFieldOptions = FieldOptions & TextPolicyOptions & {
  /** The GraphQL type: `String` (default) or `ID`. */
  type?: 'String' | 'ID';
};

/**
 * Declares a string input field (type-graphql `@Field`) that obeys the text policy: a refused value is
 * BAD_USER_INPUT naming the field; an accepted one reaches the resolver normalized. Use it on every string
 * input field instead of `@Field(() => String)`.
 */
export function TextField(options: TextFieldOptions = {}): PropertyDecorator {
  const { type, multiline, preserve, maxLength, ...fieldOptions } = options;
  const policy: TextPolicyOptions = { multiline, preserve, maxLength };
  return (target, key) => {
    Field(() => (type === 'ID' ? ID : String), fieldOptions)(target, key);
    ValidateBy({
      name: 'textPolicy',
      validator: {
        validate(value: unknown, args?: ValidationArguments): boolean {
          if (value === null || value === undefined) return true; // optionality is the field's own rule
          if (typeof value !== 'string' || !args) return false;
          const check = checkText(value, args.property, policy);
          if (!check.ok) return false;
          // type-graphql hands this same instance to the resolver, so the normalized text is what is stored.
          (args.object as Record<string, unknown>)[args.property] = check.value;
          return true;
        },
        defaultMessage(args?: ValidationArguments): string {
          const property = args?.property ?? 'value';
          const check = typeof args?.value === 'string' ? checkText(args.value, property, policy) : undefined;
          return check && !check.ok ? check.reason : `${property} 须为文本 (${property} must be text)`;
        },
      },
    })(target, key);
  };
}

/**
 * Apollo Server plugin applying the text policy to the plain `String`/`ID` arguments of an operation (codes,
 * ids, cursors, search terms), inline or from variables, before anything runs. Input objects are checked
 * field by field by `@TextField()`. A refusal is BAD_USER_INPUT naming the argument, like any other.
 */
export function textPolicyPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const variables = request.variables ?? {};
          let field: string | null = null;
          visit(document, {
            Argument(node) {
              if (field) return BREAK;
              const value = node.value.kind === Kind.VARIABLE ? variables[node.value.name.value] : literalText(node.value);
              if (hasForbiddenText(value)) field = node.name.value;
              return undefined;
            },
          });
          if (field) {
            // Status 200, as for any refused argument: a gateway treats a non-2xx subgraph answer as a failure.
            throw new GraphQLError(`${field} 含有控制字符或不可见字符 (${field} contains a control or invisible character)`, {
              extensions: { code: 'BAD_USER_INPUT', field, http: { status: 200 } },
            });
          }
        },
      };
    },
  };
}

/** A plain argument's text: a string or a list of strings; anything else (numbers, input objects) is not text here. */
function hasForbiddenText(value: unknown): boolean {
  if (typeof value === 'string') return NEVER.test(value);
  return Array.isArray(value) && value.some((v) => typeof v === 'string' && NEVER.test(v));
}

/** The strings of an inline literal argument (a string or a list of strings). */
function literalText(node: ValueNode): unknown {
  if (node.kind === Kind.STRING) return node.value;
  if (node.kind === Kind.LIST) return node.values.map((v) => (v.kind === Kind.STRING ? v.value : null));
  return null;
}
