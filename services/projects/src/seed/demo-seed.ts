import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_VILLAGE_CODE, loadDivisions, Prng, villagerGroupCount } from '@shanzhi/divisions';
import { CONSULTATION_HELD, DECISION_STAGE_RECORDED, DISCLOSURE_PUBLISHED, recordEvent } from '@shanzhi/events';
import { markIndicatorsDirty } from '@shanzhi/indicators';
import { EVENT_SOURCE } from '../events/projects.events';
import { Consultation, FollowUp } from '../entities/consultation.entity';
import { Decision, DecisionStageRecord } from '../entities/decision.entity';
import { Disclosure, type DisclosureLine } from '../entities/disclosure.entity';
import {
  ConsultationKind, ConsultationStatus, DecisionStage, DecisionStatus, DisclosureKind, LineDirection, ListingPeriodStatus, NeedSource, NeedStatus, ProjectState,
  ResourceKind, StageOutcome,
} from '../entities/enums';
import { KnownParty } from '../entities/known-party.entity';
import { ListingPeriod } from '../entities/listing-period.entity';
import { Need } from '../entities/need.entity';
import { Project, ProjectTransition } from '../entities/project.entity';
import { Resource } from '../entities/resource.entity';
import { DISCLOSURE_DEADLINE_DAYS, voteOutcome } from '../services/decision-machine';
import { disclosureDueAt } from '../services/disclosure.service';
import { addDays, dayOf, monthOf, periodBounds, previousPeriod, quarterOf } from '../services/periods';

const DAY = 86_400_000;

/** Needs the villages raise, by category: the 一老一小 first, as the report's projects answer them. */
const NEED_POOL: ReadonlyArray<[string, string]> = [
  ['养老', '独居老人助餐服务'], ['养老', '高龄老人日间照料'], ['养老', '慢病老人上门随访'], ['育幼', '留守儿童课后看护'], ['育幼', '暑期儿童托管'],
  ['环境', '灌溉沟渠清淤'], ['环境', '垃圾分类收集点'], ['出行', '村道路灯维修'], ['出行', '便民桥加固'], ['产业', '柑橘种植技术培训'],
  ['文化', '坝坝舞活动场地'], ['就业', '农民工技能培训'], ['安全', '河边防溺水警示'], ['助残', '残疾人康复辅具'],
];
const TOPICS = ['春灌用水安排', '村道硬化意见', '人居环境整治', '留守儿童假期安全', '老年食堂运营', '柑橘销售渠道', '红白喜事简办', '集体经济分红'];

/** What the seed wrote. */
export interface ProjectsSeedSummary {
  villages: number;
  periods: number;
  needs: number;
  projects: number;
  consultations: number;
  decisions: number;
  disclosures: number;
}

/** Whether the demo lists are already present (the seed runs once per database). */
export async function projectsDemoSeeded(em: EntityManager): Promise<boolean> {
  const rows = await em.execute<Array<{ n: number }>>(`select count(*)::int as n from listing_period where division_code = ?`, [DEMO_VILLAGE_CODE]);
  return rows[0]!.n > 0;
}

/**
 * Waits until the organizations service has announced 百家池's social organization and main venue, so the
 * seeded projects and meetings reference real ids; false after the timeout (the seed then runs without them).
 */
export async function waitForDemoParties(fork: () => EntityManager, opts: { timeoutMs: number; pollMs?: number }): Promise<boolean> {
  const deadline = Date.now() + opts.timeoutMs;
  while (Date.now() < deadline) {
    const rows = await fork().execute<Array<{ n: number }>>(
      `select count(distinct type)::int as n from known_party where village_code = ? and ((type = 'ORGANIZATION' and kind = 'SOCIAL') or (type = 'VENUE' and kind = 'MAIN'))`,
      [DEMO_VILLAGE_CODE],
    );
    if (rows[0]!.n === 2) return true;
    await new Promise((r) => setTimeout(r, opts.pollMs ?? 200));
  }
  return false;
}

type Row<T> = Partial<T> & Record<string, unknown>;

