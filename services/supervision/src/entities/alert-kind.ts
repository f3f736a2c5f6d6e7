import { registerEnumType } from 'type-graphql';

/** 预警类别: the signals supervision raises from the domain services' events. */
export enum AlertKind {
  ORDER_OVERDUE = 'ORDER_OVERDUE',
  SILENT_VILLAGE = 'SILENT_VILLAGE',
  LATE_DISCLOSURE = 'LATE_DISCLOSURE',
  MEETING_WITHOUT_QUORUM = 'MEETING_WITHOUT_QUORUM',
  NO_SECRETARY_MEETING = 'NO_SECRETARY_MEETING',
  WISH_CLAIM_LAPSED = 'WISH_CLAIM_LAPSED',
  AREAS_OUTSIDE_SIZE = 'AREAS_OUTSIDE_SIZE',
  OVERDUE_RECTIFICATION = 'OVERDUE_RECTIFICATION',
  MISSED_DISCLOSURE = 'MISSED_DISCLOSURE',
  WISH_UNCLAIMED = 'WISH_UNCLAIMED',
  SUPERVISED_VILLAGE_WORSENING = 'SUPERVISED_VILLAGE_WORSENING',
}

registerEnumType(AlertKind, {
  name: 'AlertKind',
  description: '预警类别 (alert kind)',
  valuesConfig: {
    ORDER_OVERDUE: { description: '服务工单超期且已上报升级 (a service order overdue past its escalation)' },
    SILENT_VILLAGE: { description: '村30天无任何动态 (a village with no event of any kind for 30 days)' },
    LATE_DISCLOSURE: { description: '三公开逾期公开 (a disclosure published after its due date)' },
    MEETING_WITHOUT_QUORUM: { description: '会议未达法定人数 (a 四议两公开 meeting without quorum)' },
    NO_SECRETARY_MEETING: { description: '当月未开书记坝坝会 (no secretary meeting in a month)' },
    WISH_CLAIM_LAPSED: { description: '心愿认领后30天未实现 (a claimed wish left unfulfilled for 30 days)' },
    AREAS_OUTSIDE_SIZE: { description: '片区户数超出20–40户 (areas outside 20–40 households, from grid’s indicator; one alert per village and month)' },
    OVERDUE_RECTIFICATION: { description: '整改事项逾期 (rectification items past their deadline, from organizations’ indicator; one per village and month)' },
    MISSED_DISCLOSURE: { description: '三公开逾期未公开 (a disclosure not published by its due date, from projects’ indicator; one per village and month)' },
    WISH_UNCLAIMED: { description: '心愿30天无人认领 (a wish left without a claimant for 30 days; cleared when claimed)' },
    SUPERVISED_VILLAGE_WORSENING: { description: '提级监督村指标变差 (a village under elevated supervision whose indicator moved the bad way against its value before the supervision; one per supervision and indicator)' },
  },
});
