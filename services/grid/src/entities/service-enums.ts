import { registerEnumType } from 'type-graphql';

/** 办理时限: the time-limit class of a service item, as Chinese hotline practice sets them. */
export enum TimeLimit {
  URGENT = 'URGENT',
  FAST = 'FAST',
  NORMAL = 'NORMAL',
  COMPLEX = 'COMPLEX',
}

/** Hours of each time-limit class: the due date of an order, and again its escalation period. */
export const TIME_LIMIT_HOURS: Record<TimeLimit, number> = { URGENT: 2, FAST: 24, NORMAL: 7 * 24, COMPLEX: 15 * 24 };

registerEnumType(TimeLimit, {
  name: 'TimeLimit',
  description: '办理时限 (time-limit class of a service item)',
  valuesConfig: {
    URGENT: { description: '紧急，2 小时 (urgent: 2 hours)' },
    FAST: { description: '快办，24 小时 (fast: 24 hours)' },
    NORMAL: { description: '一般，7 天 (normal: 7 days)' },
    COMPLEX: { description: '复杂，15 天 (complex: 15 days)' },
  },
});

/** 责任层级: who handles an item, and the levels an overdue order escalates through. */
export enum ResponsibleLevel {
  VILLAGE = 'VILLAGE',
  TOWNSHIP = 'TOWNSHIP',
  DEPARTMENT = 'DEPARTMENT',
}

registerEnumType(ResponsibleLevel, {
  name: 'ResponsibleLevel',
  description: '责任层级 (who is responsible for a service item)',
  valuesConfig: {
    VILLAGE: { description: '村级办理 (the village handles it)' },
    TOWNSHIP: { description: '镇级办理 (the township handles it)' },
    DEPARTMENT: { description: '部门协同 (a county department handles it)' },
  },
});

/** 督办层级: where an overdue order is being followed (village → township → county). */
export enum EscalationLevel {
  VILLAGE = 'VILLAGE',
  TOWNSHIP = 'TOWNSHIP',
  COUNTY = 'COUNTY',
}

registerEnumType(EscalationLevel, {
  name: 'EscalationLevel',
  description: '督办层级 (level that follows an order: escalated one level per overdue period)',
  valuesConfig: {
    VILLAGE: { description: '村级 (village)' },
    TOWNSHIP: { description: '镇级督办 (escalated to the township)' },
    COUNTY: { description: '县级督办 (escalated to the county)' },
  },
});

/** 点单状态: the life of a service order; the allowed moves are the table in service-order-states.ts. */
export enum ServiceOrderState {
  SUBMITTED = 'SUBMITTED',
  ACCEPTED = 'ACCEPTED',
  IN_PROGRESS = 'IN_PROGRESS',
  COORDINATING = 'COORDINATING',
  RESOLVED = 'RESOLVED',
  RATED = 'RATED',
  REJECTED = 'REJECTED',
  DUPLICATE = 'DUPLICATE',
  NOT_RESPONSIBLE = 'NOT_RESPONSIBLE',
  CANCELLED = 'CANCELLED',
  REOPENED = 'REOPENED',
}

registerEnumType(ServiceOrderState, {
  name: 'ServiceOrderState',
  description: '点单状态 (state of a service order)',
  valuesConfig: {
    SUBMITTED: { description: '已提交 (submitted, waiting for the village)' },
    ACCEPTED: { description: '已受理 (accepted)' },
    IN_PROGRESS: { description: '办理中 (in progress)' },
    COORDINATING: { description: '部门协同中 (waiting for a county department)' },
    RESOLVED: { description: '已办结 (resolved, waiting for the villager’s rating)' },
    RATED: { description: '已评价 (rated by the villager; closed)' },
    REJECTED: { description: '不予受理 (rejected, with the reason)' },
    DUPLICATE: { description: '重复点单 (duplicate of another order, linked)' },
    NOT_RESPONSIBLE: { description: '非本级职责 (not ours; the note says where to go instead)' },
    CANCELLED: { description: '已撤销 (cancelled by the villager)' },
    REOPENED: { description: '重新办理 (reopened: the villager disputed the resolution within 7 days)' },
  },
});

/** 点单渠道: how an order reached the village. */
export enum ServiceChannel {
  VISIT = 'VISIT',
  PHONE = 'PHONE',
  RECEPTION_DAY = 'RECEPTION_DAY',
  AREA_CHIEF = 'AREA_CHIEF',
  APP = 'APP',
}

registerEnumType(ServiceChannel, {
  name: 'ServiceChannel',
  description: '点单渠道 (how the order was placed)',
  valuesConfig: {
    VISIT: { description: '来访 (in person at the service venue)' },
    PHONE: { description: '电话 (by phone)' },
    RECEPTION_DAY: { description: '接访日 (at a cadres’ reception day)' },
    AREA_CHIEF: { description: '片长代办 (through the area chief)' },
    APP: { description: '线上自助 (by the villager online)' },
  },
});
