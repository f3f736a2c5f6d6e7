import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_COUNTY_CODE, DEMO_VIEWERS, DEMO_VILLAGE_CODE, loadDivisions, Prng, villagerGroupCount } from '@shanzhi/divisions';
import { markIndicatorsDirty } from '@shanzhi/indicators';
import { Activity } from '../entities/activity.entity';
import { ActivitySignUp } from '../entities/activity-sign-up.entity';
import { BirthdayDay } from '../entities/birthday.entity';
import { ActivityKind, Attendance, HeritageCondition, HeritageKind, HeritageLocation, NominatorKind, SignUpChannel, SignUpStatus, StarCampaignKind, StarCampaignState, WishBeneficiary, WishKind, WishState } from '../entities/enums';
import { HeritageItem } from '../entities/heritage-item.entity';
import { Nomination } from '../entities/nomination.entity';
import { StarCampaign, StarCampaignTransition } from '../entities/star-campaign.entity';
import { StarVote } from '../entities/star-vote.entity';
import { VillagerRepresentative } from '../entities/villager-representative.entity';
import { VolunteerHours } from '../entities/volunteer-hours.entity';
import { Wish, WishTransition } from '../entities/wish.entity';
import { recordWishTransitioned } from '../events/wish.events';
import { publicationDue } from '../services/star-campaign.service';

const DAY = 86400000;
const CST = 8 * 3600 * 1000;
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '周', '吴', '徐', '孙', '胡', '朱', '高', '林', '何', '郭', '马', '罗'];
const GIVEN = ['秀英', '桂兰', '建国', '志强', '玉珍', '德明', '淑芬', '国华', '明', '静', '小燕', '子涵', '浩然', '雨欣', '文博', '春梅', '永福', '海燕', '家豪', '思远'];

/** A CST wall-clock time as a Date. */
const cst = (y: number, m: number, d: number, h = 10) => new Date(Date.UTC(y, m - 1, d, h) - CST);
const name = (rng: Prng) => rng.pick(SURNAMES) + rng.pick(GIVEN);

/** True once the demo's culture data is present (the seed runs once per database). */
export async function cultureDemoSeeded(em: EntityManager): Promise<boolean> {
  return (await em.count(Activity, { divisionCode: DEMO_VILLAGE_CODE })) > 0;
}

/** What one village's seed holds: 百家池 follows the source report; the others are smaller and varied. */
interface VillagePlan {
  code: string;
  main: boolean;
  rng: Prng;
}

/**
 * Seeds the demo county: for 百家池 a year of activities (Spring Festival 牛儿灯, Dragon Boat 龙太子抢鸭, monthly
 * birthday days on the 15th, cleaning and companionship volunteer services, lectures, sports) with sign-ups,
 * attendance and volunteer hours; a museum of 40 items; four quarters of both star campaigns with
 * representatives' votes; wishes in every state. The other villages get less of each, drawn from a PRNG
 * seeded by their code, so the same day always gives the same data. Set-based inserts in one transaction.
 */
