/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** 区划层级 (division level) */
export type DivisionLevel =
  /** 市 (prefecture-level city, 4-digit code) */
  | 'CITY'
  /** 县 (county, 6-digit code) */
  | 'COUNTY'
  /** 村民小组 (villager group, 15-digit code = village code + 3 digits) */
  | 'GROUP'
  /** 省 (province, 2-digit code) */
  | 'PROVINCE'
  /** 乡镇(街道) (township or street, 9-digit code) */
  | 'TOWNSHIP'
  /** 村(社区) (village or community, 12-digit code) */
  | 'VILLAGE';

/** 性别 (gender, as the ID-card number encodes it) */
export type Gender =
  /** 女 (female) */
  | 'FEMALE'
  /** 男 (male) */
  | 'MALE';

/** 指标方向 (which way is better when villages are ranked) */
export type IndicatorDirection =
  /** 越高越好 (higher is better) */
  | 'HIGHER_IS_BETTER'
  /** 越低越好 (lower is better) */
  | 'LOWER_IS_BETTER'
  /** 中性 (describes a village, never ranked as good or bad) */
  | 'NEUTRAL';

/** 归一方式 (how a value is made comparable between villages of different sizes) */
export type IndicatorNormalization =
  /** 中位时长 (median duration in hours) */
  | 'MEDIAN_HOURS'
  /** 不归一 (a plain count or amount) */
  | 'NONE'
  /** 每百户 (100 × numerator / households) */
  | 'PER_100_HOUSEHOLDS'
  /** 每百人 (100 × numerator / residents) */
  | 'PER_100_RESIDENTS'
  /** 百分比 (100 × numerator / denominator) */
  | 'RATE_PERCENT';

/** 登录 (sign in with username and password) */
export type LoginInput = {
  /** 密码 (password) */
  password: string;
  /** 用户名 (username) */
  username: string;
};

/** 与户主关系 (relation to the head of the household) */
export type RelationToHead =
  /** 子女 (son or daughter) */
  | 'CHILD'
  /** 儿媳、女婿 (daughter- or son-in-law) */
  | 'CHILD_IN_LAW'
  /** 孙子女、外孙子女 (grandchild) */
  | 'GRANDCHILD'
  /** 祖父母、外祖父母 (grandparent) */
  | 'GRANDPARENT'
  /** 户主 (head of the household) */
  | 'HEAD'
  /** 其他 (other relation) */
  | 'OTHER'
  /** 父母 (parent) */
  | 'PARENT'
  /** 兄弟姐妹 (brother or sister) */
  | 'SIBLING'
  /** 配偶 (spouse) */
  | 'SPOUSE';

/** 查看村民身份信息 (reveal a resident’s ID-card number and phone) */
export type RevealResidentIdentityInput = {
  /** 查看事由 (reason, at least 4 characters; recorded in the audit) */
  reason: string;
  /** 村民编号 (resident id) */
  residentId: string | number;
};

/** 角色 (role of an account) */
export type Role =
  /** 片长 (area chief) */
  | 'AREA_CHIEF'
  /** 县级管理员 (county administrator) */
  | 'COUNTY_ADMIN'
  /** 乡镇干部 (township officer) */
  | 'TOWNSHIP_OFFICER'
  /** 村民 (villager) */
  | 'VILLAGER'
  /** 村干部 (village cadre) */
  | 'VILLAGE_CADRE';

export type IndicatorValueFieldsFragment = { value: number | null, numerator: number | null, denominator: number | null, sample: number, asOf: string };

export type DivisionIndicatorsFragment = { households: { value: number | null, numerator: number | null, denominator: number | null, sample: number, asOf: string } | null, residents: { value: number | null, numerator: number | null, denominator: number | null, sample: number, asOf: string } | null, areas: { value: number | null, numerator: number | null, denominator: number | null, sample: number, asOf: string } | null, areaChiefCoverage: { value: number | null, numerator: number | null, denominator: number | null, sample: number, asOf: string } | null };

export type CatalogueFieldsFragment = { id: string, name: string, definition: string, unit: string, direction: IndicatorDirection, normalization: IndicatorNormalization, service: string, field: string, minSample: number };

export type SignInMutationVariables = Exact<{
  input: LoginInput;
}>;


export type SignInMutation = { login: { token: string, expiresAt: string, viewer: { username: string, role: Role, scope: string, displayName: string } } };

export type VillageComparisonQueryVariables = Exact<{
  parentCode: string;
  withTownships: boolean;
}>;


