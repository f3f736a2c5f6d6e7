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
    "\n  query VillageAreas($code: String!) {\n    areas(divisionCode: $code) {\n      id\n      name\n      divisionCode\n      chiefName\n      chiefPhone\n      householdCount\n      sizeWarning\n    }\n  }\n": typeof types.VillageAreasDocument,
    "\n  query AreaRecords($areaId: ID!, $kind: AreaRecordKind) {\n    areaRecords(areaId: $areaId, kind: $kind) { ...AreaRecordFields }\n  }\n": typeof types.AreaRecordsDocument,
    "\n  fragment AreaRecordFields on AreaRecord {\n    id\n    kind\n    recordedOn\n    text\n    householdIds\n    followUpOn\n    recordedBy\n  }\n": typeof types.AreaRecordFieldsFragmentDoc,
    "\n  query AreaHouseholds($code: String!, $areaId: ID!, $first: Int!) {\n    households(divisionCode: $code, areaId: $areaId, first: $first) {\n      totalCount\n      nodes { id headName address }\n    }\n  }\n": typeof types.AreaHouseholdsDocument,
    "\n  mutation RecordAreaRecord($input: RecordAreaRecordInput!) {\n    recordAreaRecord(input: $input) { ...AreaRecordFields }\n  }\n": typeof types.RecordAreaRecordDocument,
    "\n  query VillageConsultations($code: String!, $kind: ConsultationKind) {\n    consultations(divisionCode: $code, kind: $kind) {\n      id\n      topic\n      kind\n      raisedBy\n      status\n      heldAt\n      attendance\n      groupsPresent\n      views\n      outcome\n      venue { id name }\n      followUps { id action owner dueOn doneAt }\n    }\n  }\n": typeof types.VillageConsultationsDocument,
    "\n  query VillageDecisions($code: String!) {\n    decisions(divisionCode: $code) {\n      id\n      title\n      major\n      stage\n      nextStage\n      status\n      createdAt\n      resolutionDisclosureOverdue\n    }\n  }\n": typeof types.VillageDecisionsDocument,
    "\n  query VillageDecision($id: ID!) {\n    decision(id: $id) {\n      id\n      title\n      matter\n      major\n      stage\n      nextStage\n      status\n      createdAt\n      resolutionDisclosureDueAt\n      resolutionDisclosureOverdue\n      records { id stage outcome heldAt eligible present votesFor votesAgainst abstentions implementedAt late }\n      objections { id atStage text answer raisedAt answeredAt }\n    }\n  }\n": typeof types.VillageDecisionDocument,
    "\n  mutation RecordDecisionStage($input: RecordDecisionStageInput!) {\n    recordDecisionStage(input: $input) { id stage outcome }\n  }\n": typeof types.RecordDecisionStageDocument,
    "\n  query VillageDisclosures($code: String!, $kind: DisclosureKind, $first: Int!, $after: String) {\n    disclosureStatus(divisionCode: $code) { kind lastPublishedAt nextPeriod dueAt overdue }\n    disclosures(divisionCode: $code, kind: $kind, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { ...DisclosureItemFields }\n    }\n  }\n": typeof types.VillageDisclosuresDocument,
    "\n  query VillageListingPeriod($code: String!, $period: String!) {\n    listingPeriod(divisionCode: $code, period: $period) {\n      id\n      period\n      status\n      publishedAt\n      needs { id title category source status }\n      resources { id title kind provider amountFen }\n      projects { id title budgetFen state percent dueOn }\n    }\n  }\n": typeof types.VillageListingPeriodDocument,
    "\n  query VillageComparison($parentCode: String!, $withTownships: Boolean!) {\n    parent: division(code: $parentCode) { code name level }\n    townships: divisions(parentCode: $parentCode, level: TOWNSHIP) @include(if: $withTownships) { code name shortName }\n    villages: divisions(parentCode: $parentCode, level: VILLAGE) {\n      code\n      name\n      ...DivisionIndicators\n    }\n    indicatorCatalogue { ...CatalogueFields }\n  }\n": typeof types.VillageComparisonDocument,
    "\n  query ElevatedSupervisions($code: String!) {\n    elevatedSupervisions(divisionCode: $code) {\n      id\n      villageCode\n      reason\n      fromOn\n      toOn\n      flaggedBy\n      endedOn\n      endReason\n      inForce\n    }\n    villages: divisions(parentCode: $code, level: VILLAGE) { code name shortName }\n  }\n": typeof types.ElevatedSupervisionsDocument,
    "\n  query VillageServiceOrders($code: String!, $state: ServiceOrderState, $overdue: Boolean, $first: Int!, $after: String) {\n    serviceOrders(divisionCode: $code, state: $state, overdue: $overdue, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { ...StaffOrderFields }\n    }\n  }\n": typeof types.VillageServiceOrdersDocument,
    "\n  fragment StaffOrderFields on ServiceOrder {\n    id\n    itemName\n    timeLimit\n    description\n    channel\n    state\n    placedAt\n    dueAt\n    overdue\n    escalationLevel\n    department\n    stars\n    ratingComment\n    contactPhone\n    timeline { to at by note }\n  }\n": typeof types.StaffOrderFieldsFragmentDoc,
    "\n  mutation TransitionServiceOrder($input: TransitionServiceOrderInput!) {\n    transitionServiceOrder(input: $input) { ...StaffOrderFields }\n  }\n": typeof types.TransitionServiceOrderDocument,
    "\n  query VillageParty($code: String!) {\n    division(code: $code) { code name }\n    partyOrganizations(divisionCode: $code) { id name kind divisionCode memberCount parent { id } }\n    communityOrganizations(divisionCode: $code) { id name kind status description active lastMetOn memberCount }\n    incubationFund(divisionCode: $code) {\n      balanceFen\n      contributedFen\n      grantedFen\n      transactions { id kind amountFen deltaFen source donor organizationId purpose reason recordedBy createdAt }\n    }\n  }\n": typeof types.VillagePartyDocument,
    "\n  query VillagePartyMembers($code: String!, $first: Int!, $after: String) {\n    partyMembers(divisionCode: $code, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id name status joinedOn organization { id name } }\n    }\n  }\n": typeof types.VillagePartyMembersDocument,
    "\n  query PublicVillage($code: String!, $kind: DisclosureKind, $first: Int!, $after: String) {\n    publicDivision(code: $code) { code name }\n    disclosures(divisionCode: $code, kind: $kind, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { ...DisclosureItemFields }\n    }\n    starCampaigns(divisionCode: $code, state: PUBLISHED) {\n      id\n      quarter\n      kind\n      publishedAt\n      winners { id nomineeName rank reason }\n    }\n  }\n": typeof types.PublicVillageDocument,
    "\n  query ScopeAlerts($scope: String!, $kinds: [AlertKind!], $first: Int!, $after: String) {\n    alerts(scope: $scope, kinds: $kinds, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { ...AlertFields }\n    }\n  }\n": typeof types.ScopeAlertsDocument,
    "\n  fragment AlertFields on Alert {\n    id\n    kind\n    since\n    detail\n    events\n    acknowledgedBy\n    acknowledgedAt\n    note\n    division { code name shortName }\n  }\n": typeof types.AlertFieldsFragmentDoc,
    "\n  mutation AcknowledgeAlert($input: AcknowledgeAlertInput!) {\n    acknowledgeAlert(input: $input) { ...AlertFields }\n  }\n": typeof types.AcknowledgeAlertDocument,
    "\n  query IndicatorTrend($code: String!, $indicators: [String!]!, $from: Date!, $to: Date!, $interval: TrendInterval!) {\n    trend(code: $code, indicators: $indicators, from: $from, to: $to, interval: $interval) {\n      indicator\n      points { date value sample }\n    }\n  }\n": typeof types.IndicatorTrendDocument,
    "\n  query TownshipAssessments($code: String!, $overdueOnly: Boolean!) {\n    assessments(divisionCode: $code) {\n      id\n      villageCode\n      kind\n      period\n      openedBy\n      steps { step score findings recordedOn }\n    }\n    rectificationItems(divisionCode: $code, overdueOnly: $overdueOnly) { ...RectificationFields }\n    villages: divisions(parentCode: $code, level: VILLAGE) { code name shortName }\n  }\n": typeof types.TownshipAssessmentsDocument,
    "\n  fragment RectificationFields on RectificationItem {\n    id\n    assessmentId\n    villageCode\n    description\n    owner\n    dueOn\n    completedOn\n    overdue\n  }\n": typeof types.RectificationFieldsFragmentDoc,
    "\n  mutation RecordAssessmentStep($input: RecordAssessmentStepInput!) {\n    recordAssessmentStep(input: $input) { id steps { step score findings recordedOn } }\n  }\n": typeof types.RecordAssessmentStepDocument,
    "\n  mutation AddRectificationItem($input: AddRectificationItemInput!) {\n    addRectificationItem(input: $input) { ...RectificationFields }\n  }\n": typeof types.AddRectificationItemDocument,
    "\n  mutation CompleteRectificationItem($input: CompleteRectificationItemInput!) {\n    completeRectificationItem(input: $input) { ...RectificationFields }\n  }\n": typeof types.CompleteRectificationItemDocument,
    "\n  query FilingQueue($code: String!, $first: Int!, $after: String) {\n    projects(divisionCode: $code, state: COMMITTEE_REVIEWED, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { ...FilingProjectFields divisionCode createdAt }\n    }\n    villages: divisions(parentCode: $code, level: VILLAGE) { code name shortName }\n  }\n": typeof types.FilingQueueDocument,
    "\n  query OverdueWork($code: String!) {\n    overdueFollowUps(divisionCode: $code) { id divisionCode action owner dueOn doneAt }\n    villages: divisions(parentCode: $code, level: VILLAGE) {\n      code\n      name\n      shortName\n      overdueDisclosures { ...IndicatorValueFields }\n      disclosuresOnTimeRate { ...IndicatorValueFields }\n    }\n  }\n": typeof types.OverdueWorkDocument,
    "\n  query VillageDisclosureStatus($village: String!) {\n    disclosureStatus(divisionCode: $village) { kind lastPublishedAt nextPeriod dueAt overdue }\n  }\n": typeof types.VillageDisclosureStatusDocument,
    "\n  mutation CompleteFollowUp($id: ID!) {\n    completeFollowUp(followUpId: $id) { id doneAt }\n  }\n": typeof types.CompleteFollowUpDocument,
    "\n  query TownshipVillages($code: String!) {\n    divisions(parentCode: $code, level: VILLAGE) { code name shortName }\n  }\n": typeof types.TownshipVillagesDocument,
    "\n  query TownshipListingPeriod($village: String!, $period: String!) {\n    listingPeriod(divisionCode: $village, period: $period) {\n      id\n      period\n      status\n      needs { id title }\n      resources { id title }\n      projects { ...FilingProjectFields }\n    }\n  }\n": typeof types.TownshipListingPeriodDocument,
    "\n  fragment FilingProjectFields on Project {\n    id\n    title\n    targets\n    budgetFen\n    dueOn\n    state\n    percent\n    needIds\n    resourceIds\n    timeline { to role note opinion at }\n  }\n": typeof types.FilingProjectFieldsFragmentDoc,
    "\n  mutation FileProject($input: AdvanceProjectInput!) {\n    advanceProject(input: $input) { ...FilingProjectFields }\n  }\n": typeof types.FileProjectDocument,
    "\n  fragment DisclosureItemFields on Disclosure {\n    id\n    kind\n    period\n    title\n    body\n    lines { label direction amountFen }\n    incomeTotalFen\n    expenseTotalFen\n    late\n    publishedAt\n  }\n": typeof types.DisclosureItemFieldsFragmentDoc,
    "\n  query VillageHouseholds($code: String!, $first: Int!, $after: String) {\n    households(divisionCode: $code, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes {\n        id\n        address\n        headName\n        divisionCode\n        residents { id name gender birthYear relation idNumber phone }\n      }\n    }\n  }\n": typeof types.VillageHouseholdsDocument,
    "\n  mutation RevealResidentIdentity($input: RevealResidentIdentityInput!) {\n    revealResidentIdentity(input: $input) { residentId idNumber phone auditId }\n  }\n": typeof types.RevealResidentIdentityDocument,
    "\n  query RegisterImportJob($id: ID!) {\n    importJob(id: $id) {\n      id\n      mode\n      status\n      processedRows\n      totalRows\n      importedHouseholds\n      report { row column code message }\n    }\n  }\n": typeof types.RegisterImportJobDocument,
    "\n  query VillageStarCampaigns($code: String!) {\n    starCampaigns(divisionCode: $code) {\n      id quarter kind state winnerCount dueAt publishedAt\n      nominations { id struckReason }\n      winners { id nomineeName rank }\n    }\n  }\n": typeof types.VillageStarCampaignsDocument,
    "\n  query VillageWishes($code: String!, $state: WishState) {\n    wishes(divisionCode: $code, state: $state) { id wisherName beneficiary kind text state madeAt claimantName claimedAt fulfilledAt }\n  }\n": typeof types.VillageWishesDocument,
    "\n  query VillageVenues($code: String!) {\n    venues(divisionCode: $code) { id kind name address functions capacity openingHours }\n  }\n": typeof types.VillageVenuesDocument,
    "\n  query VillageActivities($code: String!, $from: DateTimeISO!, $to: DateTimeISO!, $kind: ActivityKind) {\n    activities(divisionCode: $code, from: $from, to: $to, kind: $kind) { ...ActivitySummaryFields summary }\n  }\n": typeof types.VillageActivitiesDocument,
    "\n  query VillageOverview($code: String!) {\n    division(code: $code) {\n      code\n      name\n      level\n      parent { code name parent { code name } }\n      ...DivisionIndicators\n    }\n    indicatorCatalogue { ...CatalogueFields }\n  }\n": typeof types.VillageOverviewDocument,
    "\n  fragment ActivitySummaryFields on Activity {\n    id\n    kind\n    title\n    startsAt\n    capacity\n    signedUp\n    waitlisted\n    venue { id name }\n  }\n": typeof types.ActivitySummaryFieldsFragmentDoc,
    "\n  query VillagerHome($village: String!, $county: String!, $from: DateTimeISO!) {\n    myHousehold { id address headName residents { id name } }\n    serviceCatalogue(countyCode: $county) { categories { id name items { id name timeLimit } } }\n    serviceOrders(divisionCode: $village, first: 20) {\n      totalCount\n      nodes { ...VillagerOrderFields }\n    }\n    activities(divisionCode: $village, from: $from) {\n      ...ActivitySummaryFields\n      signUps { id residentId status position }\n    }\n    starCampaigns(divisionCode: $village, state: VOTING) {\n      id quarter kind votingClosesAt\n      nominations { id nomineeName reason struckReason }\n    }\n    wishes(divisionCode: $village) { id householdId beneficiary kind text state madeAt claimantName }\n  }\n": typeof types.VillagerHomeDocument,
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
    "\n  query VillageAreas($code: String!) {\n    areas(divisionCode: $code) {\n      id\n      name\n      divisionCode\n      chiefName\n      chiefPhone\n      householdCount\n      sizeWarning\n    }\n  }\n": types.VillageAreasDocument,
    "\n  query AreaRecords($areaId: ID!, $kind: AreaRecordKind) {\n    areaRecords(areaId: $areaId, kind: $kind) { ...AreaRecordFields }\n  }\n": types.AreaRecordsDocument,
    "\n  fragment AreaRecordFields on AreaRecord {\n    id\n    kind\n    recordedOn\n    text\n    householdIds\n    followUpOn\n    recordedBy\n  }\n": types.AreaRecordFieldsFragmentDoc,
    "\n  query AreaHouseholds($code: String!, $areaId: ID!, $first: Int!) {\n    households(divisionCode: $code, areaId: $areaId, first: $first) {\n      totalCount\n      nodes { id headName address }\n    }\n  }\n": types.AreaHouseholdsDocument,
    "\n  mutation RecordAreaRecord($input: RecordAreaRecordInput!) {\n    recordAreaRecord(input: $input) { ...AreaRecordFields }\n  }\n": types.RecordAreaRecordDocument,
    "\n  query VillageConsultations($code: String!, $kind: ConsultationKind) {\n    consultations(divisionCode: $code, kind: $kind) {\n      id\n      topic\n      kind\n      raisedBy\n      status\n      heldAt\n      attendance\n      groupsPresent\n      views\n      outcome\n      venue { id name }\n      followUps { id action owner dueOn doneAt }\n    }\n  }\n": types.VillageConsultationsDocument,
    "\n  query VillageDecisions($code: String!) {\n    decisions(divisionCode: $code) {\n      id\n      title\n      major\n      stage\n      nextStage\n      status\n      createdAt\n      resolutionDisclosureOverdue\n    }\n  }\n": types.VillageDecisionsDocument,
    "\n  query VillageDecision($id: ID!) {\n    decision(id: $id) {\n      id\n      title\n      matter\n      major\n      stage\n      nextStage\n      status\n      createdAt\n      resolutionDisclosureDueAt\n      resolutionDisclosureOverdue\n      records { id stage outcome heldAt eligible present votesFor votesAgainst abstentions implementedAt late }\n      objections { id atStage text answer raisedAt answeredAt }\n    }\n  }\n": types.VillageDecisionDocument,
    "\n  mutation RecordDecisionStage($input: RecordDecisionStageInput!) {\n    recordDecisionStage(input: $input) { id stage outcome }\n  }\n": types.RecordDecisionStageDocument,
    "\n  query VillageDisclosures($code: String!, $kind: DisclosureKind, $first: Int!, $after: String) {\n    disclosureStatus(divisionCode: $code) { kind lastPublishedAt nextPeriod dueAt overdue }\n    disclosures(divisionCode: $code, kind: $kind, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { ...DisclosureItemFields }\n    }\n  }\n": types.VillageDisclosuresDocument,
    "\n  query VillageListingPeriod($code: String!, $period: String!) {\n    listingPeriod(divisionCode: $code, period: $period) {\n      id\n      period\n      status\n      publishedAt\n      needs { id title category source status }\n      resources { id title kind provider amountFen }\n      projects { id title budgetFen state percent dueOn }\n    }\n  }\n": types.VillageListingPeriodDocument,
    "\n  query VillageComparison($parentCode: String!, $withTownships: Boolean!) {\n    parent: division(code: $parentCode) { code name level }\n    townships: divisions(parentCode: $parentCode, level: TOWNSHIP) @include(if: $withTownships) { code name shortName }\n    villages: divisions(parentCode: $parentCode, level: VILLAGE) {\n      code\n      name\n      ...DivisionIndicators\n    }\n    indicatorCatalogue { ...CatalogueFields }\n  }\n": types.VillageComparisonDocument,
    "\n  query ElevatedSupervisions($code: String!) {\n    elevatedSupervisions(divisionCode: $code) {\n      id\n      villageCode\n      reason\n      fromOn\n      toOn\n      flaggedBy\n      endedOn\n      endReason\n      inForce\n    }\n    villages: divisions(parentCode: $code, level: VILLAGE) { code name shortName }\n  }\n": types.ElevatedSupervisionsDocument,
    "\n  query VillageServiceOrders($code: String!, $state: ServiceOrderState, $overdue: Boolean, $first: Int!, $after: String) {\n    serviceOrders(divisionCode: $code, state: $state, overdue: $overdue, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { ...StaffOrderFields }\n    }\n  }\n": types.VillageServiceOrdersDocument,
    "\n  fragment StaffOrderFields on ServiceOrder {\n    id\n    itemName\n    timeLimit\n    description\n    channel\n    state\n    placedAt\n    dueAt\n    overdue\n    escalationLevel\n    department\n    stars\n    ratingComment\n    contactPhone\n    timeline { to at by note }\n  }\n": types.StaffOrderFieldsFragmentDoc,
    "\n  mutation TransitionServiceOrder($input: TransitionServiceOrderInput!) {\n    transitionServiceOrder(input: $input) { ...StaffOrderFields }\n  }\n": types.TransitionServiceOrderDocument,
    "\n  query VillageParty($code: String!) {\n    division(code: $code) { code name }\n    partyOrganizations(divisionCode: $code) { id name kind divisionCode memberCount parent { id } }\n    communityOrganizations(divisionCode: $code) { id name kind status description active lastMetOn memberCount }\n    incubationFund(divisionCode: $code) {\n      balanceFen\n      contributedFen\n      grantedFen\n      transactions { id kind amountFen deltaFen source donor organizationId purpose reason recordedBy createdAt }\n    }\n  }\n": types.VillagePartyDocument,
    "\n  query VillagePartyMembers($code: String!, $first: Int!, $after: String) {\n    partyMembers(divisionCode: $code, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id name status joinedOn organization { id name } }\n    }\n  }\n": types.VillagePartyMembersDocument,
    "\n  query PublicVillage($code: String!, $kind: DisclosureKind, $first: Int!, $after: String) {\n    publicDivision(code: $code) { code name }\n    disclosures(divisionCode: $code, kind: $kind, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { ...DisclosureItemFields }\n    }\n    starCampaigns(divisionCode: $code, state: PUBLISHED) {\n      id\n      quarter\n      kind\n      publishedAt\n      winners { id nomineeName rank reason }\n    }\n  }\n": types.PublicVillageDocument,
    "\n  query ScopeAlerts($scope: String!, $kinds: [AlertKind!], $first: Int!, $after: String) {\n    alerts(scope: $scope, kinds: $kinds, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { ...AlertFields }\n    }\n  }\n": types.ScopeAlertsDocument,
    "\n  fragment AlertFields on Alert {\n    id\n    kind\n    since\n    detail\n    events\n    acknowledgedBy\n    acknowledgedAt\n    note\n    division { code name shortName }\n  }\n": types.AlertFieldsFragmentDoc,
    "\n  mutation AcknowledgeAlert($input: AcknowledgeAlertInput!) {\n    acknowledgeAlert(input: $input) { ...AlertFields }\n  }\n": types.AcknowledgeAlertDocument,
    "\n  query IndicatorTrend($code: String!, $indicators: [String!]!, $from: Date!, $to: Date!, $interval: TrendInterval!) {\n    trend(code: $code, indicators: $indicators, from: $from, to: $to, interval: $interval) {\n      indicator\n      points { date value sample }\n    }\n  }\n": types.IndicatorTrendDocument,
    "\n  query TownshipAssessments($code: String!, $overdueOnly: Boolean!) {\n    assessments(divisionCode: $code) {\n      id\n      villageCode\n      kind\n      period\n      openedBy\n      steps { step score findings recordedOn }\n    }\n    rectificationItems(divisionCode: $code, overdueOnly: $overdueOnly) { ...RectificationFields }\n    villages: divisions(parentCode: $code, level: VILLAGE) { code name shortName }\n  }\n": types.TownshipAssessmentsDocument,
    "\n  fragment RectificationFields on RectificationItem {\n    id\n    assessmentId\n    villageCode\n    description\n    owner\n    dueOn\n    completedOn\n    overdue\n  }\n": types.RectificationFieldsFragmentDoc,
    "\n  mutation RecordAssessmentStep($input: RecordAssessmentStepInput!) {\n    recordAssessmentStep(input: $input) { id steps { step score findings recordedOn } }\n  }\n": types.RecordAssessmentStepDocument,
    "\n  mutation AddRectificationItem($input: AddRectificationItemInput!) {\n    addRectificationItem(input: $input) { ...RectificationFields }\n  }\n": types.AddRectificationItemDocument,
    "\n  mutation CompleteRectificationItem($input: CompleteRectificationItemInput!) {\n    completeRectificationItem(input: $input) { ...RectificationFields }\n  }\n": types.CompleteRectificationItemDocument,
    "\n  query FilingQueue($code: String!, $first: Int!, $after: String) {\n    projects(divisionCode: $code, state: COMMITTEE_REVIEWED, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { ...FilingProjectFields divisionCode createdAt }\n    }\n    villages: divisions(parentCode: $code, level: VILLAGE) { code name shortName }\n  }\n": types.FilingQueueDocument,
    "\n  query OverdueWork($code: String!) {\n    overdueFollowUps(divisionCode: $code) { id divisionCode action owner dueOn doneAt }\n    villages: divisions(parentCode: $code, level: VILLAGE) {\n      code\n      name\n      shortName\n      overdueDisclosures { ...IndicatorValueFields }\n      disclosuresOnTimeRate { ...IndicatorValueFields }\n    }\n  }\n": types.OverdueWorkDocument,
    "\n  query VillageDisclosureStatus($village: String!) {\n    disclosureStatus(divisionCode: $village) { kind lastPublishedAt nextPeriod dueAt overdue }\n  }\n": types.VillageDisclosureStatusDocument,
    "\n  mutation CompleteFollowUp($id: ID!) {\n    completeFollowUp(followUpId: $id) { id doneAt }\n  }\n": types.CompleteFollowUpDocument,
    "\n  query TownshipVillages($code: String!) {\n    divisions(parentCode: $code, level: VILLAGE) { code name shortName }\n  }\n": types.TownshipVillagesDocument,
    "\n  query TownshipListingPeriod($village: String!, $period: String!) {\n    listingPeriod(divisionCode: $village, period: $period) {\n      id\n      period\n      status\n      needs { id title }\n      resources { id title }\n      projects { ...FilingProjectFields }\n    }\n  }\n": types.TownshipListingPeriodDocument,
    "\n  fragment FilingProjectFields on Project {\n    id\n    title\n    targets\n    budgetFen\n    dueOn\n    state\n    percent\n    needIds\n    resourceIds\n    timeline { to role note opinion at }\n  }\n": types.FilingProjectFieldsFragmentDoc,
    "\n  mutation FileProject($input: AdvanceProjectInput!) {\n    advanceProject(input: $input) { ...FilingProjectFields }\n  }\n": types.FileProjectDocument,
    "\n  fragment DisclosureItemFields on Disclosure {\n    id\n    kind\n    period\n    title\n    body\n    lines { label direction amountFen }\n    incomeTotalFen\n    expenseTotalFen\n    late\n    publishedAt\n  }\n": types.DisclosureItemFieldsFragmentDoc,
    "\n  query VillageHouseholds($code: String!, $first: Int!, $after: String) {\n    households(divisionCode: $code, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes {\n        id\n        address\n        headName\n        divisionCode\n        residents { id name gender birthYear relation idNumber phone }\n      }\n    }\n  }\n": types.VillageHouseholdsDocument,
    "\n  mutation RevealResidentIdentity($input: RevealResidentIdentityInput!) {\n    revealResidentIdentity(input: $input) { residentId idNumber phone auditId }\n  }\n": types.RevealResidentIdentityDocument,
    "\n  query RegisterImportJob($id: ID!) {\n    importJob(id: $id) {\n      id\n      mode\n      status\n      processedRows\n      totalRows\n      importedHouseholds\n      report { row column code message }\n    }\n  }\n": types.RegisterImportJobDocument,
    "\n  query VillageStarCampaigns($code: String!) {\n    starCampaigns(divisionCode: $code) {\n      id quarter kind state winnerCount dueAt publishedAt\n      nominations { id struckReason }\n      winners { id nomineeName rank }\n    }\n  }\n": types.VillageStarCampaignsDocument,
    "\n  query VillageWishes($code: String!, $state: WishState) {\n    wishes(divisionCode: $code, state: $state) { id wisherName beneficiary kind text state madeAt claimantName claimedAt fulfilledAt }\n  }\n": types.VillageWishesDocument,
    "\n  query VillageVenues($code: String!) {\n    venues(divisionCode: $code) { id kind name address functions capacity openingHours }\n  }\n": types.VillageVenuesDocument,
    "\n  query VillageActivities($code: String!, $from: DateTimeISO!, $to: DateTimeISO!, $kind: ActivityKind) {\n    activities(divisionCode: $code, from: $from, to: $to, kind: $kind) { ...ActivitySummaryFields summary }\n  }\n": types.VillageActivitiesDocument,
    "\n  query VillageOverview($code: String!) {\n    division(code: $code) {\n      code\n      name\n      level\n      parent { code name parent { code name } }\n      ...DivisionIndicators\n    }\n    indicatorCatalogue { ...CatalogueFields }\n  }\n": types.VillageOverviewDocument,
    "\n  fragment ActivitySummaryFields on Activity {\n    id\n    kind\n    title\n    startsAt\n    capacity\n    signedUp\n    waitlisted\n    venue { id name }\n  }\n": types.ActivitySummaryFieldsFragmentDoc,
    "\n  query VillagerHome($village: String!, $county: String!, $from: DateTimeISO!) {\n    myHousehold { id address headName residents { id name } }\n    serviceCatalogue(countyCode: $county) { categories { id name items { id name timeLimit } } }\n    serviceOrders(divisionCode: $village, first: 20) {\n      totalCount\n      nodes { ...VillagerOrderFields }\n    }\n    activities(divisionCode: $village, from: $from) {\n      ...ActivitySummaryFields\n      signUps { id residentId status position }\n    }\n    starCampaigns(divisionCode: $village, state: VOTING) {\n      id quarter kind votingClosesAt\n      nominations { id nomineeName reason struckReason }\n    }\n    wishes(divisionCode: $village) { id householdId beneficiary kind text state madeAt claimantName }\n  }\n": types.VillagerHomeDocument,
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
export function graphql(source: "\n  query VillageAreas($code: String!) {\n    areas(divisionCode: $code) {\n      id\n      name\n      divisionCode\n      chiefName\n      chiefPhone\n      householdCount\n      sizeWarning\n    }\n  }\n"): (typeof documents)["\n  query VillageAreas($code: String!) {\n    areas(divisionCode: $code) {\n      id\n      name\n      divisionCode\n      chiefName\n      chiefPhone\n      householdCount\n      sizeWarning\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AreaRecords($areaId: ID!, $kind: AreaRecordKind) {\n    areaRecords(areaId: $areaId, kind: $kind) { ...AreaRecordFields }\n  }\n"): (typeof documents)["\n  query AreaRecords($areaId: ID!, $kind: AreaRecordKind) {\n    areaRecords(areaId: $areaId, kind: $kind) { ...AreaRecordFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AreaRecordFields on AreaRecord {\n    id\n    kind\n    recordedOn\n    text\n    householdIds\n    followUpOn\n    recordedBy\n  }\n"): (typeof documents)["\n  fragment AreaRecordFields on AreaRecord {\n    id\n    kind\n    recordedOn\n    text\n    householdIds\n    followUpOn\n    recordedBy\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AreaHouseholds($code: String!, $areaId: ID!, $first: Int!) {\n    households(divisionCode: $code, areaId: $areaId, first: $first) {\n      totalCount\n      nodes { id headName address }\n    }\n  }\n"): (typeof documents)["\n  query AreaHouseholds($code: String!, $areaId: ID!, $first: Int!) {\n    households(divisionCode: $code, areaId: $areaId, first: $first) {\n      totalCount\n      nodes { id headName address }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAreaRecord($input: RecordAreaRecordInput!) {\n    recordAreaRecord(input: $input) { ...AreaRecordFields }\n  }\n"): (typeof documents)["\n  mutation RecordAreaRecord($input: RecordAreaRecordInput!) {\n    recordAreaRecord(input: $input) { ...AreaRecordFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VillageConsultations($code: String!, $kind: ConsultationKind) {\n    consultations(divisionCode: $code, kind: $kind) {\n      id\n      topic\n      kind\n      raisedBy\n      status\n      heldAt\n      attendance\n      groupsPresent\n      views\n      outcome\n      venue { id name }\n      followUps { id action owner dueOn doneAt }\n    }\n  }\n"): (typeof documents)["\n  query VillageConsultations($code: String!, $kind: ConsultationKind) {\n    consultations(divisionCode: $code, kind: $kind) {\n      id\n      topic\n      kind\n      raisedBy\n      status\n      heldAt\n      attendance\n      groupsPresent\n      views\n      outcome\n      venue { id name }\n      followUps { id action owner dueOn doneAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VillageDecisions($code: String!) {\n    decisions(divisionCode: $code) {\n      id\n      title\n      major\n      stage\n      nextStage\n      status\n      createdAt\n      resolutionDisclosureOverdue\n    }\n  }\n"): (typeof documents)["\n  query VillageDecisions($code: String!) {\n    decisions(divisionCode: $code) {\n      id\n      title\n      major\n      stage\n      nextStage\n      status\n      createdAt\n      resolutionDisclosureOverdue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VillageDecision($id: ID!) {\n    decision(id: $id) {\n      id\n      title\n      matter\n      major\n      stage\n      nextStage\n      status\n      createdAt\n      resolutionDisclosureDueAt\n      resolutionDisclosureOverdue\n      records { id stage outcome heldAt eligible present votesFor votesAgainst abstentions implementedAt late }\n      objections { id atStage text answer raisedAt answeredAt }\n    }\n  }\n"): (typeof documents)["\n  query VillageDecision($id: ID!) {\n    decision(id: $id) {\n      id\n      title\n      matter\n      major\n      stage\n      nextStage\n      status\n      createdAt\n      resolutionDisclosureDueAt\n      resolutionDisclosureOverdue\n      records { id stage outcome heldAt eligible present votesFor votesAgainst abstentions implementedAt late }\n      objections { id atStage text answer raisedAt answeredAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordDecisionStage($input: RecordDecisionStageInput!) {\n    recordDecisionStage(input: $input) { id stage outcome }\n  }\n"): (typeof documents)["\n  mutation RecordDecisionStage($input: RecordDecisionStageInput!) {\n    recordDecisionStage(input: $input) { id stage outcome }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VillageDisclosures($code: String!, $kind: DisclosureKind, $first: Int!, $after: String) {\n    disclosureStatus(divisionCode: $code) { kind lastPublishedAt nextPeriod dueAt overdue }\n    disclosures(divisionCode: $code, kind: $kind, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { ...DisclosureItemFields }\n    }\n  }\n"): (typeof documents)["\n  query VillageDisclosures($code: String!, $kind: DisclosureKind, $first: Int!, $after: String) {\n    disclosureStatus(divisionCode: $code) { kind lastPublishedAt nextPeriod dueAt overdue }\n    disclosures(divisionCode: $code, kind: $kind, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { ...DisclosureItemFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VillageListingPeriod($code: String!, $period: String!) {\n    listingPeriod(divisionCode: $code, period: $period) {\n      id\n      period\n      status\n      publishedAt\n      needs { id title category source status }\n      resources { id title kind provider amountFen }\n      projects { id title budgetFen state percent dueOn }\n    }\n  }\n"): (typeof documents)["\n  query VillageListingPeriod($code: String!, $period: String!) {\n    listingPeriod(divisionCode: $code, period: $period) {\n      id\n      period\n      status\n      publishedAt\n      needs { id title category source status }\n      resources { id title kind provider amountFen }\n      projects { id title budgetFen state percent dueOn }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VillageComparison($parentCode: String!, $withTownships: Boolean!) {\n    parent: division(code: $parentCode) { code name level }\n    townships: divisions(parentCode: $parentCode, level: TOWNSHIP) @include(if: $withTownships) { code name shortName }\n    villages: divisions(parentCode: $parentCode, level: VILLAGE) {\n      code\n      name\n      ...DivisionIndicators\n    }\n    indicatorCatalogue { ...CatalogueFields }\n  }\n"): (typeof documents)["\n  query VillageComparison($parentCode: String!, $withTownships: Boolean!) {\n    parent: division(code: $parentCode) { code name level }\n    townships: divisions(parentCode: $parentCode, level: TOWNSHIP) @include(if: $withTownships) { code name shortName }\n    villages: divisions(parentCode: $parentCode, level: VILLAGE) {\n      code\n      name\n      ...DivisionIndicators\n    }\n    indicatorCatalogue { ...CatalogueFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ElevatedSupervisions($code: String!) {\n    elevatedSupervisions(divisionCode: $code) {\n      id\n      villageCode\n      reason\n      fromOn\n      toOn\n      flaggedBy\n      endedOn\n      endReason\n      inForce\n    }\n    villages: divisions(parentCode: $code, level: VILLAGE) { code name shortName }\n  }\n"): (typeof documents)["\n  query ElevatedSupervisions($code: String!) {\n    elevatedSupervisions(divisionCode: $code) {\n      id\n      villageCode\n      reason\n      fromOn\n      toOn\n      flaggedBy\n      endedOn\n      endReason\n      inForce\n    }\n    villages: divisions(parentCode: $code, level: VILLAGE) { code name shortName }\n  }\n"];
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
export function graphql(source: "\n  query VillageParty($code: String!) {\n    division(code: $code) { code name }\n    partyOrganizations(divisionCode: $code) { id name kind divisionCode memberCount parent { id } }\n    communityOrganizations(divisionCode: $code) { id name kind status description active lastMetOn memberCount }\n    incubationFund(divisionCode: $code) {\n      balanceFen\n      contributedFen\n      grantedFen\n      transactions { id kind amountFen deltaFen source donor organizationId purpose reason recordedBy createdAt }\n    }\n  }\n"): (typeof documents)["\n  query VillageParty($code: String!) {\n    division(code: $code) { code name }\n    partyOrganizations(divisionCode: $code) { id name kind divisionCode memberCount parent { id } }\n    communityOrganizations(divisionCode: $code) { id name kind status description active lastMetOn memberCount }\n    incubationFund(divisionCode: $code) {\n      balanceFen\n      contributedFen\n      grantedFen\n      transactions { id kind amountFen deltaFen source donor organizationId purpose reason recordedBy createdAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VillagePartyMembers($code: String!, $first: Int!, $after: String) {\n    partyMembers(divisionCode: $code, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id name status joinedOn organization { id name } }\n    }\n  }\n"): (typeof documents)["\n  query VillagePartyMembers($code: String!, $first: Int!, $after: String) {\n    partyMembers(divisionCode: $code, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id name status joinedOn organization { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicVillage($code: String!, $kind: DisclosureKind, $first: Int!, $after: String) {\n    publicDivision(code: $code) { code name }\n    disclosures(divisionCode: $code, kind: $kind, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { ...DisclosureItemFields }\n    }\n    starCampaigns(divisionCode: $code, state: PUBLISHED) {\n      id\n      quarter\n      kind\n      publishedAt\n      winners { id nomineeName rank reason }\n    }\n  }\n"): (typeof documents)["\n  query PublicVillage($code: String!, $kind: DisclosureKind, $first: Int!, $after: String) {\n    publicDivision(code: $code) { code name }\n    disclosures(divisionCode: $code, kind: $kind, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { ...DisclosureItemFields }\n    }\n    starCampaigns(divisionCode: $code, state: PUBLISHED) {\n      id\n      quarter\n      kind\n      publishedAt\n      winners { id nomineeName rank reason }\n    }\n  }\n"];
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
export function graphql(source: "\n  query TownshipAssessments($code: String!, $overdueOnly: Boolean!) {\n    assessments(divisionCode: $code) {\n      id\n      villageCode\n      kind\n      period\n      openedBy\n      steps { step score findings recordedOn }\n    }\n    rectificationItems(divisionCode: $code, overdueOnly: $overdueOnly) { ...RectificationFields }\n    villages: divisions(parentCode: $code, level: VILLAGE) { code name shortName }\n  }\n"): (typeof documents)["\n  query TownshipAssessments($code: String!, $overdueOnly: Boolean!) {\n    assessments(divisionCode: $code) {\n      id\n      villageCode\n      kind\n      period\n      openedBy\n      steps { step score findings recordedOn }\n    }\n    rectificationItems(divisionCode: $code, overdueOnly: $overdueOnly) { ...RectificationFields }\n    villages: divisions(parentCode: $code, level: VILLAGE) { code name shortName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RectificationFields on RectificationItem {\n    id\n    assessmentId\n    villageCode\n    description\n    owner\n    dueOn\n    completedOn\n    overdue\n  }\n"): (typeof documents)["\n  fragment RectificationFields on RectificationItem {\n    id\n    assessmentId\n    villageCode\n    description\n    owner\n    dueOn\n    completedOn\n    overdue\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAssessmentStep($input: RecordAssessmentStepInput!) {\n    recordAssessmentStep(input: $input) { id steps { step score findings recordedOn } }\n  }\n"): (typeof documents)["\n  mutation RecordAssessmentStep($input: RecordAssessmentStepInput!) {\n    recordAssessmentStep(input: $input) { id steps { step score findings recordedOn } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddRectificationItem($input: AddRectificationItemInput!) {\n    addRectificationItem(input: $input) { ...RectificationFields }\n  }\n"): (typeof documents)["\n  mutation AddRectificationItem($input: AddRectificationItemInput!) {\n    addRectificationItem(input: $input) { ...RectificationFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteRectificationItem($input: CompleteRectificationItemInput!) {\n    completeRectificationItem(input: $input) { ...RectificationFields }\n  }\n"): (typeof documents)["\n  mutation CompleteRectificationItem($input: CompleteRectificationItemInput!) {\n    completeRectificationItem(input: $input) { ...RectificationFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FilingQueue($code: String!, $first: Int!, $after: String) {\n    projects(divisionCode: $code, state: COMMITTEE_REVIEWED, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { ...FilingProjectFields divisionCode createdAt }\n    }\n    villages: divisions(parentCode: $code, level: VILLAGE) { code name shortName }\n  }\n"): (typeof documents)["\n  query FilingQueue($code: String!, $first: Int!, $after: String) {\n    projects(divisionCode: $code, state: COMMITTEE_REVIEWED, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { ...FilingProjectFields divisionCode createdAt }\n    }\n    villages: divisions(parentCode: $code, level: VILLAGE) { code name shortName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverdueWork($code: String!) {\n    overdueFollowUps(divisionCode: $code) { id divisionCode action owner dueOn doneAt }\n    villages: divisions(parentCode: $code, level: VILLAGE) {\n      code\n      name\n      shortName\n      overdueDisclosures { ...IndicatorValueFields }\n      disclosuresOnTimeRate { ...IndicatorValueFields }\n    }\n  }\n"): (typeof documents)["\n  query OverdueWork($code: String!) {\n    overdueFollowUps(divisionCode: $code) { id divisionCode action owner dueOn doneAt }\n    villages: divisions(parentCode: $code, level: VILLAGE) {\n      code\n      name\n      shortName\n      overdueDisclosures { ...IndicatorValueFields }\n      disclosuresOnTimeRate { ...IndicatorValueFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VillageDisclosureStatus($village: String!) {\n    disclosureStatus(divisionCode: $village) { kind lastPublishedAt nextPeriod dueAt overdue }\n  }\n"): (typeof documents)["\n  query VillageDisclosureStatus($village: String!) {\n    disclosureStatus(divisionCode: $village) { kind lastPublishedAt nextPeriod dueAt overdue }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteFollowUp($id: ID!) {\n    completeFollowUp(followUpId: $id) { id doneAt }\n  }\n"): (typeof documents)["\n  mutation CompleteFollowUp($id: ID!) {\n    completeFollowUp(followUpId: $id) { id doneAt }\n  }\n"];
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
export function graphql(source: "\n  fragment DisclosureItemFields on Disclosure {\n    id\n    kind\n    period\n    title\n    body\n    lines { label direction amountFen }\n    incomeTotalFen\n    expenseTotalFen\n    late\n    publishedAt\n  }\n"): (typeof documents)["\n  fragment DisclosureItemFields on Disclosure {\n    id\n    kind\n    period\n    title\n    body\n    lines { label direction amountFen }\n    incomeTotalFen\n    expenseTotalFen\n    late\n    publishedAt\n  }\n"];
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
export function graphql(source: "\n  query RegisterImportJob($id: ID!) {\n    importJob(id: $id) {\n      id\n      mode\n      status\n      processedRows\n      totalRows\n      importedHouseholds\n      report { row column code message }\n    }\n  }\n"): (typeof documents)["\n  query RegisterImportJob($id: ID!) {\n    importJob(id: $id) {\n      id\n      mode\n      status\n      processedRows\n      totalRows\n      importedHouseholds\n      report { row column code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VillageStarCampaigns($code: String!) {\n    starCampaigns(divisionCode: $code) {\n      id quarter kind state winnerCount dueAt publishedAt\n      nominations { id struckReason }\n      winners { id nomineeName rank }\n    }\n  }\n"): (typeof documents)["\n  query VillageStarCampaigns($code: String!) {\n    starCampaigns(divisionCode: $code) {\n      id quarter kind state winnerCount dueAt publishedAt\n      nominations { id struckReason }\n      winners { id nomineeName rank }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VillageWishes($code: String!, $state: WishState) {\n    wishes(divisionCode: $code, state: $state) { id wisherName beneficiary kind text state madeAt claimantName claimedAt fulfilledAt }\n  }\n"): (typeof documents)["\n  query VillageWishes($code: String!, $state: WishState) {\n    wishes(divisionCode: $code, state: $state) { id wisherName beneficiary kind text state madeAt claimantName claimedAt fulfilledAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VillageVenues($code: String!) {\n    venues(divisionCode: $code) { id kind name address functions capacity openingHours }\n  }\n"): (typeof documents)["\n  query VillageVenues($code: String!) {\n    venues(divisionCode: $code) { id kind name address functions capacity openingHours }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VillageActivities($code: String!, $from: DateTimeISO!, $to: DateTimeISO!, $kind: ActivityKind) {\n    activities(divisionCode: $code, from: $from, to: $to, kind: $kind) { ...ActivitySummaryFields summary }\n  }\n"): (typeof documents)["\n  query VillageActivities($code: String!, $from: DateTimeISO!, $to: DateTimeISO!, $kind: ActivityKind) {\n    activities(divisionCode: $code, from: $from, to: $to, kind: $kind) { ...ActivitySummaryFields summary }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VillageOverview($code: String!) {\n    division(code: $code) {\n      code\n      name\n      level\n      parent { code name parent { code name } }\n      ...DivisionIndicators\n    }\n    indicatorCatalogue { ...CatalogueFields }\n  }\n"): (typeof documents)["\n  query VillageOverview($code: String!) {\n    division(code: $code) {\n      code\n      name\n      level\n      parent { code name parent { code name } }\n      ...DivisionIndicators\n    }\n    indicatorCatalogue { ...CatalogueFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActivitySummaryFields on Activity {\n    id\n    kind\n    title\n    startsAt\n    capacity\n    signedUp\n    waitlisted\n    venue { id name }\n  }\n"): (typeof documents)["\n  fragment ActivitySummaryFields on Activity {\n    id\n    kind\n    title\n    startsAt\n    capacity\n    signedUp\n    waitlisted\n    venue { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VillagerHome($village: String!, $county: String!, $from: DateTimeISO!) {\n    myHousehold { id address headName residents { id name } }\n    serviceCatalogue(countyCode: $county) { categories { id name items { id name timeLimit } } }\n    serviceOrders(divisionCode: $village, first: 20) {\n      totalCount\n      nodes { ...VillagerOrderFields }\n    }\n    activities(divisionCode: $village, from: $from) {\n      ...ActivitySummaryFields\n      signUps { id residentId status position }\n    }\n    starCampaigns(divisionCode: $village, state: VOTING) {\n      id quarter kind votingClosesAt\n      nominations { id nomineeName reason struckReason }\n    }\n    wishes(divisionCode: $village) { id householdId beneficiary kind text state madeAt claimantName }\n  }\n"): (typeof documents)["\n  query VillagerHome($village: String!, $county: String!, $from: DateTimeISO!) {\n    myHousehold { id address headName residents { id name } }\n    serviceCatalogue(countyCode: $county) { categories { id name items { id name timeLimit } } }\n    serviceOrders(divisionCode: $village, first: 20) {\n      totalCount\n      nodes { ...VillagerOrderFields }\n    }\n    activities(divisionCode: $village, from: $from) {\n      ...ActivitySummaryFields\n      signUps { id residentId status position }\n    }\n    starCampaigns(divisionCode: $village, state: VOTING) {\n      id quarter kind votingClosesAt\n      nominations { id nomineeName reason struckReason }\n    }\n    wishes(divisionCode: $village) { id householdId beneficiary kind text state madeAt claimantName }\n  }\n"];
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