/** Everything the seed inserts, collected first and written table by table in batches. */
class Rows {
  periods: Row<ListingPeriod>[] = [];
  needs: Row<Need>[] = [];
  resources: Row<Resource>[] = [];
  projects: Row<Project>[] = [];
  transitions: Row<ProjectTransition>[] = [];
  consultations: Row<Consultation>[] = [];
  followUps: Row<FollowUp>[] = [];
  decisions: Row<Decision>[] = [];
  records: Row<DecisionStageRecord>[] = [];
  disclosures: Row<Disclosure>[] = [];
}

/** A moment `days` (fractional) after the start of `period`, in China Standard Time, never after `now`. */
function within(period: string, fraction: number, now: Date): Date {
  const { start, end } = periodBounds(period);
  const at = new Date(start.getTime() + fraction * (end.getTime() - start.getTime()));
  return at > now ? new Date(now.getTime() - DAY) : at;
}

/**
 * Seeds the demo county's projects service, deterministically for a given day: every village of 511425 gets
 * the lists of the last four quarters (three published, the current one open), consultations with their
 * follow-ups, 四议两公开 decisions and three years of disclosures; 百家池 follows the report (monthly
 * secretary meetings, 一老一小 projects of its incubated social organization, one project above the
 * threshold through a full, quorate decision). Set-based inserts in one transaction; nothing if already seeded.
 */
export async function seedProjectsDemo(em: EntityManager, now = new Date()): Promise<ProjectsSeedSummary | null> {
  if (await projectsDemoSeeded(em)) return null;
  const villages = loadDivisions('511425').filter((d) => d.level === 'VILLAGE');
  const parties = await em.find(KnownParty, {});
  const rows = new Rows();
  const current = quarterOf(now);
  const quarters = [previousPeriod(previousPeriod(previousPeriod(current))), previousPeriod(previousPeriod(current)), previousPeriod(current), current];
  for (const village of villages) seedVillage(rows, village.code, village.name, parties.filter((p) => p.villageCode === village.code), quarters, now);
  await em.transactional(async (tx) => {
    const insert = async <T extends object>(entity: new () => T, list: Row<T>[]) => {
      for (let i = 0; i < list.length; i += 1000) await tx.insertMany(entity, list.slice(i, i + 1000) as never[]);
    };
    await insert(ListingPeriod, rows.periods);
    await insert(Need, rows.needs);
    await insert(Resource, rows.resources);
    await insert(Project, rows.projects);
    await insert(ProjectTransition, rows.transitions);
    await insert(Consultation, rows.consultations);
    await insert(FollowUp, rows.followUps);
    await insert(Decision, rows.decisions);
    await insert(DecisionStageRecord, rows.records);
    await insert(Disclosure, rows.disclosures);
    // The facts other services follow (supervision's alerts and monthly checks), as if recorded live.
    for (const c of rows.consultations) {
      const followUps = rows.followUps.filter((f) => f.consultationId === c.id).length;
      recordEvent(tx, { type: CONSULTATION_HELD, source: EVENT_SOURCE, subject: c.divisionCode!, data: { consultationId: c.id!, divisionCode: c.divisionCode!, kind: c.kind!, heldAt: c.heldAt!.toISOString(), attendance: c.attendance!, followUps } });
    }
    for (const r of rows.records) {
      recordEvent(tx, { type: DECISION_STAGE_RECORDED, source: EVENT_SOURCE, subject: r.divisionCode!, data: { decisionId: r.decisionId!, divisionCode: r.divisionCode!, stage: r.stage!, outcome: r.outcome!, heldAt: r.heldAt!.toISOString(), late: r.late ?? false } });
    }
    for (const d of rows.disclosures) {
      recordEvent(tx, { type: DISCLOSURE_PUBLISHED, source: EVENT_SOURCE, subject: d.divisionCode!, data: { disclosureId: d.id!, divisionCode: d.divisionCode!, kind: d.kind!, period: d.period!, correctsId: null, late: d.late ?? false, publishedAt: d.publishedAt!.toISOString() } });
    }
    await tx.flush();
    // Every village's baseline indicators are published once by the service's publisher.
    await markIndicatorsDirty(tx, villages.map((v) => v.code));
  });
  return {
    villages: villages.length,
    periods: rows.periods.length,
    needs: rows.needs.length,
    projects: rows.projects.length,
    consultations: rows.consultations.length,
    decisions: rows.decisions.length,
    disclosures: rows.disclosures.length,
  };
}

