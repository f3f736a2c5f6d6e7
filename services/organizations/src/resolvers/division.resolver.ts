import type { RequestContext } from '@shanzhi/kit';
import { Arg, Args, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Division } from '../entities/division.entity';
import { DivisionLevel } from '../entities/division-level';
import { DivisionsArgs } from '../inputs/divisions.args';
import { CreateDivisionInput } from '../inputs/create-division.input';
import { UpdateDivisionInput } from '../inputs/update-division.input';
import * as divisions from '../services/division.service';

/** A division as anyone may see it: code, names and level. */
@ObjectType('PublicDivision', { description: '公开区划信息 (a division\'s code, names and level: public facts, no sign-in needed)' })
export class PublicDivision {
  @Field(() => String, { description: '行政区划代码 (division code)' })
  code!: string;

  @Field(() => String, { description: '名称 (official name)' })
  name!: string;

  @Field(() => String, { description: '简称 (short name, as people say it)' })
  shortName!: string;

  @Field(() => DivisionLevel, { description: '区划层级 (level)' })
  level!: DivisionLevel;
}

/** Queries and mutations of the division tree; the rules, including who may do what, live in division.service. */
@Resolver(() => Division)
export class DivisionResolver {
  @Query(() => Division, {
    nullable: true,
    description: '行政区划 (one division: inside your scope or one of its ancestors; null when it does not exist)',
  })
  division(@Arg('code', () => String, { description: '行政区划代码 (division code)' }) code: string, @Ctx() ctx: RequestContext) {
    return divisions.findDivision(ctx, code);
  }

  @Query(() => PublicDivision, {
    nullable: true,
    description: '公开区划信息 (public: a division\'s code, names and level, for the public village page; no sign-in needed; null when it does not exist)',
  })
  publicDivision(@Arg('code', () => String, { description: '行政区划代码 (division code)' }) code: string, @Ctx() ctx: RequestContext): Promise<PublicDivision | null> {
    return divisions.findPublicDivision(ctx, code);
  }

  @Query(() => [Division], {
    nullable: true,
    description: '下级区划列表 (divisions below parentCode that lie in your scope, ordered by code: all descendants at `level`, or the direct children when `level` is omitted)',
  })
  divisions(@Args(() => DivisionsArgs) { parentCode, level }: DivisionsArgs, @Ctx() ctx: RequestContext) {
    return divisions.listDivisions(ctx, parentCode, level ?? null);
  }

  @FieldResolver(() => Division, { nullable: true, description: '上级区划 (parent division; null for a root or a parent this service does not hold)' })
  parent(@Root() division: Division, @Ctx() ctx: RequestContext) {
    return division.parentCode ? divisions.loadDivision(ctx, division.parentCode) : null;
  }

  @FieldResolver(() => [Division], {
    description: '下级区划 (divisions below this one in your scope, ordered by code: all descendants at `level`, or the direct children when `level` is omitted)',
  })
  children(
    @Root() division: Division,
    @Arg('level', () => DivisionLevel, { nullable: true, description: '区划层级 (level of the descendants; omit for direct children)' })
    level: DivisionLevel | null | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return divisions.loadChildren(ctx, division.code, level ?? null);
  }

  @Mutation(() => Division, { description: '新增行政区划 (create a division inside your scope, usually a villager group)' })
  createDivision(@Arg('input', () => CreateDivisionInput) input: CreateDivisionInput, @Ctx() ctx: RequestContext) {
    return divisions.createDivision(ctx, input);
  }

  @Mutation(() => Division, { description: '修改行政区划名称 (rename a division inside your scope)' })
  updateDivision(@Arg('input', () => UpdateDivisionInput) input: UpdateDivisionInput, @Ctx() ctx: RequestContext) {
    return divisions.updateDivision(ctx, input);
  }
}