export type VillageComparisonQuery = { parent: { code: string, name: string, level: DivisionLevel } | null, townships?: Array<{ code: string, name: string, shortName: string }> | null, villages: Array<{ code: string, name: string, households: { value: number | null, numerator: number | null, denominator: number | null, sample: number, asOf: string } | null, residents: { value: number | null, numerator: number | null, denominator: number | null, sample: number, asOf: string } | null, areas: { value: number | null, numerator: number | null, denominator: number | null, sample: number, asOf: string } | null, areaChiefCoverage: { value: number | null, numerator: number | null, denominator: number | null, sample: number, asOf: string } | null }> | null, indicatorCatalogue: Array<{ id: string, name: string, definition: string, unit: string, direction: IndicatorDirection, normalization: IndicatorNormalization, service: string, field: string, minSample: number }> };

export type VillageHouseholdsQueryVariables = Exact<{
  code: string;
  first: number;
  after?: string | null | undefined;
}>;


export type VillageHouseholdsQuery = { households: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, address: string, headName: string, divisionCode: string, residents: Array<{ id: string, name: string, gender: Gender, birthYear: number, relation: RelationToHead, idNumber: string, phone: string | null }> }> } | null };

export type RevealResidentIdentityMutationVariables = Exact<{
  input: RevealResidentIdentityInput;
}>;


export type RevealResidentIdentityMutation = { revealResidentIdentity: { residentId: string, idNumber: string, phone: string | null, auditId: string } };

export type VillageOverviewQueryVariables = Exact<{
  code: string;
}>;


export type VillageOverviewQuery = { division: { code: string, name: string, level: DivisionLevel, parent: { code: string, name: string, parent: { code: string, name: string } | null } | null, households: { value: number | null, numerator: number | null, denominator: number | null, sample: number, asOf: string } | null, residents: { value: number | null, numerator: number | null, denominator: number | null, sample: number, asOf: string } | null, areas: { value: number | null, numerator: number | null, denominator: number | null, sample: number, asOf: string } | null, areaChiefCoverage: { value: number | null, numerator: number | null, denominator: number | null, sample: number, asOf: string } | null } | null, indicatorCatalogue: Array<{ id: string, name: string, definition: string, unit: string, direction: IndicatorDirection, normalization: IndicatorNormalization, service: string, field: string, minSample: number }> };

export const IndicatorValueFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"sample"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}}]} as unknown as DocumentNode<IndicatorValueFieldsFragment, unknown>;
export const DivisionIndicatorsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DivisionIndicators"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Division"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"households"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorValueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"residents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorValueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorValueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"areaChiefCoverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorValueFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"sample"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}}]} as unknown as DocumentNode<DivisionIndicatorsFragment, unknown>;
export const CatalogueFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Indicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"normalization"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"minSample"}}]}}]} as unknown as DocumentNode<CatalogueFieldsFragment, unknown>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const VillageComparisonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VillageComparison"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parentCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withTownships"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"parent"},"name":{"kind":"Name","value":"division"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parentCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"townships"},"name":{"kind":"Name","value":"divisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parentCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parentCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"TOWNSHIP"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withTownships"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"villages"},"name":{"kind":"Name","value":"divisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parentCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parentCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"VILLAGE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DivisionIndicators"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicatorCatalogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogueFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"sample"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DivisionIndicators"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Division"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"households"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorValueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"residents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorValueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorValueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"areaChiefCoverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorValueFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Indicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"normalization"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"minSample"}}]}}]} as unknown as DocumentNode<VillageComparisonQuery, VillageComparisonQueryVariables>;
export const VillageHouseholdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VillageHouseholds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"households"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"residents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthYear"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]}}]} as unknown as DocumentNode<VillageHouseholdsQuery, VillageHouseholdsQueryVariables>;
export const RevealResidentIdentityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevealResidentIdentity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevealResidentIdentityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revealResidentIdentity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"auditId"}}]}}]}}]} as unknown as DocumentNode<RevealResidentIdentityMutation, RevealResidentIdentityMutationVariables>;
export const VillageOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VillageOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"division"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DivisionIndicators"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicatorCatalogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogueFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"sample"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DivisionIndicators"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Division"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"households"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorValueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"residents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorValueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorValueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"areaChiefCoverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorValueFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Indicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"normalization"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"minSample"}}]}}]} as unknown as DocumentNode<VillageOverviewQuery, VillageOverviewQueryVariables>;