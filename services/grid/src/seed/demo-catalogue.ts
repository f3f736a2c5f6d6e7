import type { EntityManager } from '@mikro-orm/postgresql';
import { ServiceCategory } from '../entities/service-category.entity';
import { ResponsibleLevel as L, TimeLimit as T } from '../entities/service-enums';
import { ServiceItem } from '../entities/service-item.entity';

type ItemSpec = [name: string, timeLimit: T, level: L, department?: string];

/** 服务事项清单 of the demo county: 6 categories, 35 items, as rural service lists are commonly drawn up. */
export const DEMO_CATALOGUE: ReadonlyArray<{ name: string; items: ItemSpec[] }> = [
  {
    name: '社会保障与证照代办',
    items: [
      ['城乡居民医保参保缴费代办', T.NORMAL, L.VILLAGE],
      ['城乡居民养老保险参保与待遇认证', T.NORMAL, L.VILLAGE],
      ['低保、特困供养申请', T.COMPLEX, L.DEPARTMENT, '县民政局'],
      ['残疾人证申领与补贴', T.COMPLEX, L.DEPARTMENT, '县残联'],
      ['居民身份证、户口事项代办', T.NORMAL, L.TOWNSHIP],
      ['社保卡申领与补换', T.NORMAL, L.DEPARTMENT, '县人力资源和社会保障局'],
    ],
  },
  {
    name: '一老一小关爱',
    items: [
      ['独居老人走访探视', T.FAST, L.VILLAGE],
      ['高龄津贴申请', T.NORMAL, L.TOWNSHIP],
      ['留守儿童关爱帮扶', T.NORMAL, L.VILLAGE],
      ['老年人助餐助浴', T.FAST, L.VILLAGE],
      ['困境儿童生活补助申请', T.COMPLEX, L.DEPARTMENT, '县民政局'],
      ['适老化改造申请', T.COMPLEX, L.TOWNSHIP],
    ],
  },
  {
    name: '农业生产与土地',
    items: [
      ['耕地地力保护补贴核实', T.NORMAL, L.TOWNSHIP],
      ['土地流转合同指导', T.NORMAL, L.VILLAGE],
      ['农技指导与病虫害防治', T.FAST, L.DEPARTMENT, '县农业农村局'],
      ['宅基地使用与建房申请', T.COMPLEX, L.TOWNSHIP],
      ['农业保险投保与理赔协助', T.NORMAL, L.DEPARTMENT, '县农业农村局'],
      ['农产品销售对接', T.NORMAL, L.VILLAGE],
    ],
  },
  {
    name: '基础设施与人居环境',
    items: [
      ['道路、路灯损坏报修', T.FAST, L.VILLAGE],
      ['供水停水、管道破裂报修', T.URGENT, L.TOWNSHIP],
      ['电力故障报修协调', T.URGENT, L.DEPARTMENT, '县供电公司'],
      ['垃圾清运与环境整治', T.FAST, L.VILLAGE],
      ['厕所改造申请', T.COMPLEX, L.TOWNSHIP],
      ['沟渠、堰塘清淤', T.NORMAL, L.VILLAGE],
    ],
  },
  {
    name: '矛盾调解与平安建设',
    items: [
      ['邻里纠纷调解', T.NORMAL, L.VILLAGE],
      ['家庭矛盾调解', T.NORMAL, L.VILLAGE],
      ['土地权属争议调处', T.COMPLEX, L.TOWNSHIP],
      ['安全隐患报告', T.URGENT, L.VILLAGE],
      ['法律援助申请', T.COMPLEX, L.DEPARTMENT, '县司法局'],
      ['防诈骗宣传与求助', T.FAST, L.DEPARTMENT, '县公安局'],
    ],
  },
  {
    name: '文化活动与生活帮办',
    items: [
      ['红白喜事简办指导', T.FAST, L.VILLAGE],
      ['文化活动场地预约', T.NORMAL, L.VILLAGE],
      ['就业信息与技能培训报名', T.NORMAL, L.DEPARTMENT, '县人力资源和社会保障局'],
      ['生活物资代购代办', T.FAST, L.VILLAGE],
      ['志愿服务需求登记', T.NORMAL, L.VILLAGE],
    ],
  },
];

/**
 * Writes the demo catalogue for a county once (skipped when the county has any category), in one flush.
 * Returns the number of items written.
 */
export async function seedDemoCatalogue(em: EntityManager, countyCode: string): Promise<number> {
  if ((await em.count(ServiceCategory, { countyCode })) > 0) return 0;
  let n = 0;
  DEMO_CATALOGUE.forEach((c, ci) => {
    const category = em.create(ServiceCategory, { countyCode, name: c.name, sortOrder: ci + 1 });
    c.items.forEach(([name, timeLimit, responsibleLevel, department], ii) => {
      em.create(ServiceItem, { category, countyCode, name, timeLimit, responsibleLevel, department: department ?? null, sortOrder: ii + 1 });
      n++;
    });
  });
  await em.flush();
  return n;
}