export async function seedCultureDemo(em: EntityManager, now = new Date()): Promise<Record<string, number>> {
  const villages: VillagePlan[] = loadDivisions(DEMO_COUNTY_CODE)
    .filter((d) => d.level === 'VILLAGE')
    .map((d) => ({ code: d.code, main: d.code === DEMO_VILLAGE_CODE, rng: new Prng(`culture-demo:${d.code}`) }));
  const rows = {
    activities: [] as Array<Partial<Activity>>, signUps: [] as Array<Partial<ActivitySignUp>>, hours: [] as Array<Partial<VolunteerHours>>,
    days: [] as Array<Partial<BirthdayDay>>, items: [] as Array<Partial<HeritageItem>>, reps: [] as Array<Partial<VillagerRepresentative>>,
    campaigns: [] as Array<Partial<StarCampaign>>, transitions: [] as Array<Partial<StarCampaignTransition>>, nominations: [] as Array<Partial<Nomination>>,
    votes: [] as Array<Partial<StarVote>>, wishes: [] as Array<Partial<Wish>>, wishSteps: [] as Array<Partial<WishTransition>>,
  };
  const local = new Date(now.getTime() + CST);
  const thisYear = local.getUTCFullYear();
  const thisMonth = local.getUTCMonth() + 1;
  for (const v of villages) {
    const { rng, code, main } = v;
    const scale = main ? 1 : 0.1 + rng.next() * 0.25;
    const groups = villagerGroupCount(code);
    const birthdayDay = main ? 15 : rng.int(1, 28);
    rows.days.push({ divisionCode: code, dayOfMonth: birthdayDay });
    const addActivity = (kind: ActivityKind, title: string, startsAt: Date, capacity: number, birthdayMonth: number | null = null) => {
      const a: Partial<Activity> = {
        id: rng.uuid(), divisionCode: code, kind, title, startsAt, venueId: null, capacity, organizerId: null, audienceGroupCodes: [], birthdayMonth,
        signedUp: 0, waitlisted: 0, nextSeq: 1, summary: null, photos: [], attendanceRecordedAt: null, createdAt: new Date(startsAt.getTime() - 14 * DAY),
      };
      if (startsAt < now) {
        const n = Math.min(capacity, Math.max(3, Math.round(capacity * (0.6 + rng.next() * 0.4))));
        for (let i = 0; i < n; i++) {
          rows.signUps.push({
            id: rng.uuid(), activityId: a.id!, divisionCode: code, residentId: rng.uuid(), channel: rng.pick([SignUpChannel.ONLINE, SignUpChannel.IN_PERSON, SignUpChannel.CADRE]),
            status: SignUpStatus.CONFIRMED, seq: i + 1, signedUpBy: DEMO_VIEWERS.cadre.username.replace(DEMO_VILLAGE_CODE, code),
            signedUpAt: new Date(startsAt.getTime() - rng.int(1, 10) * DAY), cancelledAt: null, attendance: rng.chance(0.88) ? Attendance.ATTENDED : Attendance.ABSENT,
          });
        }
        if (kind === ActivityKind.VOLUNTEER) {
          const volunteers = rows.signUps.slice(-n).slice(0, Math.min(n, rng.int(4, 10)));
          for (const s of volunteers) rows.hours.push({ activityId: a.id!, residentId: s.residentId!, divisionCode: code, minutes: rng.int(4, 16) * 15 });
        }
        Object.assign(a, { signedUp: n, nextSeq: n + 1, attendanceRecordedAt: new Date(startsAt.getTime() + 4 * 3600 * 1000), summary: `${title}圆满举行，${n}人参加。`,
          photos: [{ url: `https://static.example.gov.cn/culture/${code}/${a.id}.jpg`, caption: title }] });
      }
      rows.activities.push(a);
    };
    // Twelve months up to this one.
    for (let back = 11; back >= 0; back--) {
      const monthIndex = thisYear * 12 + (thisMonth - 1) - back;
      const year = Math.floor(monthIndex / 12);
      const m = (monthIndex % 12) + 1;
      if (main || rng.chance(0.7)) addActivity(ActivityKind.BIRTHDAY, `${m}月集体生日会（共唱一首歌、共吃一顿饭、共做一件事）`, cst(year, m, birthdayDay), Math.round(60 * scale) + 20, m);
      if (m === 2) addActivity(ActivityKind.FESTIVAL, main ? '春节“牛儿灯”灯舞表演' : '春节联欢', cst(year, 2, 8, 19), Math.round(300 * scale));
      if (m === 6) addActivity(ActivityKind.FESTIVAL, main ? '端午“龙太子抢鸭”' : '端午包粽子', cst(year, 6, 10, 9), Math.round(200 * scale));
      const cleanings = main ? 2 : rng.int(0, 1);
      for (let i = 0; i < cleanings; i++) addActivity(ActivityKind.VOLUNTEER, '志愿服务：卫生清洁', cst(year, m, 5 + i * 14, 8), Math.round(30 * scale) + 5);
      if (main || rng.chance(0.5)) addActivity(ActivityKind.VOLUNTEER, '志愿服务：心灵慰藉（走访独居老人）', cst(year, m, 20, 14), Math.round(15 * scale) + 5);
      if (main || rng.chance(0.3)) addActivity(ActivityKind.LECTURE, rng.pick(['移风易俗宣讲', '防诈骗知识讲座', '健康养生讲座', '村规民约宣讲']), cst(year, m, 25, 19), Math.round(80 * scale) + 10);
      if (m % 2 === 0 && (main || rng.chance(0.3))) addActivity(ActivityKind.SPORTS, rng.pick(['坝坝舞比赛', '村民趣味运动会', '篮球友谊赛']), cst(year, m, 18, 15), Math.round(100 * scale) + 10);
    }
    // The museum.
    const itemCount = main ? 40 : rng.int(3, 15);
    const kinds = [HeritageKind.FAMILY_HISTORY, HeritageKind.PHOTO, HeritageKind.OBJECT, HeritageKind.DOCUMENT];
    const objects = ['石磨', '犁耙', '煤油灯', '老式缝纫机', '竹编背篓', '搪瓷缸', '算盘', '收音机', '粮票', '结婚证', '老木柜', '蓑衣'];
    for (let i = 0; i < itemCount; i++) {
      const kind = kinds[i % 4]!;
      const era = rng.pick(['1950年代', '1960年代', '1970年代', '1980年代', '1990年代']);
      const title = kind === HeritageKind.OBJECT ? rng.pick(objects) : kind === HeritageKind.PHOTO ? `${era}老照片` : kind === HeritageKind.FAMILY_HISTORY ? `${rng.pick(SURNAMES)}家发展史` : `${era}${rng.pick(['分田到户', '修渠', '办学'])}文书`;
      const consent = rng.chance(0.6);
      const returned = i > 0 && rng.chance(0.03);
      rows.items.push({
        id: rng.uuid(), divisionCode: code, kind, title, description: `${title}，村民捐赠，记录百家池一带的${era}生活。`.replace('百家池', main ? '百家池' : '本村'), era,
        donorHouseholdId: rng.uuid(), donorName: consent ? name(rng) : null, provenance: '村民捐赠', receivedOn: new Date(now.getTime() - rng.int(30, 900) * DAY).toISOString().slice(0, 10),
        condition: rng.pick([HeritageCondition.GOOD, HeritageCondition.GOOD, HeritageCondition.FAIR, HeritageCondition.POOR]),
        location: returned ? HeritageLocation.RETURNED : rng.chance(0.7) ? HeritageLocation.ON_DISPLAY : HeritageLocation.IN_STORAGE,
        mediaUrls: [`https://static.example.gov.cn/museum/${code}/${i + 1}.jpg`], returnedAt: returned ? new Date(now.getTime() - 10 * DAY) : null,
        returnNote: returned ? '捐赠人家属申请取回' : null, createdAt: new Date(now.getTime() - 30 * DAY),
      });
    }
    // Representatives: roughly one per 35 households in 百家池; the demo villager is one of them.
    const repCount = main ? 30 : rng.int(8, 20);
    const reps: string[] = [];
    for (let i = 1; i <= repCount; i++) {
      const username = main && i === 1 ? DEMO_VIEWERS.villager.username : `rep-${code}-${String(i).padStart(2, '0')}`;
      reps.push(username);
      rows.reps.push({ id: rng.uuid(), divisionCode: code, username, name: name(rng), addedAt: new Date(now.getTime() - 400 * DAY) });
    }
    // The last four complete quarters of both campaigns.
    const currentQ = Math.ceil(thisMonth / 3);
    for (let back = 4; back >= 1; back--) {
      const qi = thisYear * 4 + (currentQ - 1) - back;
      const quarter = `${Math.floor(qi / 4)}Q${(qi % 4) + 1}`;
      for (const kind of [StarCampaignKind.BEAUTIFUL_COURTYARD, StarCampaignKind.VILLAGE_STAR]) {
        if (!main && rng.chance(0.35)) continue;
        const dueAt = publicationDue(quarter);
        const late = !main && rng.chance(0.25);
        const publishedAt = new Date(Math.min(now.getTime() - DAY, dueAt.getTime() + (late ? rng.int(3, 20) : -rng.int(3, 20)) * DAY));
        const openedAt = new Date(dueAt.getTime() - 60 * DAY);
        const c: Partial<StarCampaign> = { id: rng.uuid(), divisionCode: code, quarter, kind, state: StarCampaignState.PUBLISHED, winnerCount: 3, votingClosesAt: new Date(openedAt.getTime() + 21 * DAY), dueAt, publishedAt, createdAt: openedAt };
        rows.campaigns.push(c);
        const by = DEMO_VIEWERS.cadre.username.replace(DEMO_VILLAGE_CODE, code);
        const steps: Array<[StarCampaignState | null, StarCampaignState, number]> = [[null, StarCampaignState.NOMINATING, 0], [StarCampaignState.NOMINATING, StarCampaignState.VOTING, 14], [StarCampaignState.VOTING, StarCampaignState.COMMITTEE_REVIEW, 21]];
        for (const [from, to, d] of steps) rows.transitions.push({ id: rng.uuid(), campaignId: c.id!, from, to, by, at: new Date(openedAt.getTime() + d * DAY) });
        rows.transitions.push({ id: rng.uuid(), campaignId: c.id!, from: StarCampaignState.COMMITTEE_REVIEW, to: StarCampaignState.PUBLISHED, by, at: publishedAt });
        const noms: Array<Partial<Nomination> & { votes: number }> = [];
        const nomCount = rng.int(5, 8);
        for (let i = 0; i < nomCount; i++) {
          const byOrg = rng.chance(0.4);
          noms.push({
            id: rng.uuid(), campaignId: c.id!, nomineeResidentId: rng.uuid(), nomineeName: name(rng), nominatorKind: byOrg ? NominatorKind.ORGANIZATION : NominatorKind.INDIVIDUAL,
            nominatedBy: rng.uuid(), reason: kind === StarCampaignKind.BEAUTIFUL_COURTYARD ? '庭院整洁、花木繁茂，带动邻里美化环境。' : '热心公益、孝老爱亲，邻里口碑好。',
            struckReason: null, rank: null, createdAt: new Date(openedAt.getTime() + (i + 1) * 3600 * 1000), votes: 0,
          });
        }
        const weights = noms.map(() => 1 + rng.next() * 4);
        const total = weights.reduce((a, b) => a + b, 0);
        for (const voter of reps) {
          if (!rng.chance(0.9)) continue;
          let r = rng.next() * total;
          let idx = 0;
          while (idx < noms.length - 1 && (r -= weights[idx]!) > 0) idx++;
          noms[idx]!.votes++;
          rows.votes.push({ id: rng.uuid(), campaignId: c.id!, nominationId: noms[idx]!.id!, voterUsername: voter, castAt: new Date(openedAt.getTime() + (15 + rng.int(0, 5)) * DAY) });
        }
        if (rng.chance(0.2)) noms[rng.int(0, noms.length - 1)]!.struckReason = '两委复审：经核实存在违反村规民约情形。';
        // Winners as the tally orders them: votes, then the earlier nomination.
        const ranked = noms.filter((n) => !n.struckReason && n.votes > 0).sort((a, b) => b.votes - a.votes || a.createdAt!.getTime() - b.createdAt!.getTime() || (a.id! < b.id! ? -1 : 1));
        ranked.slice(0, 3).forEach((n, i) => (n.rank = i + 1));
        for (const { votes: _votes, ...n } of noms) rows.nominations.push(n);
      }
    }
    // Wishes of 一老一小, in every state.
    const wishCount = main ? 32 : rng.int(2, 10);
    for (let i = 0; i < wishCount; i++) {
      const state = main ? [WishState.MADE, WishState.CLAIMED, WishState.FULFILLED, WishState.FULFILLED, WishState.FULFILLED, WishState.WITHDRAWN][i % 6]! : rng.pick([WishState.MADE, WishState.CLAIMED, WishState.FULFILLED, WishState.FULFILLED]);
      const madeAt = new Date(now.getTime() - rng.int(10, 300) * DAY);
      const claimedAt = state === WishState.MADE ? null : new Date(Math.min(now.getTime() - DAY, madeAt.getTime() + rng.int(1, 8) * DAY));
      const fulfilledAt = state === WishState.FULFILLED ? new Date(Math.min(now.getTime(), claimedAt!.getTime() + rng.int(2, 25) * DAY)) : null;
      // A claim still open dates from the last 20 days, never before the wish was made.
      const activeClaim = state === WishState.CLAIMED ? new Date(Math.max(madeAt.getTime() + DAY, now.getTime() - rng.int(1, 20) * DAY)) : claimedAt;
      const beneficiary = rng.chance(0.6) ? WishBeneficiary.ELDERLY : WishBeneficiary.CHILD;
      const kind = rng.pick([WishKind.COMPANIONSHIP, WishKind.ITEM, WishKind.REPAIR, WishKind.HEALTH, WishKind.STUDY]);
      const group = `${code}${String(rng.int(1, groups)).padStart(3, '0')}`;
      const cadre = DEMO_VIEWERS.cadre.username.replace(DEMO_VILLAGE_CODE, code);
      const w: Partial<Wish> = {
        id: rng.uuid(), divisionCode: group, householdId: rng.uuid(), madeBy: cadre, wisherName: name(rng), beneficiary, kind,
        text: beneficiary === WishBeneficiary.ELDERLY ? rng.pick(['希望有人陪我聊聊天', '想要一副老花镜', '屋顶漏雨想请人修一修', '想去县医院复查身体']) : rng.pick(['想要一套课外书', '希望有人辅导数学', '想要一个新书包', '想学画画']),
        state, madeAt, claimedBy: state === WishState.CLAIMED || state === WishState.FULFILLED ? cadre : null, claimantName: state === WishState.CLAIMED || state === WishState.FULFILLED ? rng.pick(['党员志愿服务队', '老年协会', '青年志愿者']) : null,
        claimedAt: state === WishState.CLAIMED || state === WishState.FULFILLED ? activeClaim : null, fulfilledAt,
        fulfilmentNote: fulfilledAt ? '心愿已圆，家属表示感谢。' : null, fulfilmentPhotoUrl: fulfilledAt ? `https://static.example.gov.cn/wishes/${code}/${i + 1}.jpg` : null, lapsedClaims: 0,
      };
      rows.wishes.push(w);
      rows.wishSteps.push({ id: rng.uuid(), wishId: w.id!, from: null, to: WishState.MADE, by: cadre, at: madeAt });
      if (w.claimedAt) rows.wishSteps.push({ id: rng.uuid(), wishId: w.id!, from: WishState.MADE, to: WishState.CLAIMED, by: cadre, at: w.claimedAt });
      if (fulfilledAt) rows.wishSteps.push({ id: rng.uuid(), wishId: w.id!, from: WishState.CLAIMED, to: WishState.FULFILLED, by: cadre, at: fulfilledAt });
      if (state === WishState.WITHDRAWN) rows.wishSteps.push({ id: rng.uuid(), wishId: w.id!, from: WishState.MADE, to: WishState.WITHDRAWN, by: cadre, at: new Date(madeAt.getTime() + 2 * DAY) });
    }
  }
  await em.transactional(async (tx) => {
    // One INSERT … SELECT per table and 5,000 rows: the JSON document is expanded in the database, which is
    // far faster than binding every column of every row.
    const insert = async (table: string, data: Array<Record<string, unknown>>) => {
      for (let i = 0; i < data.length; i += 5000) {
        const chunk = data.slice(i, i + 5000).map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), v])));
        await tx.execute(`insert into ${table} select * from json_populate_recordset(null::${table}, ?::json)`, [JSON.stringify(chunk)]);
      }
    };
    await insert('activity', rows.activities);
    await insert('activity_sign_up', rows.signUps);
    await insert('volunteer_hours', rows.hours);
    await insert('birthday_day', rows.days);
    await insert('heritage_item', rows.items);
    await insert('villager_representative', rows.reps);
    await insert('star_campaign', rows.campaigns);
    await insert('star_campaign_transition', rows.transitions);
    await insert('nomination', rows.nominations);
    await insert('star_vote', rows.votes);
    await insert('wish', rows.wishes);
    await insert('wish_transition', rows.wishSteps);
    // Supervision follows wishes by their steps (a wish waiting 30 days for a claimant is an alert): the seeded
    // steps go out like live ones, through the outbox in this transaction.
    const villageOfWish = new Map(rows.wishes.map((w) => [w.id!, w.divisionCode!]));
    for (const step of rows.wishSteps) {
      recordWishTransitioned(tx, { wishId: step.wishId!, divisionCode: villageOfWish.get(step.wishId!)!, from: step.from ?? null, to: step.to!, at: step.at!.toISOString() });
    }
    await tx.flush();
    // Each village's baseline indicators go out once, through the publisher.
    await markIndicatorsDirty(tx, villages.map((v) => v.code));
  });
  return { villages: villages.length, activities: rows.activities.length, signUps: rows.signUps.length, heritageItems: rows.items.length, campaigns: rows.campaigns.length, votes: rows.votes.length, wishes: rows.wishes.length };
}
