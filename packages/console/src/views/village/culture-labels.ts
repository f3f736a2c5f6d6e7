/** Chinese labels of the culture service's star campaigns and wishes, shared by every view that shows them. */
import type { StarCampaignKind, StarCampaignState, WishBeneficiary, WishKind, WishState } from '../../gql/graphql';

export const STAR_KINDS: Record<StarCampaignKind, string> = { BEAUTIFUL_COURTYARD: '最美庭院', VILLAGE_STAR: '最美民星' };
export const STAR_STATES: Record<StarCampaignState, string> = { NOMINATING: '提名中', VOTING: '投票中', COMMITTEE_REVIEW: '两委复审', PUBLISHED: '已公示' };
export const WISH_KINDS: Record<WishKind, string> = { COMPANIONSHIP: '陪伴', ITEM: '物品', REPAIR: '维修', HEALTH: '健康', STUDY: '学习' };
export const BENEFICIARIES: Record<WishBeneficiary, string> = { ELDERLY: '老人', CHILD: '儿童' };
export const WISH_STATES: Record<WishState, string> = { MADE: '待认领', CLAIMED: '已认领', FULFILLED: '已实现', WITHDRAWN: '已撤回' };
