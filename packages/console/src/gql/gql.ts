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
    "\n  query VillageServiceOrders($code: String!, $state: ServiceOrderState, $overdue: Boolean, $first: Int!, $after: String) {\n    serviceOrders(divisionCode: $code, state: $state, overdue: $overdue, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { ...StaffOrderFields }\n    }\n  }\n": typeof types.VillageServiceOrdersDocument,
    "\n  fragment StaffOrderFields on ServiceOrder {\n    id\n    itemName\n    timeLimit\n    description\n    channel\n    state\n    placedAt\n    dueAt\n    overdue\n    escalationLevel\n    department\n    stars\n    ratingComment\n    contactPhone\n    timeline { to at by note }\n  }\n": typeof types.StaffOrderFieldsFragmentDoc,
    "\n  mutation TransitionServiceOrder($input: TransitionServiceOrderInput!) {\n    transitionServiceOrder(input: $input) { ...StaffOrderFields }\n  }\n": typeof types.TransitionServiceOrderDocument,
    "\n  query PublicVillage($code: String!, $kind: DisclosureKind, $first: Int!, $after: String) {\n    disclosures(divisionCode: $code, kind: $kind, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes {\n        id\n        kind\n        period\n        title\n        body\n        lines { label direction amountFen }\n        incomeTotalFen\n        expenseTotalFen\n        late\n        publishedAt\n      }\n    }\n    starCampaigns(divisionCode: $code, state: PUBLISHED) {\n      id\n      quarter\n      kind\n      publishedAt\n      winners { id nomineeName rank reason }\n    }\n  }\n": typeof types.PublicVillageDocument,
    "\n  query ScopeAlerts($scope: String!, $kinds: [AlertKind!], $first: Int!, $after: String) {\n    alerts(scope: $scope, kinds: $kinds, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { ...AlertFields }\n    }\n  }\n": typeof types.ScopeAlertsDocument,
    "\n  fragment AlertFields on Alert {\n    id\n    kind\n    since\n    detail\n    events\n    acknowledgedBy\n    acknowledgedAt\n    note\n    division { code name shortName }\n  }\n": typeof types.AlertFieldsFragmentDoc,
    "\n  mutation AcknowledgeAlert($input: AcknowledgeAlertInput!) {\n    acknowledgeAlert(input: $input) { ...AlertFields }\n  }\n": typeof types.AcknowledgeAlertDocument,
    "\n  query IndicatorTrend($code: String!, $indicators: [String!]!, $from: Date!, $to: Date!, $interval: TrendInterval!) {\n    trend(code: $code, indicators: $indicators, from: $from, to: $to, interval: $interval) {\n      indicator\n      points { date value sample }\n    }\n  }\n": typeof types.IndicatorTrendDocument,
    "\n  query TownshipVillages($code: String!) {\n    divisions(parentCode: $code, level: VILLAGE) { code name shortName }\n  }\n": typeof types.TownshipVillagesDocument,
    "\n  query TownshipListingPeriod($village: String!, $period: String!) {\n    listingPeriod(divisionCode: $village, period: $period) {\n      id\n      period\n      status\n      needs { id title }\n      resources { id title }\n      projects { ...FilingProjectFields }\n    }\n  }\n": typeof types.TownshipListingPeriodDocument,
    "\n  fragment FilingProjectFields on Project {\n    id\n    title\n    targets\n    budgetFen\n    dueOn\n    state\n    percent\n    needIds\n    resourceIds\n    timeline { to role note opinion at }\n  }\n": typeof types.FilingProjectFieldsFragmentDoc,
    "\n  mutation FileProject($input: AdvanceProjectInput!) {\n    advanceProject(input: $input) { ...FilingProjectFields }\n  }\n": typeof types.FileProjectDocument,
    "\n  query VillageHouseholds($code: String!, $first: Int!, $after: String) {\n    households(divisionCode: $code, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes {\n        id\n        address\n        headName\n        divisionCode\n        residents { id name gender birthYear relation idNumber phone }\n      }\n    }\n  }\n": typeof types.VillageHouseholdsDocument,
    "\n  mutation RevealResidentIdentity($input: RevealResidentIdentityInput!) {\n    revealResidentIdentity(input: $input) { residentId idNumber phone auditId }\n  }\n": typeof types.RevealResidentIdentityDocument,
    "\n  query VillageOverview($code: String!) {\n    division(code: $code) {\n      code\n      name\n      level\n      parent { code name parent { code name } }\n      ...DivisionIndicators\n    }\n    indicatorCatalogue { ...CatalogueFields }\n  }\n": typeof types.VillageOverviewDocument,
    "\n  query VillagerHome($village: String!, $county: String!, $from: DateTimeISO!) {\n    myHousehold { id address headName residents { id name } }\n    serviceCatalogue(countyCode: $county) { categories { id name items { id name timeLimit } } }\n    serviceOrders(divisionCode: $village, first: 20) {\n      totalCount\n      nodes { ...VillagerOrderFields }\n    }\n    activities(divisionCode: $village, from: $from) {\n      id kind title startsAt capacity signedUp waitlisted\n      venue { id name }\n      signUps { id residentId status position }\n    }\n    starCampaigns(divisionCode: $village, state: VOTING) {\n      id quarter kind votingClosesAt\n      nominations { id nomineeName reason struckReason }\n    }\n    wishes(divisionCode: $village) { id householdId beneficiary kind text state madeAt claimantName }\n  }\n": typeof types.VillagerHomeDocument,
    "\n  fragment VillagerOrderFields on ServiceOrder {\n    id\n    itemName\n    timeLimit\n    description\n    state\n    placedAt\n    dueAt\n    stars\n    ratingComment\n    timeline { to at by note }\n  }\n": typeof types.VillagerOrderFieldsFragmentDoc,
    "\n  mutation PlaceServiceOrder($input: PlaceServiceOrderInput!) {\n    placeServiceOrder(input: $input) { ...VillagerOrderFields }\n  }\n": typeof types.PlaceServiceOrderDocument,
    "\n  mutation RateServiceOrder($input: RateServiceOrderInput!) {\n    rateServiceOrder(input: $input) { ...VillagerOrderFields }\n  }\n": typeof types.RateServiceOrderDocument,
    "\n  mutation SignUpForActivity($input: SignUpForActivityInput!) {\n    signUpForActivity(input: $input) { id residentId status position }\n  }\n": typeof types.SignUpForActivityDocument,
    "\n  mutation CastStarVote($input: CastStarVoteInput!) {\n    castStarVote(input: $input) { id }\n  }\n": typeof types.CastStarVoteDocument,
    "\n  mutation MakeWish($input: MakeWishInput!) {\n    makeWish(input: $input) { id householdId beneficiary kind text state madeAt claimantName }\n  }\n": typeof types.MakeWishDocument,
};
const documents: Documents = {
    "\n  fragment IndicatorValueFields on IndicatorValue {\n    value\n    numerator\n    denominator\n    sample\n    asOf\n  }\n": types.IndicatorValueFieldsFragmentDoc,
    "\n  fragment DivisionIndicators on Division {\n    households { ...IndicatorValueFields }\n    residents { ...IndicatorValueFields }\n    areas { ...IndicatorValueFields }\n    areaChiefCoverage { ...IndicatorValueFields }\n  }\n": types.DivisionIndicatorsFragmentDoc,
    "\n  fragment CatalogueFields on Indicator {\n    id\n    name\n    definition\n    unit\n    direction\n    normalization\n    service\n    field\n    minSample\n  }\n": types.CatalogueFieldsFragmentDoc,
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      viewer { username role scope displayName }\n    }\n  }\n": types.SignInDocument,
    "\n  query VillageComparison($parentCode: String!, $withTownships: Boolean!) {\n    parent: division(code: $parentCode) { code name level }\n    townships: divisions(parentCode: $parentCode, level: TOWNSHIP) @include(if: $withTownships) { code name shortName }\n    villages: divisions(parentCode: $parentCode, level: VILLAGE) {\n      code\n      name\n      ...DivisionIndicators\n    }\n    indicatorCatalogue { ...CatalogueFields }\n  }\n": types.VillageComparisonDocument,
    "\n  query VillageServiceOrders($code: String!, $state: ServiceOrderState, $overdue: Boolean, $first: Int!, $after: String) {\n    serviceOrders(divisionCode: $code, state: $state, overdue: $overdue, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { ...StaffOrderFields }\n    }\n  }\n": types.VillageServiceOrdersDocument,
    "\n  fragment StaffOrderFields on ServiceOrder {\n    id\n    itemName\n    timeLimit\n    description\n    channel\n    state\n    placedAt\n    dueAt\n    overdue\n    escalationLevel\n    department\n    stars\n    ratingComment\n    contactPhone\n    timeline { to at by note }\n  }\n": types.StaffOrderFieldsFragmentDoc,
    "\n  mutation TransitionServiceOrder($input: TransitionServiceOrderInput!) {\n    transitionServiceOrder(input: $input) { ...StaffOrderFields }\n  }\n": types.TransitionServiceOrderDocument,
    "\n  query PublicVillage($code: String!, $kind: DisclosureKind, $first: Int!, $after: String) {\n    disclosures(divisionCode: $code, kind: $kind, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes {\n        id\n        kind\n        period\n        title\n        body\n        lines { label direction amountFen }\n        incomeTotalFen\n        expenseTotalFen\n        late\n        publishedAt\n      }\n    }\n    starCampaigns(divisionCode: $code, state: PUBLISHED) {\n      id\n      quarter\n      kind\n      publishedAt\n      winners { id nomineeName rank reason }\n    }\n  }\n": types.PublicVillageDocument,
    "\n  query ScopeAlerts($scope: String!, $kinds: [AlertKind!], $first: Int!, $after: String) {\n    alerts(scope: $scope, kinds: $kinds, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { ...AlertFields }\n    }\n  }\n": types.ScopeAlertsDocument,
    "\n  fragment AlertFields on Alert {\n    id\n    kind\n    since\n    detail\n    events\n    acknowledgedBy\n    acknowledgedAt\n    note\n    division { code name shortName }\n  }\n": types.AlertFieldsFragmentDoc,
    "\n  mutation AcknowledgeAlert($input: AcknowledgeAlertInput!) {\n    acknowledgeAlert(input: $input) { ...AlertFields }\n  }\n": types.AcknowledgeAlertDocument,
    "\n  query IndicatorTrend($code: String!, $indicators: [String!]!, $from: Date!, $to: Date!, $interval: TrendInterval!) {\n    trend(code: $code, indicators: $indicators, from: $from, to: $to, interval: $interval) {\n      indicator\n      points { date value sample }\n    }\n  }\n": types.IndicatorTrendDocument,
    "\n  query TownshipVillages($code: String!) {\n    divisions(parentCode: $code, level: VILLAGE) { code name shortName }\n  }\n": types.TownshipVillagesDocument,
    "\n  query TownshipListingPeriod($village: String!, $period: String!) {\n    listingPeriod(divisionCode: $village, period: $period) {\n      id\n      period\n      status\n      needs { id title }\n      resources { id title }\n      projects { ...FilingProjectFields }\n    }\n  }\n": types.TownshipListingPeriodDocument,
    "\n  fragment FilingProjectFields on Project {\n    id\n    title\n    targets\n    budgetFen\n    dueOn\n    state\n    percent\n    needIds\n    resourceIds\n    timeline { to role note opinion at }\n  }\n": types.FilingProjectFieldsFragmentDoc,
    "\n  mutation FileProject($input: AdvanceProjectInput!) {\n    advanceProject(input: $input) { ...FilingProjectFields }\n  }\n": types.FileProjectDocument,
    "\n  query VillageHouseholds($code: String!, $first: Int!, $after: String) {\n    households(divisionCode: $code, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes {\n        id\n        address\n        headName\n        divisionCode\n        residents { id name gender birthYear relation idNumber phone }\n      }\n    }\n  }\n": types.VillageHouseholdsDocument,
    "\n  mutation RevealResidentIdentity($input: RevealResidentIdentityInput!) {\n    revealResidentIdentity(input: $input) { residentId idNumber phone auditId }\n  }\n": types.RevealResidentIdentityDocument,
    "\n  query VillageOverview($code: String!) {\n    division(code: $code) {\n      code\n      name\n      level\n      parent { code name parent { code name } }\n      ...DivisionIndicators\n    }\n    indicatorCatalogue { ...CatalogueFields }\n  }\n": types.VillageOverviewDocument,
    "\n  query VillagerHome($village: String!, $county: String!, $from: DateTimeISO!) {\n    myHousehold { id address headName residents { id name } }\n    serviceCatalogue(countyCode: $county) { categories { id name items { id name timeLimit } } }\n    serviceOrders(divisionCode: $village, first: 20) {\n      totalCount\n      nodes { ...VillagerOrderFields }\n    }\n    activities(divisionCode: $village, from: $from) {\n      id kind title startsAt capacity signedUp waitlisted\n      venue { id name }\n      signUps { id residentId status position }\n    }\n    starCampaigns(divisionCode: $village, state: VOTING) {\n      id quarter kind votingClosesAt\n      nominations { id nomineeName reason struckReason }\n    }\n    wishes(divisionCode: $village) { id householdId beneficiary kind text state madeAt claimantName }\n  }\n": types.VillagerHomeDocument,
    "\n  fragment VillagerOrderFields on ServiceOrder {\n    id\n    itemName\n    timeLimit\n    description\n    state\n    placedAt\n    dueAt\n    stars\n    ratingComment\n    timeline { to at by note }\n  }\n": types.VillagerOrderFieldsFragmentDoc,
    "\n  mutation PlaceServiceOrder($input: PlaceServiceOrderInput!) {\n    placeServiceOrder(input: $input) { ...VillagerOrderFields }\n  }\n": types.PlaceServiceOrderDocument,
    "\n  mutation RateServiceOrder($input: RateServiceOrderInput!) {\n    rateServiceOrder(input: $input) { ...VillagerOrderFields }\n  }\n": types.RateServiceOrderDocument,
    "\n  mutation SignUpForActivity($input: SignUpForActivityInput!) {\n    signUpForActivity(input: $input) { id residentId status position }\n  }\n": types.SignUpForActivityDocument,
    "\n  mutation CastStarVote($input: CastStarVoteInput!) {\n    castStarVote(input: $input) { id }\n  }\n": types.CastStarVoteDocument,
    "\n  mutation MakeWish($input: MakeWishInput!) {\n    makeWish(input: $input) { id householdId beneficiary kind text state madeAt claimantName }\n  }\n": types.MakeWishDocument,
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
export function graphql(source: "\n  query VillageServiceOrders($code: String!, $state: ServiceOrderState, $overdue: Boolean, $first: Int!, $after: String) {\n    serviceOrders(divisionCode: $code, state: $state, overdue: $overdue, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { ...StaffOrderFields }\n    }\n  }\n"): (typeof documents)["\n  query VillageServiceOrders($code: String!, $state: ServiceOrderState, $overdue: Boolean, $first: Int!, $after: String) {\n    serviceOrders(divisionCode: $code, state: $state, overdue: $overdue, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { ...StaffOrderFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffOrderFields on ServiceOrder {\n    id\n    itemName\n    timeLimit\n    description\n    channel\n    state\n    placedAt\n    dueAt\n    overdue\n    escalationLevel\n    department\n    stars\n    ratingComment\n    contactPhone\n    timeline { to at by note }\n  }\n"): (typeof documents)["\n  fragment StaffOrderFields on ServiceOrder {\n    id\n    itemName\n    timeLimit\n    description\n    channel\n    state\n    placedAt\n    dueAt\n    overdue\n    escalationLevel\n    department\n    stars\n    ratingComment\n    contactPhone\n    timeline { to at by note }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransitionServiceOrder($input: TransitionServiceOrderInput!) {\n    transitionServiceOrder(input: $input) { ...StaffOrderFields }\n  }\n"): (typeof documents)["\n  mutation TransitionServiceOrder($input: TransitionServiceOrderInput!) {\n    transitionServiceOrder(input: $input) { ...StaffOrderFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicVillage($code: String!, $kind: DisclosureKind, $first: Int!, $after: String) {\n    disclosures(divisionCode: $code, kind: $kind, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes {\n        id\n        kind\n        period\n        title\n        body\n        lines { label direction amountFen }\n        incomeTotalFen\n        expenseTotalFen\n        late\n        publishedAt\n      }\n    }\n    starCampaigns(divisionCode: $code, state: PUBLISHED) {\n      id\n      quarter\n      kind\n      publishedAt\n      winners { id nomineeName rank reason }\n    }\n  }\n"): (typeof documents)["\n  query PublicVillage($code: String!, $kind: DisclosureKind, $first: Int!, $after: String) {\n    disclosures(divisionCode: $code, kind: $kind, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes {\n        id\n        kind\n        period\n        title\n        body\n        lines { label direction amountFen }\n        incomeTotalFen\n        expenseTotalFen\n        late\n        publishedAt\n      }\n    }\n    starCampaigns(divisionCode: $code, state: PUBLISHED) {\n      id\n      quarter\n      kind\n      publishedAt\n      winners { id nomineeName rank reason }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScopeAlerts($scope: String!, $kinds: [AlertKind!], $first: Int!, $after: String) {\n    alerts(scope: $scope, kinds: $kinds, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { ...AlertFields }\n    }\n  }\n"): (typeof documents)["\n  query ScopeAlerts($scope: String!, $kinds: [AlertKind!], $first: Int!, $after: String) {\n    alerts(scope: $scope, kinds: $kinds, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { ...AlertFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AlertFields on Alert {\n    id\n    kind\n    since\n    detail\n    events\n    acknowledgedBy\n    acknowledgedAt\n    note\n    division { code name shortName }\n  }\n"): (typeof documents)["\n  fragment AlertFields on Alert {\n    id\n    kind\n    since\n    detail\n    events\n    acknowledgedBy\n    acknowledgedAt\n    note\n    division { code name shortName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeAlert($input: AcknowledgeAlertInput!) {\n    acknowledgeAlert(input: $input) { ...AlertFields }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeAlert($input: AcknowledgeAlertInput!) {\n    acknowledgeAlert(input: $input) { ...AlertFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorTrend($code: String!, $indicators: [String!]!, $from: Date!, $to: Date!, $interval: TrendInterval!) {\n    trend(code: $code, indicators: $indicators, from: $from, to: $to, interval: $interval) {\n      indicator\n      points { date value sample }\n    }\n  }\n"): (typeof documents)["\n  query IndicatorTrend($code: String!, $indicators: [String!]!, $from: Date!, $to: Date!, $interval: TrendInterval!) {\n    trend(code: $code, indicators: $indicators, from: $from, to: $to, interval: $interval) {\n      indicator\n      points { date value sample }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TownshipVillages($code: String!) {\n    divisions(parentCode: $code, level: VILLAGE) { code name shortName }\n  }\n"): (typeof documents)["\n  query TownshipVillages($code: String!) {\n    divisions(parentCode: $code, level: VILLAGE) { code name shortName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TownshipListingPeriod($village: String!, $period: String!) {\n    listingPeriod(divisionCode: $village, period: $period) {\n      id\n      period\n      status\n      needs { id title }\n      resources { id title }\n      projects { ...FilingProjectFields }\n    }\n  }\n"): (typeof documents)["\n  query TownshipListingPeriod($village: String!, $period: String!) {\n    listingPeriod(divisionCode: $village, period: $period) {\n      id\n      period\n      status\n      needs { id title }\n      resources { id title }\n      projects { ...FilingProjectFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FilingProjectFields on Project {\n    id\n    title\n    targets\n    budgetFen\n    dueOn\n    state\n    percent\n    needIds\n    resourceIds\n    timeline { to role note opinion at }\n  }\n"): (typeof documents)["\n  fragment FilingProjectFields on Project {\n    id\n    title\n    targets\n    budgetFen\n    dueOn\n    state\n    percent\n    needIds\n    resourceIds\n    timeline { to role note opinion at }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FileProject($input: AdvanceProjectInput!) {\n    advanceProject(input: $input) { ...FilingProjectFields }\n  }\n"): (typeof documents)["\n  mutation FileProject($input: AdvanceProjectInput!) {\n    advanceProject(input: $input) { ...FilingProjectFields }\n  }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VillagerHome($village: String!, $county: String!, $from: DateTimeISO!) {\n    myHousehold { id address headName residents { id name } }\n    serviceCatalogue(countyCode: $county) { categories { id name items { id name timeLimit } } }\n    serviceOrders(divisionCode: $village, first: 20) {\n      totalCount\n      nodes { ...VillagerOrderFields }\n    }\n    activities(divisionCode: $village, from: $from) {\n      id kind title startsAt capacity signedUp waitlisted\n      venue { id name }\n      signUps { id residentId status position }\n    }\n    starCampaigns(divisionCode: $village, state: VOTING) {\n      id quarter kind votingClosesAt\n      nominations { id nomineeName reason struckReason }\n    }\n    wishes(divisionCode: $village) { id householdId beneficiary kind text state madeAt claimantName }\n  }\n"): (typeof documents)["\n  query VillagerHome($village: String!, $county: String!, $from: DateTimeISO!) {\n    myHousehold { id address headName residents { id name } }\n    serviceCatalogue(countyCode: $county) { categories { id name items { id name timeLimit } } }\n    serviceOrders(divisionCode: $village, first: 20) {\n      totalCount\n      nodes { ...VillagerOrderFields }\n    }\n    activities(divisionCode: $village, from: $from) {\n      id kind title startsAt capacity signedUp waitlisted\n      venue { id name }\n      signUps { id residentId status position }\n    }\n    starCampaigns(divisionCode: $village, state: VOTING) {\n      id quarter kind votingClosesAt\n      nominations { id nomineeName reason struckReason }\n    }\n    wishes(divisionCode: $village) { id householdId beneficiary kind text state madeAt claimantName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VillagerOrderFields on ServiceOrder {\n    id\n    itemName\n    timeLimit\n    description\n    state\n    placedAt\n    dueAt\n    stars\n    ratingComment\n    timeline { to at by note }\n  }\n"): (typeof documents)["\n  fragment VillagerOrderFields on ServiceOrder {\n    id\n    itemName\n    timeLimit\n    description\n    state\n    placedAt\n    dueAt\n    stars\n    ratingComment\n    timeline { to at by note }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlaceServiceOrder($input: PlaceServiceOrderInput!) {\n    placeServiceOrder(input: $input) { ...VillagerOrderFields }\n  }\n"): (typeof documents)["\n  mutation PlaceServiceOrder($input: PlaceServiceOrderInput!) {\n    placeServiceOrder(input: $input) { ...VillagerOrderFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateServiceOrder($input: RateServiceOrderInput!) {\n    rateServiceOrder(input: $input) { ...VillagerOrderFields }\n  }\n"): (typeof documents)["\n  mutation RateServiceOrder($input: RateServiceOrderInput!) {\n    rateServiceOrder(input: $input) { ...VillagerOrderFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUpForActivity($input: SignUpForActivityInput!) {\n    signUpForActivity(input: $input) { id residentId status position }\n  }\n"): (typeof documents)["\n  mutation SignUpForActivity($input: SignUpForActivityInput!) {\n    signUpForActivity(input: $input) { id residentId status position }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CastStarVote($input: CastStarVoteInput!) {\n    castStarVote(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation CastStarVote($input: CastStarVoteInput!) {\n    castStarVote(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MakeWish($input: MakeWishInput!) {\n    makeWish(input: $input) { id householdId beneficiary kind text state madeAt claimantName }\n  }\n"): (typeof documents)["\n  mutation MakeWish($input: MakeWishInput!) {\n    makeWish(input: $input) { id householdId beneficiary kind text state madeAt claimantName }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;