function seedVillage(rows: Rows, code: string, name: string, parties: KnownParty[], quarters: string[], now: Date): void {
  const demo = code === DEMO_VILLAGE_CODE;
  const rng = new Prng(`projects:${code}`);
  const social = parties.find((p) => p.type === 'ORGANIZATION' && p.kind === 'SOCIAL');
  const orgs = parties.filter((p) => p.type === 'ORGANIZATION');
  const venues = parties.filter((p) => p.type === 'VENUE');
  const mainVenue = venues.find((v) => v.kind === 'MAIN');
  const designer = () => (demo && social ? social.id : orgs.length ? rng.pick(orgs).id : `${code}-village-committee`);
  const venueId = () => mainVenue?.id ?? (venues.length ? rng.pick(venues).id : `${code}-main-venue`);
  const groups = villagerGroupCount(code);
  // How diligent the village is: drives meeting regularity, late disclosures and project outcomes.
  const diligence = demo ? 0.95 : 0.45 + 0.5 * rng.next();

  // 有事来协商: secretary meetings month by month (百家池 every month), other consultations now and then.
  const secretaryMeetings: Array<{ id: string; at: Date }> = [];
  // This month and the twelve before it, oldest first, stepped by calendar month (a fixed number of days
  // skips a month or repeats one near a month's start).
  const months = [monthOf(now)];
  while (months.length < 13) months.unshift(previousPeriod(months[0]!));
  for (const month of months) {
    const monthStart = periodBounds(month).start;
    const at = new Date(monthStart.getTime() + (9 + rng.int(0, 5)) * DAY + 19 * 3_600_000);
    if (at > now || !(demo || rng.chance(diligence))) continue;
    const c = consultation(rows, rng, code, ConsultationKind.SECRETARY_MEETING, rng.pick(TOPICS), at, venueId(), groups, now);
    secretaryMeetings.push({ id: c, at });
  }
  for (let k = 0; k < (demo ? 6 : rng.int(1, 4)); k++) {
    const at = new Date(now.getTime() - rng.int(5, 360) * DAY);
    consultation(rows, rng, code, rng.pick([ConsultationKind.VILLAGER_TALK, ConsultationKind.OPEN_DELIBERATION, ConsultationKind.HEARING]), rng.pick(TOPICS), at, venueId(), groups, now);
  }

  // The quarterly lists: three published, the current one open.
  let disclosuresFromLists = new Set<string>();
  for (const [qi, q] of quarters.entries()) {
    const open = qi === quarters.length - 1;
    const periodId = rng.uuid();
    const publishedAt = open ? null : new Date(Math.min(addDays(periodBounds(q).end, rng.int(1, demo ? 6 : 15)).getTime(), now.getTime() - DAY));
    const disclosureId = open ? null : rng.uuid();
    rows.periods.push({ id: periodId, divisionCode: code, period: q, status: open ? ListingPeriodStatus.OPEN : ListingPeriodStatus.PUBLISHED, publishedAt, disclosureId, createdAt: periodBounds(q).start });
    const needs: Array<{ id: string; category: string }> = [];
    const needCount = demo ? (open ? 5 : 8) : rng.int(open ? 1 : 3, open ? 4 : 7);
    for (let n = 0; n < needCount; n++) {
      // 百家池's lists always carry the 一老一小 needs its projects answer.
      const [category, title] = demo && n < 2 ? NEED_POOL[n === 0 ? 0 : 3]! : rng.pick(NEED_POOL);
      const source = demo && n < 2 ? NeedSource.CONSULTATION : rng.pick([NeedSource.CONSULTATION, NeedSource.SERVICE_ORDER, NeedSource.VILLAGER, NeedSource.SURVEY]);
      const inQuarter = secretaryMeetings.filter((m) => quarterOf(m.at) === q);
      const id = rng.uuid();
      rows.needs.push({
        id, divisionCode: code, periodId, title, description: '', category, source, status: NeedStatus.OPEN, householdIds: [], orderIds: [], candidateKey: null,
        consultationId: source === NeedSource.CONSULTATION && inQuarter.length ? rng.pick(inQuarter).id : null, createdAt: within(q, 0.05 + 0.3 * rng.next(), now),
      });
      needs.push({ id, category });
    }
    const resources: string[] = [];
    const addResource = (title: string, kind: ResourceKind, provider: string, amountFen: number | null, providerId: string | null = null) => {
      const id = rng.uuid();
      rows.resources.push({ id, divisionCode: code, periodId, title, kind, provider, providerId, amountFen, availableFrom: null, availableUntil: null, createdAt: within(q, 0.1, now) });
      resources.push(id);
    };
    addResource(demo ? '社会组织孵化基金' : '村级公益资金', ResourceKind.FUNDS, demo ? '镇村筹集、乡贤捐赠' : '镇村筹集', demo ? 5_000_000 : rng.int(5, 60) * 10_000);
    addResource(mainVenue?.name ?? `${name}党群服务中心`, ResourceKind.VENUE, '村委会', null, mainVenue?.id ?? null);
    if (demo || rng.chance(0.6)) addResource('志愿服务队', ResourceKind.VOLUNTEERS, '村志愿服务队', null);
    if (demo || rng.chance(0.3)) addResource('农技员指导', ResourceKind.SKILL, '镇农业服务中心', null);

    // Projects: 百家池's 居家养老 and 留守儿童 projects every quarter, by its incubated social organization.
    const plans: Array<{ title: string; needIds: string[]; budgetFen: number; decided?: boolean }> = [];
    if (demo) {
      plans.push({ title: '居家养老服务', needIds: needs.filter((n) => n.category === '养老').map((n) => n.id), budgetFen: 1_800_000 });
      plans.push({ title: '留守儿童关爱', needIds: needs.filter((n) => n.category === '育幼').map((n) => n.id), budgetFen: 1_200_000 });
      if (qi === 1) plans.push({ title: '邻里百家活动阵地提升改造', needIds: [needs[needs.length - 1]!.id], budgetFen: 6_800_000, decided: true });
    } else if (!open || rng.chance(0.5)) {
      for (let k = 0; k < rng.int(open ? 1 : 0, 2); k++) {
        const n = rng.pick(needs);
        plans.push({ title: `${NEED_POOL.find(([, t]) => t === rows.needs.find((x) => x.id === n.id)!.title)![1]}项目`, needIds: [n.id], budgetFen: rng.int(2, 45) * 100_000 });
      }
    }
    for (const plan of plans) {
      if (plan.needIds.length === 0) continue;
      const projectId = rng.uuid();
      const path = open
        ? [ProjectState.DRAFT]
        : qi === quarters.length - 2 && (!demo || plans.indexOf(plan) === 0)
          ? [ProjectState.DRAFT, ProjectState.COMMITTEE_REVIEWED, ProjectState.TOWNSHIP_FILED, ProjectState.IN_DELIVERY]
          : [ProjectState.DRAFT, ProjectState.COMMITTEE_REVIEWED, ProjectState.TOWNSHIP_FILED, ProjectState.IN_DELIVERY, ProjectState.DELIVERED, ProjectState.ACCEPTED];
      const returned = !demo && !open && rng.chance(0.15);
      const steps: ProjectState[] = returned ? [ProjectState.DRAFT, ProjectState.COMMITTEE_REVIEWED, ProjectState.RETURNED, ...path.slice(1)] : path;
      const { start } = periodBounds(q);
      // Delivered projects end within ~5 months; the planned date is met by the diligent villages.
      const deliveredAt = steps.includes(ProjectState.DELIVERED) ? new Date(Math.min(start.getTime() + rng.int(60, 150) * DAY, now.getTime() - 3 * DAY)) : null;
      const dueOn = dayOf(deliveredAt && rng.chance(diligence) ? addDays(deliveredAt, rng.int(0, 20)) : new Date(start.getTime() + rng.int(80, 140) * DAY));
      let decisionId: string | null = null;
      if (plan.decided) decisionId = fullDecision(rows, rng, code, projectId, plan.title, start, now);
      const state = steps[steps.length - 1]!;
      rows.projects.push({
        id: projectId, divisionCode: code, periodId, title: plan.title, needIds: plan.needIds, resourceIds: resources.slice(0, 2), designedById: designer(),
        targets: '', budgetFen: plan.budgetFen, dueOn, state, percent: state === ProjectState.IN_DELIVERY ? rng.int(30, 80) : steps.includes(ProjectState.DELIVERED) ? 100 : 0,
        decisionId, acceptanceResult: state === ProjectState.ACCEPTED ? '按计划完成，群众满意' : null, deliveredAt, createdAt: within(q, 0.3, now),
      });
      let at = within(q, 0.3, now);
      let from: ProjectState | null = null;
      for (const to of steps) {
        const role = to === ProjectState.TOWNSHIP_FILED || to === ProjectState.RETURNED || to === ProjectState.ACCEPTED ? 'TOWNSHIP_OFFICER' : 'VILLAGE_CADRE';
        if (to === ProjectState.DELIVERED && deliveredAt) at = deliveredAt;
        rows.transitions.push({ id: rng.uuid(), projectId, from, to, role, note: null, opinion: to === ProjectState.RETURNED ? '预算明细不清，请补充后再报' : null, percent: null, at });
        from = to;
        at = new Date(Math.min(at.getTime() + rng.int(3, 12) * DAY, now.getTime() - DAY));
      }
      if (state === ProjectState.ACCEPTED) for (const n of rows.needs) if (plan.needIds.includes(n.id as string)) n.status = NeedStatus.ANSWERED;
    }
    if (!open) {
      const counts = [needs.length, resources.length, plans.filter((p) => p.needIds.length).length];
      rows.disclosures.push({
        id: disclosureId!, divisionCode: code, kind: DisclosureKind.VILLAGE, period: q, title: `${q} 需求、资源、项目清单公示`,
        body: `本季度需求清单 ${counts[0]} 项，资源清单 ${counts[1]} 项，项目清单 ${counts[2]} 项。`,
        lines: [`需求清单 ${counts[0]} 项`, `资源清单 ${counts[1]} 项`, `项目清单 ${counts[2]} 项`].map((label) => ({ label, direction: null, amountFen: null })),
        incomeTotalFen: null, expenseTotalFen: null, correctsId: null, late: publishedAt! > disclosureDueAt(q), publishedAt: publishedAt!,
      });
      disclosuresFromLists = new Set([...disclosuresFromLists, q]);
    }
  }

  // Other decisions: most complete and on time, some late, a meeting without quorum now and then.
  for (let k = 0; k < (demo ? 2 : rng.int(0, 2)); k++) otherDecision(rows, rng, code, diligence, now);

  // 三公开 over three years: finance monthly, party and village affairs quarterly; the careless are late.
  const lateChance = demo ? 0.08 : 0.05 + 0.4 * (1 - diligence);
  let month = monthOf(now);
  for (let m = 0; m < 36; m++) {
    month = previousPeriod(month);
    disclosure(rows, rng, code, DisclosureKind.FINANCE, month, lateChance, now);
  }
  let quarter = quarterOf(now);
  for (let k = 0; k < 12; k++) {
    quarter = previousPeriod(quarter);
    disclosure(rows, rng, code, DisclosureKind.PARTY, quarter, lateChance, now);
    if (!disclosuresFromLists.has(quarter)) disclosure(rows, rng, code, DisclosureKind.VILLAGE, quarter, lateChance, now);
  }
}

