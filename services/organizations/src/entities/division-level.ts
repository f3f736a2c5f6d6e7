import { registerEnumType } from 'type-graphql';

/** 区划层级: the level of a division in the NBS tree, plus the villager groups below villages. */
export enum DivisionLevel {
  PROVINCE = 'PROVINCE',
  CITY = 'CITY',
  COUNTY = 'COUNTY',
  TOWNSHIP = 'TOWNSHIP',
  VILLAGE = 'VILLAGE',
  GROUP = 'GROUP',
}

registerEnumType(DivisionLevel, {
  name: 'DivisionLevel',
  description: '区划层级 (division level)',
  valuesConfig: {
    PROVINCE: { description: '省 (province, 2-digit code)' },
    CITY: { description: '市 (prefecture-level city, 4-digit code)' },
    COUNTY: { description: '县 (county, 6-digit code)' },
    TOWNSHIP: { description: '乡镇(街道) (township or street, 9-digit code)' },
    VILLAGE: { description: '村(社区) (village or community, 12-digit code)' },
    GROUP: { description: '村民小组 (villager group, 15-digit code = village code + 3 digits)' },
  },
});
