import { registerEnumType } from 'type-graphql';

/** 注销原因: why a resident left the register (the row stays, with this reason and the day). */
export enum ResidencyEndReason {
  MOVED_OUT = 'MOVED_OUT',
  DECEASED = 'DECEASED',
}

registerEnumType(ResidencyEndReason, {
  name: 'ResidencyEndReason',
  description: '注销原因 (why a residency ended)',
  valuesConfig: {
    MOVED_OUT: { description: '迁出 (moved out of the village)' },
    DECEASED: { description: '死亡 (deceased)' },
  },
});

/** 增员原因: how a resident joined an existing household. */
export enum ResidentAddedReason {
  BIRTH = 'BIRTH',
  MOVED_IN = 'MOVED_IN',
}

registerEnumType(ResidentAddedReason, {
  name: 'ResidentAddedReason',
  description: '增员原因 (how a resident joined an existing household)',
  valuesConfig: {
    BIRTH: { description: '出生 (birth)' },
    MOVED_IN: { description: '迁入 (moved in from another place)' },
  },
});