function consultation(rows: Rows, rng: Prng, code: string, kind: ConsultationKind, topic: string, at: Date, venueId: string, groups: number, now: Date): string {
  const id = rng.uuid();
  const present = Array.from({ length: groups }, (_, g) => `${code}${String(g + 1).padStart(3, '0')}`).filter(() => rng.chance(0.8));
  rows.consultations.push({
    id, divisionCode: code, topic, kind, raisedBy: rng.pick(['村民', '村干部', '老年协会', '村民议事会']), status: ConsultationStatus.HELD, venueId, heldAt: at,
    attendance: rng.int(15, 80), groupsPresent: present, views: ['群众意见集中在落实时间和费用分担'], outcome: '形成处理意见，明确责任人和完成时限', needId: null, createdAt: at,
  });
  for (let f = 0; f < rng.int(1, 2); f++) {
    const due = addDays(at, rng.int(7, 45));
    // Most follow-ups are done before their date; a few remain open past it (what the township watches).
    const done = due < now && rng.chance(0.9) ? addDays(at, rng.int(3, 40)) : null;
    rows.followUps.push({ id: rng.uuid(), consultationId: id, divisionCode: code, action: rng.pick(['落实施工队伍', '张贴公示', '入户回访', '协调镇农业服务中心']), owner: rng.pick(['村主任', '村支书', '片长', '村民小组长']), dueOn: dayOf(due), doneAt: done && done < now ? done : null });
  }
  return id;
}

