import type { RequestContext } from '@shanzhi/kit';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Venue } from '../entities/venue.entity';
import { CreateVenueInput, UpdateVenueInput } from '../inputs/village.inputs';
import * as venues from '../services/venue.service';

/** 微阵地: the "1+N" venues; rules in venue.service. */
@Resolver(() => Venue)
export class VenueResolver {
  @Query(() => [Venue], { nullable: true, description: '阵地 (venues in the division\'s subtree, the main venue of each village first)' })
  venues(@Arg('divisionCode', () => String, { description: '区划代码 (division code)' }) divisionCode: string, @Ctx() ctx: RequestContext) {
    return venues.listVenues(ctx, divisionCode);
  }

  @Mutation(() => Venue, { description: '新建阵地 (record a venue; a second MAIN venue in a village is CONFLICT)' })
  createVenue(@Arg('input', () => CreateVenueInput) input: CreateVenueInput, @Ctx() ctx: RequestContext) {
    return venues.createVenue(ctx, input);
  }

  @Mutation(() => Venue, { description: '修改阵地 (change a venue\'s name, address, functions, capacity or opening hours)' })
  updateVenue(@Arg('input', () => UpdateVenueInput) input: UpdateVenueInput, @Ctx() ctx: RequestContext) {
    return venues.updateVenue(ctx, input);
  }
}
