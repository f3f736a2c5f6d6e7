import { Directive, Field, ObjectType } from 'type-graphql';

/**
 * 行政区划, as supervision sees it: organizations owns Division; supervision returns only its key, so a
 * client adds any live field (name, indicators of every service) through the gateway.
 */
@ObjectType('Division', { description: '行政区划 (administrative division: county, township, village or villager group)' })
@Directive('@key(fields: "code")')
export class DivisionStub {
  @Field(() => String, { description: '行政区划代码 (division code: 6 digits county, 9 township, 12 village, 15 villager group)' })
  code!: string;
}

/** The stub of a code. */
export function divisionOf(code: string): DivisionStub {
  return Object.assign(new DivisionStub(), { code });
}