/** A vote with the given share present and in favour (the numbers the seed records). */
function vote(rng: Prng, eligible: number, presentShare: number, forShare: number) {
  const present = Math.min(eligible, Math.ceil(eligible * presentShare));
  const votesFor = Math.min(present, Math.ceil(present * forShare));
  const votesAgainst = rng.int(0, present - votesFor);
  return { eligible, present, votesFor, votesAgainst, abstentions: present - votesFor - votesAgainst };
}

/** The decision on 百家池's project above the threshold: all six stages, quorate votes, disclosures on time. */
function fullDecision(rows: Rows, rng: Prng, code: string, projectId: string, title: string, start: Date, now: Date): string {
  const id = rng.uuid();
  const t0 = new Date(start.getTime() + 5 * DAY);
  const stages: Array<[DecisionStage, number, ReturnType<typeof vote> | null, Date | null]> = [
    [DecisionStage.BRANCH_PROPOSAL, 0, null, null],
    [DecisionStage.COMMITTEES_DELIBERATION, 3, null, null],
    [DecisionStage.PARTY_MEMBERS_REVIEW, 8, { eligible: 68, present: 57, votesFor: 52, votesAgainst: 3, abstentions: 2 }, null],
    [DecisionStage.VILLAGERS_RESOLUTION, 12, { eligible: 45, present: 39, votesFor: 35, votesAgainst: 2, abstentions: 2 }, null],
    [DecisionStage.RESOLUTION_DISCLOSED, 14, null, null],
    [DecisionStage.RESULT_DISCLOSED, 110, null, new Date(t0.getTime() + 105 * DAY)],
  ];
  const completed = t0.getTime() + 110 * DAY < now.getTime();
  let last: DecisionStage | null = null;
  for (const [stage, offset, v, implementedAt] of stages) {
    const heldAt = new Date(t0.getTime() + offset * DAY);
    if (heldAt > now) break;
    rows.records.push({ id: rng.uuid(), decisionId: id, divisionCode: code, stage, outcome: v ? voteOutcome(v) : StageOutcome.DONE, heldAt, ...(v ?? {}), implementedAt, late: false, recordedAt: heldAt });
    last = stage;
  }
  rows.decisions.push({ id, divisionCode: code, title: `${title}项目实施`, matter: `${title}，预算 6.8 万元，由村民(代表)会议决定`, major: true, projectId, stage: last, status: completed ? DecisionStatus.COMPLETED : DecisionStatus.IN_PROGRESS, createdAt: t0 });
  return id;
}

