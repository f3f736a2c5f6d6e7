import { registerEnumType } from 'type-graphql';

/** 性别: derived from the 17th digit of the ID-card number, never entered separately. */
export enum Gender {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}

registerEnumType(Gender, {
  name: 'Gender',
  description: '性别 (gender, as the ID-card number encodes it)',
  valuesConfig: {
    MALE: { description: '男 (male)' },
    FEMALE: { description: '女 (female)' },
  },
});
