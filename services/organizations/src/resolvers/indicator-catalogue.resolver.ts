import { INDICATORS } from '@shanzhi/indicators';
import { Query, Resolver } from 'type-graphql';
import { IndicatorDefinitionType } from './indicator-definition.type';

/**
 * The indicator catalogue, served from packages/indicators: public (no token), because labels and
 * definitions describe the platform, not anyone's data, and apps need them before anyone signs in.
 */
@Resolver(() => IndicatorDefinitionType)
export class IndicatorCatalogueResolver {
  @Query(() => [IndicatorDefinitionType], {
    description: '指标目录 (every indicator of the platform, in catalogue order: the one definition of each; public, no sign-in needed)',
  })
  indicatorCatalogue(): readonly IndicatorDefinitionType[] {
    return INDICATORS;
  }
}
