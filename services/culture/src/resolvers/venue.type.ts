import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * 阵地, owned by the organizations service: culture knows only its id (where an activity takes place) and
 * lets the supergraph resolve the rest there; it never resolves a Venue itself.
 */
@ObjectType('Venue', { description: '阵地 ("1+N" venue: the village\'s main venue or a villager group\'s venue)' })
@Directive('@key(fields: "id", resolvable: false)')
export class VenueStub {
  @Field(() => ID, { description: '阵地编号 (venue id)' })
  id!: string;
}
