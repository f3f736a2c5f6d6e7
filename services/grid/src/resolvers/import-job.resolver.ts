import { assertInScope, assertRole, type RequestContext } from '@shanzhi/kit';
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { ImportJob } from '../entities/import-job.entity';
import { isUuid } from '../services/cursor';
import { AREA_ADMIN_ROLES } from '../services/grid-roles';

/** Import jobs: the progress and report of a register upload (`POST /import/households`). */
@Resolver(() => ImportJob)
export class ImportJobResolver {
  @Query(() => ImportJob, { nullable: true, description: '户籍导入任务 (progress and validation report of a register import inside your scope; null when none)' })
  async importJob(@Arg('id', () => ID, { description: '任务编号 (job id)' }) id: string, @Ctx() ctx: RequestContext): Promise<ImportJob | null> {
    assertRole(ctx, AREA_ADMIN_ROLES);
    const job = isUuid(id) ? await ctx.em.findOne(ImportJob, { id }) : null;
    if (job) assertInScope(ctx, job.divisionCode);
    return job;
  }
}
