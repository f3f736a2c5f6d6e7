import { registerEnumType } from 'type-graphql';

/** 与户主关系: how a resident is related to the head of the household, as the household register says. */
export enum RelationToHead {
  HEAD = 'HEAD',
  SPOUSE = 'SPOUSE',
  CHILD = 'CHILD',
  CHILD_IN_LAW = 'CHILD_IN_LAW',
  GRANDCHILD = 'GRANDCHILD',
  PARENT = 'PARENT',
  GRANDPARENT = 'GRANDPARENT',
  SIBLING = 'SIBLING',
  OTHER = 'OTHER',
}

registerEnumType(RelationToHead, {
  name: 'RelationToHead',
  description: '与户主关系 (relation to the head of the household)',
  valuesConfig: {
    HEAD: { description: '户主 (head of the household)' },
    SPOUSE: { description: '配偶 (spouse)' },
    CHILD: { description: '子女 (son or daughter)' },
    CHILD_IN_LAW: { description: '儿媳、女婿 (daughter- or son-in-law)' },
    GRANDCHILD: { description: '孙子女、外孙子女 (grandchild)' },
    PARENT: { description: '父母 (parent)' },
    GRANDPARENT: { description: '祖父母、外祖父母 (grandparent)' },
    SIBLING: { description: '兄弟姐妹 (brother or sister)' },
    OTHER: { description: '其他 (other relation)' },
  },
});
