/**
 * What the console shows of an activity wherever it lists them (the villager's sign-up tab, the village's
 * venues and activities page), and the activity kinds in Chinese.
 */
import { graphql } from '../../gql';
import type { ActivityKind } from '../../gql/graphql';

/** An activity in a list: kind, title, time, place and places taken. */
export const ActivitySummaryFields = graphql(`
  fragment ActivitySummaryFields on Activity {
    id
    kind
    title
    startsAt
    capacity
    signedUp
    waitlisted
    venue { id name }
  }
`);

/** 活动类型 in Chinese. */
export const ACTIVITY_KINDS: Record<ActivityKind, string> = { FESTIVAL: '民俗节庆', BIRTHDAY: '集体生日', VOLUNTEER: '志愿服务', LECTURE: '讲座宣讲', SPORTS: '文体活动' };
