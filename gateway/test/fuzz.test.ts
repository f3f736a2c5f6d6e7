import fs from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  isUnionType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { gql, login, startPlatform, type Platform } from './support/platform';

// Schema-driven fuzzing: every argument and input field of every operation of the composed supergraph gets
// bad values (controls, bidi and zero-width characters, lone surrogates, huge strings, out-of-range numbers,
// unknown enum values, other villages' codes and unknown ids), as a village cadre and as a county admin.
// A new service is covered as soon as it composes. It fails on any 5xx, INTERNAL_SERVER_ERROR, error
// without a code, and on a control or invisible character that was stored.
jest.setTimeout(240000);

const FORBIDDEN = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u;
const VILLAGE = '511425112201';

/** The supergraph as a plain schema: only the API's own types and fields matter here. */
function supergraph(): GraphQLSchema {
  const sdl = fs.readFileSync(path.join(__dirname, '..', 'supergraph.graphql'), 'utf8');
  return buildSchema(sdl, { assumeValid: true, assumeValidSDL: true });
}

/** An 18-character ID-card number (GB 11643) with a valid check digit. */
function idNumber(seq: number): string {
  const body = `51142519800101${String(seq % 1000).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, d, i) => s + Number(d) * weights[i]!, 0);
  return body + '10X98765432'[sum % 11]!;
}

/** A plausible value for a field, by its name, so that the one bad value is what the server looks at. */
function plausibleString(name: string, isId: boolean): string {
  if (isId) return '00000000-0000-4000-8000-000000000000';
  if (/parentCode/i.test(name)) return '511425';
  if (/code$/i.test(name)) return VILLAGE;
  if (/idNumber/i.test(name)) return idNumber(1);
  if (/phone/i.test(name)) return '13812341234';
  if (/^username$/.test(name)) return 'fuzz-user';
  if (/password/i.test(name)) return 'fuzz-password-1';
  return '测试文本';
}

/** The baseline value of an input type: required fields filled, nullable ones left out. */
function baseline(type: GraphQLInputType, name: string): unknown {
  if (isNonNullType(type)) return baseline(type.ofType, name);
  if (isListType(type)) return [baseline(type.ofType, name)];
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(type.getFields())) if (isNonNullType(f.type)) out[f.name] = baseline(f.type, f.name);
    if (type.name === 'RegisterResidentInput') out.relation = 'HEAD';
    return out;
  }
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isScalarType(type)) {
    if (type.name === 'Int') return 1;
    if (type.name === 'Float') return 1.5;
    if (type.name === 'Boolean') return true;
    if (type.name === 'DateTimeISO') return new Date().toISOString();
    return plausibleString(name, type.name === 'ID');
  }
  return null;
}

/** Bad values for a leaf of this type. */
function badValues(type: GraphQLInputType, name: string): unknown[] {
  const named = getNamedType(type);
  const list = isListType(isNonNullType(type) ? type.ofType : type);
  const out: unknown[] = [];
  if (list) out.push([], Array.from({ length: 200 }, () => baseline(named as GraphQLInputType, name)));
  if (isEnumType(named)) out.push('NOT_A_VALUE', named.getValues()[0]!.name.toLowerCase());
  else if (isScalarType(named) && named.name === 'Int') out.push(-1, 2147483647, 2147483648, 1e15);
  else if (isScalarType(named) && named.name === 'Float') out.push(-1e308, 1e308);
  else if (isScalarType(named) && (named.name === 'String' || named.name === 'ID')) {
    const base = plausibleString(name, named.name === 'ID');
    out.push(`${base}\u0000`, `a\u0007${base}`, `\u202e${base}`, `${base}\u200f\u200b`, `${base}\ud800`, 'x'.repeat(200_000), '');
    if (named.name === 'ID') out.push('11111111-1111-4111-8111-111111111111', "' or 1=1 --");
    if (/code$/i.test(name)) out.push('511425112202', '110101001001', '511425112201999', '51142511220١');
  } else if (isScalarType(named)) out.push('not-a-value', 12);
  return out;
}

interface Probe {
  label: string;
  query: string;
  variables: Record<string, unknown>;
}

/** Bad values tried per leaf: one, rotating, so every kind of bad value is tried across the schema while the run stays bounded as services are added. */
const PER_LEAF = 1;
let rotation = 0;
function sample<T>(values: T[]): T[] {
  if (values.length <= PER_LEAF) return values;
  const start = rotation++ % values.length;
  return Array.from({ length: PER_LEAF }, (_, i) => values[(start + i) % values.length]!);
}

/** Walks the input tree of one argument and yields variants per leaf (a sample of its bad values). */
function* variants(type: GraphQLInputType, name: string, base: unknown, set: (v: unknown) => Record<string, unknown>, at: string): Generator<[string, Record<string, unknown>]> {
  const inner = isNonNullType(type) ? type.ofType : type;
  for (const bad of sample(badValues(type, name))) yield [`${at}=${JSON.stringify(bad).slice(0, 40)}`, set(bad)];
  if (isListType(inner)) {
    const element = inner.ofType;
    const arr = (base as unknown[]) ?? [];
    yield* variants(element, name, arr[0], (v) => set([v]), `${at}[0]`);
  } else if (isInputObjectType(inner)) {
    const obj = (base as Record<string, unknown>) ?? {};
    for (const f of Object.values(inner.getFields())) {
      yield* variants(f.type, f.name, obj[f.name] ?? baseline(f.type, f.name), (v) => set({ ...obj, [f.name]: v }), `${at}.${f.name}`);
    }
  }
}

/** Every probe of one root field. */
function probesOf(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): Probe[] {
  const returns = getNamedType(field.type);
  const selection = isObjectType(returns) || isInterfaceType(returns) || isUnionType(returns) ? ' { __typename }' : '';
  const decl = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const call = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const query = `${kind}${decl ? ` (${decl})` : ''} { ${field.name}${call ? `(${call})` : ''}${selection} }`;
  const base: Record<string, unknown> = {};
  for (const a of field.args) if (isNonNullType(a.type)) base[a.name] = baseline(a.type, a.name);
  const probes: Probe[] = [];
  for (const a of field.args) {
    for (const [label, variables] of variants(a.type, a.name, base[a.name] ?? baseline(a.type, a.name), (v) => ({ ...base, [a.name]: v }), `${field.name}.${a.name}`)) {
      probes.push({ label, query, variables });
    }
  }
  return probes;
}

let p: Platform;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  p = await startPlatform();
  tokens.cadre = await login(p.url, 'village-511425112201');
  tokens.county = await login(p.url, 'county-511425');
});
afterAll(async () => {
  await p?.stop();
});

it('answers every bad argument with a coded client error, and stores no control character', async () => {
  const schema = supergraph();
  const probes: Probe[] = [];
  for (const [kind, type] of [['query', schema.getQueryType()], ['mutation', schema.getMutationType()]] as const) {
    for (const field of Object.values(type?.getFields() ?? {})) probes.push(...probesOf(kind, field));
  }
  // Bounded: a few hundred requests; a schema that grows far beyond that needs a smaller sample.
  expect(probes.length).toBeGreaterThan(50);
  expect(probes.length).toBeLessThan(1200);

  // The probes alternate between a village cadre and a county admin, four requests at a time.
  const failures: string[] = [];
  const roles = ['cadre', 'county'] as const;
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < probes.length; i = next++) {
      const probe = probes[i]!;
      const role = roles[i % roles.length]!;
      const r = await gql(p.url, probe.query, probe.variables, tokens[role]);
      const bad = (r.errors ?? []).filter((e) => typeof e.extensions?.code !== 'string' || e.extensions.code === 'INTERNAL_SERVER_ERROR');
      if (r.status >= 500 || bad.length > 0) {
        failures.push(`${role} ${probe.label}: HTTP ${r.status} ${JSON.stringify(bad.length ? bad : r.errors).slice(0, 200)}`);
      }
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  expect(failures).toEqual([]);

  // Read back what a client could have stored: names of divisions, areas, households and residents.
  const stored: string[] = [];
  for (const level of ['VILLAGE', 'GROUP']) {
    const d = await gql<{ divisions: { name: string; shortName: string }[] }>(p.url, `{ divisions(parentCode: "511425", level: ${level}) { name shortName } }`, undefined, tokens.county);
    for (const x of d.data?.divisions ?? []) stored.push(x.name, x.shortName);
  }
  const a = await gql<{ areas: { name: string; chiefName: string }[] }>(p.url, `{ areas(divisionCode: "${VILLAGE}") { name chiefName } }`, undefined, tokens.cadre);
  for (const x of a.data?.areas ?? []) stored.push(x.name, x.chiefName);
  let after: string | null = null;
  do {
    const h: { data?: { households: { nodes: { address: string; headName: string; residents: { name: string }[] }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } } } | null } = await gql(
      p.url,
      'query ($after: String) { households(divisionCode: "511425112201", first: 100, after: $after) { nodes { address headName residents { name } } pageInfo { endCursor hasNextPage } } }',
      { after },
      tokens.cadre,
    );
    for (const n of h.data?.households.nodes ?? []) stored.push(n.address, n.headName, ...n.residents.map((r) => r.name));
    after = h.data?.households.pageInfo.hasNextPage ? h.data.households.pageInfo.endCursor : null;
  } while (after);
  expect(stored.length).toBeGreaterThan(1000);
  expect(stored.filter((s) => FORBIDDEN.test(s))).toEqual([]);
});