/** A decision on another village matter, through as many stages as its age allows. */
function otherDecision(rows: Rows, rng: Prng, code: string, diligence: number, now: Date): void {
  const id = rng.uuid();
  const t0 = new Date(now.getTime() - rng.int(20, 700) * DAY);
  let at = t0;
  let last: DecisionStage | null = null;
  let status = DecisionStatus.IN_PROGRESS;
  const order = [DecisionStage.BRANCH_PROPOSAL, DecisionStage.COMMITTEES_DELIBERATION, DecisionStage.PARTY_MEMBERS_REVIEW, DecisionStage.VILLAGERS_RESOLUTION, DecisionStage.RESOLUTION_DISCLOSED, DecisionStage.RESULT_DISCLOSED];
  for (const stage of order) {
    at = new Date(at.getTime() + rng.int(2, 6) * DAY);
    if (at > now) break;
    if (stage === DecisionStage.PARTY_MEMBERS_REVIEW || stage === DecisionStage.VILLAGERS_RESOLUTION) {
      const eligible = stage === DecisionStage.PARTY_MEMBERS_REVIEW ? rng.int(25, 70) : rng.int(30, 60);
      if (!rng.chance(diligence)) {
        // A first meeting without quorum, recorded, then a quorate one.
        const v = vote(rng, eligible, 0.55, 0.9);
        rows.records.push({ id: rng.uuid(), decisionId: id, divisionCode: code, stage, outcome: voteOutcome(v), heldAt: at, ...v, implementedAt: null, late: false, recordedAt: at });
        at = new Date(at.getTime() + rng.int(5, 10) * DAY);
        if (at > now) break;
      }
      const v = vote(rng, eligible, 0.7 + 0.25 * rng.next(), 0.6 + 0.35 * rng.next());
      rows.records.push({ id: rng.uuid(), decisionId: id, divisionCode: code, stage, outcome: voteOutcome(v), heldAt: at, ...v, implementedAt: null, late: false, recordedAt: at });
    } else if (stage === DecisionStage.RESULT_DISCLOSED) {
      const implementedAt = new Date(at.getTime() + rng.int(30, 120) * DAY);
      const disclosedAt = new Date(implementedAt.getTime() + (rng.chance(diligence) ? rng.int(1, 6) : rng.int(9, 20)) * DAY);
      if (disclosedAt > now) break;
      rows.records.push({ id: rng.uuid(), decisionId: id, divisionCode: code, stage, outcome: StageOutcome.DONE, heldAt: disclosedAt, implementedAt, late: disclosedAt.getTime() - implementedAt.getTime() > DISCLOSURE_DEADLINE_DAYS * DAY, recordedAt: disclosedAt });
      status = DecisionStatus.COMPLETED;
    } else {
      const late = stage === DecisionStage.RESOLUTION_DISCLOSED && !rng.chance(diligence);
      if (late) at = new Date(at.getTime() + rng.int(8, 15) * DAY);
      if (at > now) break;
      rows.records.push({ id: rng.uuid(), decisionId: id, divisionCode: code, stage, outcome: StageOutcome.DONE, heldAt: at, implementedAt: null, late, recordedAt: at });
    }
    last = stage;
  }
  rows.decisions.push({ id, divisionCode: code, title: rng.pick(['村道硬化工程', '集体经济项目分红方案', '人居环境整治经费使用', '村级公益设施维修']), matter: '村级重大事项', major: true, projectId: null, stage: last, status, createdAt: t0 });
}

