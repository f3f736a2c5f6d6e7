import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_COUNTY_CODE, DEMO_VILLAGE_CODE, groupCode, loadDivisions, Prng, villagerGroupCount } from '@shanzhi/divisions';
import { COMMUNITY_ORGANIZATION_SAVED, createCloudEvent, ELEVATED_SUPERVISION_SAVED, OutboxEvent, VENUE_SAVED, type EventName } from '@shanzhi/events';
import { markIndicatorsDirty } from '@shanzhi/indicators';
import { Charter } from '../entities/charter.entity';
import { CommunityOrganization, CommunityOrganizationMeeting, CommunityOrganizationMember } from '../entities/community-organization.entity';
import { AssessmentKind, AssessmentStepKind, CadrePost, DutyListKind, LeaderLevel } from '../entities/governance.enums';
import { Assessment, AssessmentStep, Cadre, DutyList, ElevatedSupervision, LiaisonPoint, Mentorship, RectificationItem } from '../entities/governance.entity';
import { FundTransaction, IncubationFund } from '../entities/incubation-fund.entity';
import { MemberDevelopment } from '../entities/member-development.entity';
import { PartyMember } from '../entities/party-member.entity';
import { PartyOrganization } from '../entities/party-organization.entity';
import { DevelopmentSource, DevelopmentStage, PartyMemberStatus, PartyOrganizationKind } from '../entities/party.enums';
import { Venue } from '../entities/venue.entity';
import {
  CharterKind,
  CommunityOrganizationKind,
  CommunityOrganizationStatus,
  FundSource,
  FundTransactionKind,
  VenueFunction,
  VenueKind,
} from '../entities/village.enums';
import { EVENT_SOURCE } from '../events/division.events';
import { addDays, addYears, todayInChina } from '../services/dates';

/** 百家池村's figures from the county's report. */
export const BAIJIACHI_DEMO = {
  partyMembers: 86,
  probationaryMembers: 4,
  /** 5万元 raised by the township and village and donated by local worthies. */
  fundRaisedFen: 5_000_000,
  /** The grant to the home-based elderly care organization. */
  elderlyCareGrantFen: 800_000,
} as const;

const SELF_GOVERNANCE = ['村民议事会', '老年协会', '道德评议会', '红白理事会', '禁毒禁赌会'];
const MASS = ['纠纷调解队', '养老育幼互助会', '产业发展协会', '婚丧嫁娶服务队'];
const SOCIAL = ['居家养老服务社', '留守儿童关爱服务社'];
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许邓冯韩曹曾彭萧蔡潘田董袁于余叶蒋杜苏魏程吕丁沈任姚卢傅钟姜崔谭廖范汪陆金石戴贾韦夏邱方侯邹熊孟秦白江阎薛尹段雷黎史龙陶贺顾毛郝龚邵万钱严赖覃洪武莫孔';
const GIVEN = '建国华明丽芳军强伟平秀英兰玉梅红霞志勇刚文德福贵成海波涛云春燕金龙凤琴杰鹏飞宇轩家富兴旺安康';
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** What seeding wrote; null when it was there already. */
export interface DomainSeedResult {
  partyOrganizations: number;
  partyMembers: number;
  venues: number;
  communityOrganizations: number;
  fundEntries: number;
}

function personName(rng: Prng): string {
  return rng.pick([...SURNAMES]) + rng.pick([...GIVEN]) + (rng.chance(0.6) ? rng.pick([...GIVEN]) : '');
}

/**
 * Seeds 一领, 微组织 and 微阵地 for the demo county in one transaction, set-based (batched inserts):
 * 百家池村 with the report's figures (a village party committee with 4 villager-group branches, members,
 * cadres with a 一肩挑 secretary and the three duty lists, a mentor pair, the self-governance and mass
 * organizations it names, the 50,000-yuan incubation fund with one grant for home-based elderly care, one
 * MAIN and 4 GROUP venues named 邻里百家 / 村民议事坝), and every other village a smaller, varied set drawn
 * from a PRNG seeded by its code, so the numbers are the same on every first start (dates count back from
 * the day of seeding). Venues and community organizations are announced with their `saved` events, and
 * every village is marked for indicator publication. Idempotent: nothing happens when 百家池 has its org.
 */
