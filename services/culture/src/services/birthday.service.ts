import { assertInScope, assertRole, BadUserInputError, ConflictError, NotFoundError, requireDivisionCode, type RequestContext } from '@shanzhi/kit';
import type { Activity } from '../entities/activity.entity';
import { BirthdayDay, BirthdayResident } from '../entities/birthday.entity';
import { ActivityKind } from '../entities/enums';
import type { HoldBirthdayDayInput, SetBirthdayDayInput } from '../inputs/birthday.inputs';
import { insertActivity, MAX_CAPACITY } from './activity.service';
import { BIRTHDAY_LIST_ROLES, CULTURE_MANAGE_ROLES } from './culture-roles';
import { requireId } from './ids';

/** Companions a birthday day seats beyond those invited (family, volunteers), when no capacity is given. */
export const BIRTHDAY_COMPANION_SEATS = 20;

/** Residents of a village or villager group born in `month`, by group and name: name, group and month only. */
export async function birthdayList(ctx: RequestContext, divisionCode: string, month: number): Promise<BirthdayResident[]> {
  assertRole(ctx, BIRTHDAY_LIST_ROLES);
  const code = requireDivisionCode(divisionCode, 'divisionCode', ['VILLAGE', 'GROUP']);
  assertInScope(ctx, code);
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new BadUserInputError('month', '月份须为 1–12 (month must be 1 to 12)');
  return ctx.em.find(
    BirthdayResident,
    { villageCode: code.slice(0, 12), birthMonth: month, ended: false, ...(code.length === 15 ? { groupCode: code } : {}) },
    { orderBy: { groupCode: 'asc', name: 'asc', residentId: 'asc' } },
  );
}

/** Sets (or changes) the village's fixed birthday day. */
export async function setBirthdayDay(ctx: RequestContext, input: SetBirthdayDayInput): Promise<BirthdayDay> {
  assertRole(ctx, CULTURE_MANAGE_ROLES);
  const divisionCode = requireDivisionCode(input.divisionCode, 'divisionCode', ['VILLAGE']);
  assertInScope(ctx, divisionCode);
  if (!Number.isInteger(input.dayOfMonth) || input.dayOfMonth < 1 || input.dayOfMonth > 28) throw new BadUserInputError('dayOfMonth', '日期须为 1–28 (dayOfMonth must be 1 to 28)');
  await ctx.em.execute(
    `insert into birthday_day (division_code, day_of_month) values (?, ?) on conflict (division_code) do update set day_of_month = excluded.day_of_month`,
    [divisionCode, input.dayOfMonth],
  );
  return ctx.em.findOneOrFail(BirthdayDay, { divisionCode }, { refresh: true });
}

/** The village's fixed day, if set. */
export async function getBirthdayDay(ctx: RequestContext, divisionCode: string): Promise<BirthdayDay | null> {
  assertRole(ctx, CULTURE_MANAGE_ROLES.concat(BIRTHDAY_LIST_ROLES));
  const code = requireDivisionCode(divisionCode, 'divisionCode', ['VILLAGE']);
  assertInScope(ctx, code);
  return ctx.em.findOne(BirthdayDay, { divisionCode: code });
}

/**
 * Generates the month's BIRTHDAY activity on the village's fixed day; its invitation list is the residents
 * born in that month. One per village and month: the fixed-day row's lock serializes two cadres.
 */
export async function holdBirthdayDay(ctx: RequestContext, input: HoldBirthdayDayInput): Promise<Activity> {
  assertRole(ctx, CULTURE_MANAGE_ROLES);
  const divisionCode = requireDivisionCode(input.divisionCode, 'divisionCode', ['VILLAGE']);
  assertInScope(ctx, divisionCode);
  const m = /^(\d{4})-(\d{2})$/.exec(input.month.trim());
  const year = Number(m?.[1]);
  const month = Number(m?.[2]);
  if (!m || month < 1 || month > 12 || year < 2000 || year > 2100) throw new BadUserInputError('month', '月份格式为 YYYY-MM (month must look like 2026-05)');
  const t = /^([01]\d|2[0-3]):([0-5]\d)$/.exec((input.time ?? '10:00').trim());
  if (!t) throw new BadUserInputError('time', '时刻格式为 HH:MM (time must look like 10:00)');
  const venueId = input.venueId ? requireId(input.venueId, 'venueId') : null;
  if (input.capacity != null && (!Number.isInteger(input.capacity) || input.capacity < 1 || input.capacity > MAX_CAPACITY)) {
    throw new BadUserInputError('capacity', `名额须为 1–${MAX_CAPACITY} 的整数 (capacity must be an integer from 1 to ${MAX_CAPACITY})`);
  }
  const activity = await ctx.em.transactional(async (em) => {
    const [day] = await em.execute<Array<{ day_of_month: number }>>('select day_of_month from birthday_day where division_code = ? for update', [divisionCode]);
    if (!day) throw new NotFoundError('本村集体生日日（请先 setBirthdayDay）', 'divisionCode');
    // The fixed day at the given time in China Standard Time (UTC+8, no daylight saving).
    const startsAt = new Date(Date.UTC(year, month - 1, day.day_of_month, Number(t[1]), Number(t[2])) - 8 * 3600 * 1000);
    const monthStart = new Date(Date.UTC(year, month - 1, 1) - 8 * 3600 * 1000);
    const monthEnd = new Date(Date.UTC(year, month, 1) - 8 * 3600 * 1000);
    const [dup] = await em.execute<Array<{ n: number }>>(
      `select count(*)::int as n from activity where division_code = ? and kind = 'BIRTHDAY' and starts_at >= ? and starts_at < ?`,
      [divisionCode, monthStart, monthEnd],
    );
    if (dup!.n > 0) throw new ConflictError('本月集体生日活动已生成 (this month’s birthday day already exists)', 'month');
    const [invited] = await em.execute<Array<{ n: number }>>('select count(*)::int as n from birthday_resident where village_code = ? and birth_month = ? and not ended', [divisionCode, month]);
    return insertActivity(em, {
      divisionCode,
      kind: ActivityKind.BIRTHDAY,
      title: `${month}月集体生日会（共唱一首歌、共吃一顿饭、共做一件事）`,
      startsAt,
      venueId,
      capacity: input.capacity ?? Math.min(MAX_CAPACITY, invited!.n + BIRTHDAY_COMPANION_SEATS),
      organizerId: null,
      audienceGroupCodes: [],
      birthdayMonth: month,
    });
  });
  ctx.log.info({ event: 'birthday_day_generated', activityId: activity.id, divisionCode }, 'birthday day generated');
  return activity;
}

/** The invitation list of a birthday activity (null for other kinds and for roles that do not invite). */
export async function invitees(ctx: RequestContext, activity: Activity): Promise<BirthdayResident[] | null> {
  if (activity.kind !== ActivityKind.BIRTHDAY || activity.birthdayMonth == null) return null;
  if (!ctx.viewer || !BIRTHDAY_LIST_ROLES.includes(ctx.viewer.role)) return null;
  return birthdayList(ctx, activity.divisionCode, activity.birthdayMonth);
}
