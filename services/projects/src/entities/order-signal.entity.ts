import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** A grid service order as the candidate-needs consumer counts it: 3+ orders of one item in a village and quarter make a candidate. */
@Entity({ tableName: 'order_signal' })
@Index({ properties: ['divisionCode', 'period', 'itemId'] })
export class OrderSignal {
  @PrimaryKey({ type: 'string', length: 64 })
  orderId!: string;

  @Property({ type: 'string', length: 12 })
  divisionCode!: string;

  @Property({ type: 'string', length: 6 })
  period!: string;

  @Property({ type: 'string', length: 64 })
  itemId!: string;
}