export async function seedOrganizationsDomainDemo(em: EntityManager): Promise<DomainSeedResult | null> {
  return em.transactional(async (tx: EntityManager) => {
    await tx.execute(`select pg_advisory_xact_lock(hashtext('organizations.domain-seed'))`);
    if (await tx.findOne(PartyOrganization, { divisionCode: DEMO_VILLAGE_CODE })) return null;
    const today = todayInChina();
    const yearStart = `${today.slice(0, 4)}-01-01`;
    const villages = loadDivisions(DEMO_COUNTY_CODE).filter((d) => d.level === 'VILLAGE');
    const rows = {
      orgs: [] as Array<Partial<PartyOrganization>>,
      members: [] as Array<Partial<PartyMember>>,
      developments: [] as Array<Partial<MemberDevelopment>>,
      cadres: [] as Array<Partial<Cadre>>,
      dutyLists: [] as Array<Partial<DutyList>>,
      mentorships: [] as Array<Partial<Mentorship>>,
      liaisons: [] as Array<Partial<LiaisonPoint>>,
      venues: [] as Array<Partial<Venue>>,
      cos: [] as Array<Partial<CommunityOrganization>>,
      coMembers: [] as Array<Partial<CommunityOrganizationMember>>,
      meetings: [] as Array<Partial<CommunityOrganizationMeeting>>,
      charters: [] as Array<Partial<Charter>>,
      funds: [] as Array<Partial<IncubationFund>>,
      ledger: [] as Array<Partial<FundTransaction>>,
      flags: [] as Array<Partial<ElevatedSupervision>>,
      assessments: [] as Array<Partial<Assessment>>,
      steps: [] as Array<Partial<AssessmentStep>>,
      items: [] as Array<Partial<RectificationItem>>,
    };
    const createdAt = new Date();
    const by = 'demo-seed';

    for (const [index, village] of villages.entries()) {
      const code = village.code;
      const demo = code === DEMO_VILLAGE_CODE;
      const rng = new Prng(`organizations:${code}`);
      const groups = villagerGroupCount(code);
      const short = village.shortName ?? village.name;

      // 一领: the village org and one branch or party group per villager group (most villages have all).
      const top = rng.uuid();
      rows.orgs.push({
        id: top,
        divisionCode: code,
        villageCode: code,
        name: `中共青神县${short}${demo ? '委员会' : '支部委员会'}`,
        kind: demo ? PartyOrganizationKind.COMMITTEE : rng.pick([PartyOrganizationKind.GENERAL_BRANCH, PartyOrganizationKind.BRANCH, PartyOrganizationKind.BRANCH]),
        parentId: null,
        createdAt,
      });
      const orgIds = [top];
      for (let g = 1; g <= groups; g++) {
        if (!demo && !rng.chance(0.7)) continue;
        const id = rng.uuid();
        const kind = demo || rng.chance(0.6) ? PartyOrganizationKind.BRANCH : PartyOrganizationKind.GROUP;
        rows.orgs.push({
          id,
          divisionCode: groupCode(code, g),
          villageCode: code,
          name: `第${NUMERALS[g - 1]}村民小组${kind === PartyOrganizationKind.BRANCH ? '党支部' : '党小组'}`,
          kind,
          parentId: top,
          createdAt,
        });
        orgIds.push(id);
      }
      const memberCount = demo ? BAIJIACHI_DEMO.partyMembers : rng.int(18, 60);
      const probationary = demo ? BAIJIACHI_DEMO.probationaryMembers : rng.int(0, 3);
      for (let m = 0; m < memberCount; m++) {
        // The village org keeps its cadres; the others belong to the branches in turn.
        const organizationId = orgIds.length > 1 && m >= 7 ? orgIds[1 + (m % (orgIds.length - 1))]! : top;
        const isProbationary = m >= memberCount - probationary;
        rows.members.push({
          id: rng.uuid(),
          organizationId,
          villageCode: code,
          name: personName(rng),
          status: isProbationary ? PartyMemberStatus.PROBATIONARY : PartyMemberStatus.FULL,
          joinedOn: isProbationary ? addDays(today, -rng.int(30, 300)) : `${rng.int(1975, 2021)}-07-01`,
          createdAt,
        });
      }
      // 发展党员: a few people on the way, from the three sources of the county's special plan.
      const developments = demo ? 6 : rng.int(0, 3);
      for (let d = 0; d < developments; d++) {
        const source = [DevelopmentSource.MIGRANT_WORKER, DevelopmentSource.WEALTH_LEADER, DevelopmentSource.RESERVE_TALENT][d % 3]!;
        const reach = demo ? [DevelopmentStage.APPLICANT, DevelopmentStage.ACTIVIST, DevelopmentStage.CANDIDATE, DevelopmentStage.PROBATIONARY, DevelopmentStage.PROBATIONARY, DevelopmentStage.ACTIVIST][d]! : rng.pick([DevelopmentStage.APPLICANT, DevelopmentStage.ACTIVIST, DevelopmentStage.CANDIDATE, DevelopmentStage.PROBATIONARY]);
        // Admitted this year (never in the future); the earlier stages lie the legal intervals before.
        const admitted = addDays(today, -rng.int(0, 120));
        const probationaryOn = reach === DevelopmentStage.PROBATIONARY ? (admitted < yearStart ? yearStart : admitted) : null;
        const candidateOn = probationaryOn ? addDays(probationaryOn, -rng.int(30, 90)) : reach === DevelopmentStage.CANDIDATE ? addDays(today, -rng.int(10, 200)) : null;
        const activistOn = candidateOn ? addYears(addDays(candidateOn, -rng.int(0, 120)), -1) : reach === DevelopmentStage.ACTIVIST ? addDays(today, -rng.int(10, 300)) : null;
        const applicantOn = activistOn ? addDays(activistOn, -rng.int(30, 200)) : addDays(today, -rng.int(5, 200));
        const name = personName(rng);
        let memberId: string | null = null;
        if (probationaryOn) {
          memberId = rng.uuid();
          rows.members.push({ id: memberId, organizationId: orgIds[orgIds.length - 1]!, villageCode: code, name, status: PartyMemberStatus.PROBATIONARY, joinedOn: probationaryOn, createdAt });
        }
        rows.developments.push({
          id: rng.uuid(),
          divisionCode: code,
          villageCode: code,
          name,
          source,
          stage: reach,
          applicantOn,
          activistOn,
          candidateOn,
          probationaryOn,
          fullOn: null,
          memberId,
          createdAt,
        });
      }

      // 村干部: the secretary (一肩挑 in 百家池 and in most villages), the rest of the two committees.
      const bothPosts = demo || rng.chance(0.75);
      const termStart = '2021-11-15';
      const secretary = rng.uuid();
      rows.cadres.push({ id: secretary, villageCode: code, name: personName(rng), post: CadrePost.SECRETARY, termStart, termEnd: null, holdsBothPosts: bothPosts, createdAt });
      if (!bothPosts) rows.cadres.push({ id: rng.uuid(), villageCode: code, name: personName(rng), post: CadrePost.COMMITTEE_CHAIR, termStart, termEnd: null, holdsBothPosts: false, createdAt });
      rows.cadres.push({ id: rng.uuid(), villageCode: code, name: personName(rng), post: CadrePost.DEPUTY_SECRETARY, termStart, termEnd: null, holdsBothPosts: false, createdAt });
      for (let c = 0; c < (demo ? 3 : rng.int(2, 4)); c++) {
        rows.cadres.push({ id: rng.uuid(), villageCode: code, name: personName(rng), post: CadrePost.COMMITTEE_MEMBER, termStart, termEnd: null, holdsBothPosts: false, createdAt });
      }
      rows.cadres.push({ id: rng.uuid(), villageCode: code, name: personName(rng), post: CadrePost.SUPERVISION_CHAIR, termStart, termEnd: null, holdsBothPosts: false, createdAt });
      if (demo || rng.chance(0.5)) {
        const lists: Record<DutyListKind, string[]> = {
          POWER: ['村级重大事项决策组织权', '村级集体资产管理监督权', '村级工程项目管理监督权'],
          RESPONSIBILITY: ['全面从严治党主体责任', '意识形态工作责任', '乡村治理和安全稳定责任'],
          NEGATIVE: ['不得违规决策重大事项', '不得插手工程项目招投标', '不得优亲厚友、吃拿卡要'],
        };
        for (const kind of Object.values(DutyListKind)) {
          rows.dutyLists.push({ id: rng.uuid(), villageCode: code, kind, version: 1, items: lists[kind], publishedOn: '2022-03-01', publishedBy: by, createdAt });
        }
      }
      if (demo || rng.chance(0.15)) {
        rows.mentorships.push({ id: rng.uuid(), villageCode: code, mentorName: personName(rng), mentorBackground: demo ? '老支书' : rng.pick(['老支书', '老乡镇']), menteeCadreId: secretary, startOn: '2022-01-10', endOn: null, createdAt });
      }
      if (demo || rng.chance(0.3)) {
        rows.liaisons.push({ id: rng.uuid(), villageCode: code, partyOrganizationId: top, leaderName: personName(rng), leaderTitle: demo ? '县委常委、组织部部长' : '县委常委', leaderLevel: LeaderLevel.COUNTY, startOn: '2023-01-01', endOn: null, createdAt });
      }
      rows.liaisons.push({ id: rng.uuid(), villageCode: code, partyOrganizationId: top, leaderName: personName(rng), leaderTitle: rng.pick(['镇党委书记', '镇党委副书记', '镇党委委员']), leaderLevel: LeaderLevel.TOWNSHIP, startOn: '2023-01-01', endOn: null, createdAt });

      // 微阵地: one MAIN venue, and GROUP venues (邻里百家, 村民议事坝) in all of 百家池's groups, some of the others'.
      rows.venues.push({
        id: rng.uuid(), divisionCode: code, villageCode: code, mainOf: code, kind: VenueKind.MAIN, name: `${short}党群服务中心`, address: `${village.name}村委会`,
        functions: [VenueFunction.DELIBERATION, VenueFunction.ACTIVITY, VenueFunction.SERVICE], capacity: demo ? 200 : rng.int(60, 150), openingHours: '周一至周六 8:30–17:30', createdAt, updatedAt: createdAt,
      });
      for (let g = 1; g <= groups; g++) {
        if (!demo && !rng.chance(0.5)) continue;
        const name = g % 2 === 1 ? '邻里百家' : '村民议事坝';
        rows.venues.push({
          id: rng.uuid(), divisionCode: groupCode(code, g), villageCode: code, mainOf: null, kind: VenueKind.GROUP, name: `${NUMERALS[g - 1]}组${name}`, address: `${village.name}第${NUMERALS[g - 1]}村民小组`,
          functions: g % 2 === 1 ? [VenueFunction.ACTIVITY, VenueFunction.SERVICE] : [VenueFunction.DELIBERATION, VenueFunction.ACTIVITY], capacity: rng.int(25, 60), openingHours: '每日 8:00–20:00', createdAt, updatedAt: createdAt,
        });
      }

      // 微组织: 百家池 has every organization the report names; the others a varied share.
      const names: Array<[string, CommunityOrganizationKind]> = [
        ...SELF_GOVERNANCE.filter(() => demo || rng.chance(0.6)).map((n) => [n, CommunityOrganizationKind.SELF_GOVERNANCE] as [string, CommunityOrganizationKind]),
        ...MASS.filter(() => demo || rng.chance(0.4)).map((n) => [n, CommunityOrganizationKind.MASS] as [string, CommunityOrganizationKind]),
        ...SOCIAL.filter((_, i) => (demo ? i === 0 : rng.chance(0.15))).map((n) => [n, CommunityOrganizationKind.SOCIAL] as [string, CommunityOrganizationKind]),
      ];
      let elderlyCare: string | null = null;
      for (const [name, kind] of names) {
        const id = rng.uuid();
        if (demo && name === '居家养老服务社') elderlyCare = id;
        rows.cos.push({ id, villageCode: code, name, kind, status: CommunityOrganizationStatus.OPERATING, description: '', createdAt, updatedAt: createdAt });
        for (let m = 0; m < rng.int(5, 15); m++) {
          rows.coMembers.push({ id: rng.uuid(), organizationId: id, villageCode: code, name: personName(rng), role: m === 0 ? '会长' : '', joinedOn: `${rng.int(2019, 2023)}-0${rng.int(1, 9)}-15`, createdAt });
        }
        // Most met recently (active); some last met more than 90 days ago.
        const meetings = rng.int(1, 4);
        const lastAgo = demo || rng.chance(0.7) ? rng.int(3, 80) : rng.int(100, 300);
        for (let k = 0; k < meetings; k++) {
          rows.meetings.push({ id: rng.uuid(), organizationId: id, villageCode: code, heldOn: addDays(today, -(lastAgo + 30 * k)), venueId: null, topic: `${name}例会`, attendance: rng.int(5, 30), createdAt });
        }
      }
      if (demo) {
        rows.charters.push(
          { id: rng.uuid(), villageCode: code, kind: CharterKind.SELF_GOVERNANCE_CHARTER, version: 1, text: '百家池村村民自治章程（2019年版）', adoptedBy: '村民会议', adoptedOn: '2019-04-20', recordedBy: by, createdAt },
          { id: rng.uuid(), villageCode: code, kind: CharterKind.SELF_GOVERNANCE_CHARTER, version: 2, text: '百家池村村民自治章程（2022年修订）：落实“四议两公开一监督”、党务村务财务“三公开”。', adoptedBy: '村民代表会议', adoptedOn: '2022-05-18', recordedBy: by, createdAt },
          { id: rng.uuid(), villageCode: code, kind: CharterKind.VILLAGE_RULES, version: 1, text: '百家池村村规民约：邻里和睦、红白事简办、爱护公共设施。', adoptedBy: '村民会议', adoptedOn: '2020-01-12', recordedBy: by, createdAt },
        );
      }

      // 社会组织孵化基金: 百家池's 5万元 and its elderly-care grant; a third of the other villages have a smaller fund.
      if (demo) {
        const entries: Array<[FundSource, string | null, number]> = [
          [FundSource.TOWNSHIP_VILLAGE, null, 3_000_000],
          [FundSource.LOCAL_WORTHY, personName(rng), 1_200_000],
          [FundSource.LOCAL_WORTHY, personName(rng), 800_000],
        ];
        let t = 0;
        for (const [source, donor, amountFen] of entries) {
          rows.ledger.push({ id: rng.uuid(), villageCode: code, kind: FundTransactionKind.CONTRIBUTION, amountFen, deltaFen: amountFen, source, donor, recordedBy: by, createdAt: new Date(createdAt.getTime() + t++) });
        }
        rows.ledger.push({
          id: rng.uuid(), villageCode: code, kind: FundTransactionKind.GRANT, amountFen: BAIJIACHI_DEMO.elderlyCareGrantFen, deltaFen: -BAIJIACHI_DEMO.elderlyCareGrantFen,
          organizationId: elderlyCare, purpose: '居家养老服务（政府购买服务入驻村组微阵地）', recordedBy: by, createdAt: new Date(createdAt.getTime() + t),
        });
        rows.funds.push({ villageCode: code, balanceFen: BAIJIACHI_DEMO.fundRaisedFen - BAIJIACHI_DEMO.elderlyCareGrantFen });
      } else if (rng.chance(0.35)) {
        const amountFen = rng.int(10, 30) * 100_000;
        rows.ledger.push({ id: rng.uuid(), villageCode: code, kind: FundTransactionKind.CONTRIBUTION, amountFen, deltaFen: amountFen, source: FundSource.TOWNSHIP_VILLAGE, donor: null, recordedBy: by, createdAt });
        rows.funds.push({ villageCode: code, balanceFen: amountFen });
      }

      // Supervision: two villages other than 百家池 under elevated supervision; assessments with items in a few.
      if (!demo && index % 29 === 3) {
        rows.flags.push({ id: rng.uuid(), villageCode: code, reason: '村级事务管理问题较多，实行提级监督', fromOn: addDays(today, -60), toOn: addDays(today, 300), flaggedBy: 'county-511425', endedOn: null, endReason: null, endedBy: null, createdAt });
      }
      if (demo || rng.chance(0.2)) {
        const assessment = rng.uuid();
        rows.assessments.push({ id: assessment, villageCode: code, kind: AssessmentKind.PERFORMANCE, period: String(Number(today.slice(0, 4)) - 1), openedBy: 'township-511425112', createdAt });
        const stepKinds = [AssessmentStepKind.REPORT, AssessmentStepKind.CHECK, AssessmentStepKind.TALK, AssessmentStepKind.EVALUATE];
        stepKinds.forEach((step, k) => rows.steps.push({ id: rng.uuid(), assessmentId: assessment, step, score: rng.int(80, 96), findings: `${step === AssessmentStepKind.EVALUATE ? '评议结论：良好' : '已完成'}`, recordedOn: addDays(today, -120 + k * 10), createdAt }));
        rows.items.push({ id: rng.uuid(), assessmentId: assessment, villageCode: code, description: '村务公开栏更新不及时', owner: '村党组织书记', dueOn: addDays(today, demo ? 30 : -rng.int(5, 40)), completedOn: null, createdAt });
      }
    }

    const insert = async <T extends object>(entity: new () => T, data: Array<Partial<T>>) => {
      for (let i = 0; i < data.length; i += 1000) await tx.insertMany(entity as never, data.slice(i, i + 1000) as never);
    };
    await insert(PartyOrganization, rows.orgs);
    await insert(PartyMember, rows.members);
    await insert(MemberDevelopment, rows.developments);
    await insert(Cadre, rows.cadres);
    await insert(DutyList, rows.dutyLists);
    await insert(Mentorship, rows.mentorships);
    await insert(LiaisonPoint, rows.liaisons);
    await insert(Venue, rows.venues);
    await insert(CommunityOrganization, rows.cos);
    await insert(CommunityOrganizationMember, rows.coMembers);
    await insert(CommunityOrganizationMeeting, rows.meetings);
    await insert(Charter, rows.charters);
    await insert(IncubationFund, rows.funds);
    await insert(FundTransaction, rows.ledger);
    await insert(ElevatedSupervision, rows.flags);
    await insert(Assessment, rows.assessments);
    await insert(AssessmentStep, rows.steps);
    await insert(RectificationItem, rows.items);

    // Other services learn the seeded venues and organizations as they learn any other: outbox rows
    // written with the data, in one batched insert.
    const events: object[] = [];
    const outbox = (type: EventName, subject: string, data: object) => {
      const e = createCloudEvent({ type, source: EVENT_SOURCE, subject, time: createdAt, data });
      events.push({ id: e.id, type: e.type, source: e.source, subject: e.subject, time: new Date(e.time), data: e.data, createdAt, publishedAt: null, attempts: 0, lastError: null });
    };
    for (const v of rows.venues) {
      outbox(VENUE_SAVED, v.villageCode!, { venueId: v.id!, divisionCode: v.divisionCode!, name: v.name!, kind: v.kind!, functions: [...v.functions!], capacity: v.capacity! });
    }
    const lastMeeting = new Map<string, string>();
    for (const m of rows.meetings) if ((lastMeeting.get(m.organizationId!) ?? '') < m.heldOn!) lastMeeting.set(m.organizationId!, m.heldOn!);
    for (const o of rows.cos) {
      const active = (lastMeeting.get(o.id!) ?? '') >= addDays(today, -90);
      outbox(COMMUNITY_ORGANIZATION_SAVED, o.villageCode!, { organizationId: o.id!, divisionCode: o.villageCode!, name: o.name!, kind: o.kind!, active });
    }
    // Supervision judges a flagged village's indicators against their values before the flag: it learns the flags here.
    for (const f of rows.flags) {
      outbox(ELEVATED_SUPERVISION_SAVED, f.villageCode!, { supervisionId: f.id!, divisionCode: f.villageCode!, fromOn: f.fromOn!, toOn: f.toOn!, endedOn: null, at: createdAt.toISOString() });
    }
    await insert(OutboxEvent as never, events as never);
    await markIndicatorsDirty(tx, villages.map((v) => v.code));
    return {
      partyOrganizations: rows.orgs.length,
      partyMembers: rows.members.length,
      venues: rows.venues.length,
      communityOrganizations: rows.cos.length,
      fundEntries: rows.ledger.length,
    };
  });
}

