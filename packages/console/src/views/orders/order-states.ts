/**
 * 点单式办理 as the console shows it: state names, time limits, and which moves each side is offered. The
 * grid service's state table decides; these lists only choose which buttons to show, so a move the API
 * refuses still comes back as its coded error.
 */
import type { ServiceOrderState, TimeLimit } from '../../gql/graphql';
import { TAG } from '../../tag-colors';

/** Chinese name of each state, as in the grid service's enum descriptions. */
export const ORDER_STATE_LABELS: Record<ServiceOrderState, string> = {
  SUBMITTED: '已提交',
  ACCEPTED: '已受理',
  IN_PROGRESS: '办理中',
  COORDINATING: '部门协同中',
  RESOLVED: '已办结',
  RATED: '已评价',
  REJECTED: '不予受理',
  DUPLICATE: '重复点单',
  NOT_RESPONSIBLE: '非本级职责',
  CANCELLED: '已撤销',
  REOPENED: '重新办理',
};

/** Tag colour of each state: open work blue/orange, closed green, refused grey. */
export const ORDER_STATE_COLORS: Record<ServiceOrderState, string> = {
  SUBMITTED: TAG.blue,
  ACCEPTED: TAG.blue,
  IN_PROGRESS: TAG.blue,
  COORDINATING: TAG.amber,
  RESOLVED: TAG.green,
  RATED: TAG.green,
  REJECTED: TAG.grey,
  DUPLICATE: TAG.grey,
  NOT_RESPONSIBLE: TAG.grey,
  CANCELLED: TAG.grey,
  REOPENED: TAG.purple,
};

/** 办理时限 of a catalogue item. */
export const TIME_LIMIT_LABELS: Record<TimeLimit, string> = {
  URGENT: '紧急 · 2 小时',
  FAST: '快办 · 24 小时',
  NORMAL: '一般 · 7 天',
  COMPLEX: '复杂 · 15 天',
};

/** The moves village and township staff make from each state (the staff rows of the grid's table). */
export const STAFF_MOVES: Partial<Record<ServiceOrderState, readonly ServiceOrderState[]>> = {
  SUBMITTED: ['ACCEPTED', 'REJECTED', 'NOT_RESPONSIBLE'],
  ACCEPTED: ['IN_PROGRESS', 'COORDINATING', 'RESOLVED'],
  IN_PROGRESS: ['COORDINATING', 'RESOLVED'],
  COORDINATING: ['IN_PROGRESS', 'RESOLVED'],
  REOPENED: ['IN_PROGRESS', 'COORDINATING', 'RESOLVED'],
};

/** The button label of a staff move. */
export const MOVE_LABELS: Partial<Record<ServiceOrderState, string>> = {
  ACCEPTED: '受理',
  REJECTED: '不予受理',
  NOT_RESPONSIBLE: '非本级职责',
  IN_PROGRESS: '开始办理',
  COORDINATING: '转部门协同',
  RESOLVED: '办结',
};

/** Moves after which the note is required: the villager must read why. */
export const NOTE_REQUIRED: readonly ServiceOrderState[] = ['REJECTED', 'NOT_RESPONSIBLE'];

/** States in which an order is still being handled. */
export const OPEN_STATES: readonly ServiceOrderState[] = ['SUBMITTED', 'ACCEPTED', 'IN_PROGRESS', 'COORDINATING', 'REOPENED'];
