import { Directive, Field, ObjectType } from 'type-graphql';

/**
 * 行政区划, as culture sees it: the organizations service owns Division; culture only knows its key and adds
 * its indicators. References resolve to this stub without touching the database.
 */
@ObjectType('Division', { description: '行政区划 (administrative division: county, township, village or villager group)' })
@Directive('@key(fields: "code")')
export class DivisionStub {
  @Field(() => String, { description: '行政区划代码 (division code: 6 digits county, 9 township, 12 village, 15 villager group)' })
  code!: string;
}