/** Households of 百家池 in the grid's demo register (the report's figure). */
export const BAIJIACHI_HOUSEHOLDS = 1114;

/**
 * Demo only: makes the seeded members of the demo county's villages the contacts of the households the grid
 * announced — every household of 百家池, about a third elsewhere — in one set-based, idempotent statement.
 * Returns the links made.
 */
export async function linkDemoContactHouseholds(em: EntityManager): Promise<number> {
  const villages = loadDivisions(DEMO_COUNTY_CODE).filter((d) => d.level === 'VILLAGE').map((d) => d.code);
  const rows = await em.execute<Array<{ n: number }>>(
    `with v as (select json_array_elements_text(?::json) as code),
          m as (select id, village_code, row_number() over (partition by village_code order by id) - 1 as i,
                       count(*) over (partition by village_code) as n
                  from party_member where village_code in (select code from v)),
          h as (select household_id, substr(division_code, 1, 12) as village_code,
                       row_number() over (partition by substr(division_code, 1, 12) order by household_id) - 1 as j
                  from known_household where substr(division_code, 1, 12) in (select code from v)),
          ins as (insert into contact_household (id, member_id, household_id, village_code, created_at)
                  select gen_random_uuid(), m.id, h.household_id, h.village_code, now()
                    from h join m on m.village_code = h.village_code and m.i = h.j % m.n
                   where h.village_code = ? or h.j % 3 = 0
                  on conflict (household_id) do nothing
                  returning village_code)
     select count(*)::int as n from ins`,
    [JSON.stringify(villages), DEMO_VILLAGE_CODE],
  );
  if ((rows[0]?.n ?? 0) > 0) await markIndicatorsDirty(em, villages);
  return rows[0]?.n ?? 0;
}