/** One disclosure of a period, published before or (by chance) after its due date; none when that is still ahead. */
function disclosure(rows: Rows, rng: Prng, code: string, kind: DisclosureKind, period: string, lateChance: number, now: Date): void {
  const due = disclosureDueAt(period);
  const publishedAt = rng.chance(lateChance) ? addDays(due, rng.int(1, 25)) : addDays(periodBounds(period).end, rng.int(1, 9));
  if (publishedAt > now) return;
  let lines: DisclosureLine[] = [];
  let income: number | null = null;
  let expense: number | null = null;
  if (kind === DisclosureKind.FINANCE) {
    lines = [
      { label: '上级转移支付', direction: LineDirection.INCOME, amountFen: rng.int(50, 400) * 1000 },
      { label: '集体经营收入', direction: LineDirection.INCOME, amountFen: rng.int(0, 200) * 1000 },
      { label: '办公及水电', direction: LineDirection.EXPENSE, amountFen: rng.int(20, 80) * 100 },
      { label: '公益事业支出', direction: LineDirection.EXPENSE, amountFen: rng.int(10, 300) * 1000 },
    ];
    income = lines.filter((l) => l.direction === LineDirection.INCOME).reduce((s, l) => s + l.amountFen!, 0);
    expense = lines.filter((l) => l.direction === LineDirection.EXPENSE).reduce((s, l) => s + l.amountFen!, 0);
  }
  const title = { PARTY: `${period} 党务公开`, VILLAGE: `${period} 村务公开`, FINANCE: `${period} 财务收支公开` }[kind];
  const body = { PARTY: '党组织建设、党员发展和党费收缴情况。', VILLAGE: '村级重大事项、惠民政策落实和村务决策情况。', FINANCE: '本月村级财务收支明细如下。' }[kind];
  rows.disclosures.push({ id: rng.uuid(), divisionCode: code, kind, period, title, body, lines, incomeTotalFen: income, expenseTotalFen: expense, correctsId: null, late: publishedAt > due, publishedAt });
}
