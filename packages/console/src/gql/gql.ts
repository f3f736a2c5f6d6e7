/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment IndicatorValueFields on IndicatorValue {\n    value\n    numerator\n    denominator\n    sample\n    asOf\n  }\n": typeof types.IndicatorValueFieldsFragmentDoc,
    "\n  fragment DivisionIndicators on Division {\n    households { ...IndicatorValueFields }\n    residents { ...IndicatorValueFields }\n    areas { ...IndicatorValueFields }\n    areaChiefCoverage { ...IndicatorValueFields }\n  }\n": typeof types.DivisionIndicatorsFragmentDoc,
    "\n  fragment CatalogueFields on Indicator {\n    id\n    name\n    definition\n    unit\n    direction\n    normalization\n    service\n    field\n    minSample\n  }\n": typeof types.CatalogueFieldsFragmentDoc,
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      viewer { username role scope displayName }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  query VillageComparison($parentCode: String!, $withTownships: Boolean!) {\n    parent: division(code: $parentCode) { code name level }\n    townships: divisions(parentCode: $parentCode, level: TOWNSHIP) @include(if: $withTownships) { code name shortName }\n    villages: divisions(parentCode: $parentCode, level: VILLAGE) {\n      code\n      name\n      ...DivisionIndicators\n    }\n    indicatorCatalogue { ...CatalogueFields }\n  }\n": typeof types.VillageComparisonDocument,
    "\n  query VillageHouseholds($code: String!, $first: Int!, $after: String) {\n    households(divisionCode: $code, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes {\n        id\n        address\n        headName\n        divisionCode\n        residents { id name gender birthYear relation idNumber phone }\n      }\n    }\n  }\n": typeof types.VillageHouseholdsDocument,
    "\n  mutation RevealResidentIdentity($input: RevealResidentIdentityInput!) {\n    revealResidentIdentity(input: $input) { residentId idNumber phone auditId }\n  }\n": typeof types.RevealResidentIdentityDocument,
    "\n  query VillageOverview($code: String!) {\n    division(code: $code) {\n      code\n      name\n      level\n      parent { code name parent { code name } }\n      ...DivisionIndicators\n    }\n    indicatorCatalogue { ...CatalogueFields }\n  }\n": typeof types.VillageOverviewDocument,
};
const documents: Documents = {
    "\n  fragment IndicatorValueFields on IndicatorValue {\n    value\n    numerator\n    denominator\n    sample\n    asOf\n  }\n": types.IndicatorValueFieldsFragmentDoc,
    "\n  fragment DivisionIndicators on Division {\n    households { ...IndicatorValueFields }\n    residents { ...IndicatorValueFields }\n    areas { ...IndicatorValueFields }\n    areaChiefCoverage { ...IndicatorValueFields }\n  }\n": types.DivisionIndicatorsFragmentDoc,
    "\n  fragment CatalogueFields on Indicator {\n    id\n    name\n    definition\n    unit\n    direction\n    normalization\n    service\n    field\n    minSample\n  }\n": types.CatalogueFieldsFragmentDoc,
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      viewer { username role scope displayName }\n    }\n  }\n": types.SignInDocument,
    "\n  query VillageComparison($parentCode: String!, $withTownships: Boolean!) {\n    parent: division(code: $parentCode) { code name level }\n    townships: divisions(parentCode: $parentCode, level: TOWNSHIP) @include(if: $withTownships) { code name shortName }\n    villages: divisions(parentCode: $parentCode, level: VILLAGE) {\n      code\n      name\n      ...DivisionIndicators\n    }\n    indicatorCatalogue { ...CatalogueFields }\n  }\n": types.VillageComparisonDocument,
    "\n  query VillageHouseholds($code: String!, $first: Int!, $after: String) {\n    households(divisionCode: $code, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes {\n        id\n        address\n        headName\n        divisionCode\n        residents { id name gender birthYear relation idNumber phone }\n      }\n    }\n  }\n": types.VillageHouseholdsDocument,
    "\n  mutation RevealResidentIdentity($input: RevealResidentIdentityInput!) {\n    revealResidentIdentity(input: $input) { residentId idNumber phone auditId }\n  }\n": types.RevealResidentIdentityDocument,
    "\n  query VillageOverview($code: String!) {\n    division(code: $code) {\n      code\n      name\n      level\n      parent { code name parent { code name } }\n      ...DivisionIndicators\n    }\n    indicatorCatalogue { ...CatalogueFields }\n  }\n": types.VillageOverviewDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IndicatorValueFields on IndicatorValue {\n    value\n    numerator\n    denominator\n    sample\n    asOf\n  }\n"): (typeof documents)["\n  fragment IndicatorValueFields on IndicatorValue {\n    value\n    numerator\n    denominator\n    sample\n    asOf\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DivisionIndicators on Division {\n    households { ...IndicatorValueFields }\n    residents { ...IndicatorValueFields }\n    areas { ...IndicatorValueFields }\n    areaChiefCoverage { ...IndicatorValueFields }\n  }\n"): (typeof documents)["\n  fragment DivisionIndicators on Division {\n    households { ...IndicatorValueFields }\n    residents { ...IndicatorValueFields }\n    areas { ...IndicatorValueFields }\n    areaChiefCoverage { ...IndicatorValueFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CatalogueFields on Indicator {\n    id\n    name\n    definition\n    unit\n    direction\n    normalization\n    service\n    field\n    minSample\n  }\n"): (typeof documents)["\n  fragment CatalogueFields on Indicator {\n    id\n    name\n    definition\n    unit\n    direction\n    normalization\n    service\n    field\n    minSample\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      viewer { username role scope displayName }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      viewer { username role scope displayName }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VillageComparison($parentCode: String!, $withTownships: Boolean!) {\n    parent: division(code: $parentCode) { code name level }\n    townships: divisions(parentCode: $parentCode, level: TOWNSHIP) @include(if: $withTownships) { code name shortName }\n    villages: divisions(parentCode: $parentCode, level: VILLAGE) {\n      code\n      name\n      ...DivisionIndicators\n    }\n    indicatorCatalogue { ...CatalogueFields }\n  }\n"): (typeof documents)["\n  query VillageComparison($parentCode: String!, $withTownships: Boolean!) {\n    parent: division(code: $parentCode) { code name level }\n    townships: divisions(parentCode: $parentCode, level: TOWNSHIP) @include(if: $withTownships) { code name shortName }\n    villages: divisions(parentCode: $parentCode, level: VILLAGE) {\n      code\n      name\n      ...DivisionIndicators\n    }\n    indicatorCatalogue { ...CatalogueFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VillageHouseholds($code: String!, $first: Int!, $after: String) {\n    households(divisionCode: $code, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes {\n        id\n        address\n        headName\n        divisionCode\n        residents { id name gender birthYear relation idNumber phone }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VillageHouseholds($code: String!, $first: Int!, $after: String) {\n    households(divisionCode: $code, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes {\n        id\n        address\n        headName\n        divisionCode\n        residents { id name gender birthYear relation idNumber phone }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevealResidentIdentity($input: RevealResidentIdentityInput!) {\n    revealResidentIdentity(input: $input) { residentId idNumber phone auditId }\n  }\n"): (typeof documents)["\n  mutation RevealResidentIdentity($input: RevealResidentIdentityInput!) {\n    revealResidentIdentity(input: $input) { residentId idNumber phone auditId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VillageOverview($code: String!) {\n    division(code: $code) {\n      code\n      name\n      level\n      parent { code name parent { code name } }\n      ...DivisionIndicators\n    }\n    indicatorCatalogue { ...CatalogueFields }\n  }\n"): (typeof documents)["\n  query VillageOverview($code: String!) {\n    division(code: $code) {\n      code\n      name\n      level\n      parent { code name parent { code name } }\n      ...DivisionIndicators\n    }\n    indicatorCatalogue { ...CatalogueFields }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;