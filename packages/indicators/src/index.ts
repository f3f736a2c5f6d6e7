export * from './catalogue';
export * from './describe';
export * from './value';
export * from './rollup';
export { IndicatorValue } from './indicator-value.type';
export { IndicatorDirty } from './indicator-dirty.entity';
export { markIndicatorsDirty, villageCodeOf } from './mark-dirty';
export { createIndicatorPublisher, indicatorsChangedEvent } from './publisher';
export type { IndicatorPublisher, IndicatorPublisherOptions, IndicatorsChanged, IndicatorValues } from './publisher';

import { IndicatorDirty } from './indicator-dirty.entity';

/** Entities a service adds to its MikroORM entity list when it publishes indicators (its migrations create them). */
export const indicatorEntities = [IndicatorDirty];
