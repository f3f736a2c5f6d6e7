import type { RequestContext } from '@shanzhi/kit';
import { Arg, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ServiceCategory } from '../entities/service-category.entity';
import { ServiceItem } from '../entities/service-item.entity';
import { UpdateServiceItemInput } from '../inputs/service-catalogue.input';
import * as catalogue from '../services/catalogue.service';

/** A county's service catalogue (服务事项清单). */
@ObjectType('ServiceCatalogue', { description: '服务事项清单 (the county’s service catalogue: categories and items)' })
export class ServiceCatalogue {
  @Field(() => String, { description: '县代码 (county code)' })
  countyCode!: string;

  @Field(() => [ServiceCategory], { description: '服务类别 (categories, in catalogue order)' })
  categories!: ServiceCategory[];
}

/** The catalogue: read by every account of the county, edited by the county. */
@Resolver(() => ServiceCategory)
export class ServiceCatalogueResolver {
  @Query(() => ServiceCatalogue, { nullable: true, description: '服务事项清单 (the service catalogue of your county)' })
  serviceCatalogue(
    @Arg('countyCode', () => String, { description: '县代码 (county code, 6 digits)' }) countyCode: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ServiceCatalogue> {
    return catalogue.serviceCatalogue(ctx, countyCode);
  }

  @Mutation(() => ServiceItem, { description: '修改服务事项 (edit a catalogue item; county administrators; raises its version)' })
  updateServiceItem(@Arg('input', () => UpdateServiceItemInput) input: UpdateServiceItemInput, @Ctx() ctx: RequestContext): Promise<ServiceItem> {
    return catalogue.updateServiceItem(ctx, input);
  }

  @FieldResolver(() => [ServiceItem], { description: '服务事项 (items of the category, in catalogue order)' })
  items(@Root() category: ServiceCategory, @Ctx() ctx: RequestContext): Promise<ServiceItem[]> {
    return catalogue.loadItemsOf(ctx, category.id);
  }
}
