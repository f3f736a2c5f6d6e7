/**
 * The indicator fields of `Division` that the console reads, as one fragment: every view that compares or
 * shows villages selects it once per query, so N villages still cost one request. A new indicator in the
 * supergraph is one more line here (then `npm run codegen -w @shanzhi/console`).
 */
import { graphql } from './gql';

/** Value, sample and age of one indicator. */
export const IndicatorValueFields = graphql(`
  fragment IndicatorValueFields on IndicatorValue {
    value
    numerator
    denominator
    sample
    asOf
  }
`);

/** Every indicator the supergraph serves on Division today. */
export const DivisionIndicators = graphql(`
  fragment DivisionIndicators on Division {
    households { ...IndicatorValueFields }
    residents { ...IndicatorValueFields }
    areas { ...IndicatorValueFields }
    areaChiefCoverage { ...IndicatorValueFields }
  }
`);

/** The catalogue entries the console shows: names, definitions, units, how to rank. */
export const CatalogueFields = graphql(`
  fragment CatalogueFields on Indicator {
    id
    name
    definition
    unit
    direction
    normalization
    service
    field
    minSample
  }
`);
