import type { EntityManager } from '@mikro-orm/postgresql';
import { hashPassword } from '@shanzhi/auth';
import { DEMO_COUNTY_CODE, DEMO_VILLAGE_CODE, groupCode, loadDivisions, villagerGroupCount } from '@shanzhi/divisions';
import { Account } from '../entities/account.entity';
import { Division } from '../entities/division.entity';
import { DivisionLevel } from '../entities/division-level';
import { Role } from '../entities/role';
import { recordDivisionCreated } from '../events/division.events';

/** Password of every demo account. */
export const DEMO_PASSWORD = 'shanzhi-demo';

/** The demo accounts: one per level of the county's hierarchy. */
export const DEMO_ACCOUNTS = [
  { username: 'county-511425', role: Role.COUNTY_ADMIN, scopeCode: '511425', displayName: '青神县管理员' },
  { username: 'township-511425112', role: Role.TOWNSHIP_OFFICER, scopeCode: '511425112', displayName: '高台镇干部' },
  { username: `village-${DEMO_VILLAGE_CODE}`, role: Role.VILLAGE_CADRE, scopeCode: DEMO_VILLAGE_CODE, displayName: '百家池村干部' },
] as const;

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** What a seeding run wrote; null when the county was already there. */
export interface DemoSeedResult {
  divisions: number;
  villagerGroups: number;
  accounts: number;
}

/**
 * Seeds Qingshen county (county, 7 townships/streets, 58 village-level units from the NBS codes), the
 * villager groups and the demo accounts, with one `organizations.division.created` event per division, in
 * one transaction. Idempotent: does nothing when the county exists. Call only in demo mode.
 */
export async function seedOrganizationsDemo(em: EntityManager): Promise<DemoSeedResult | null> {
  // Hashed once, outside the transaction, and shared by the three accounts: scrypt is slow on purpose.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return em.transactional(async (tx: EntityManager) => {
    // Replicas starting together: the lock makes the second one wait and then find the county.
    await tx.execute(`select pg_advisory_xact_lock(hashtext('organizations.demo-seed'))`);
    if (await tx.findOne(Division, { code: DEMO_COUNTY_CODE })) return null;
    const divisions: Division[] = [];
    for (const d of loadDivisions(DEMO_COUNTY_CODE)) {
      divisions.push(
        tx.create(Division, { code: d.code, name: d.name, shortName: d.shortName, level: d.level as DivisionLevel, parentCode: d.parentCode }),
      );
    }
    let villagerGroups = 0;
    for (const village of divisions.filter((d) => d.level === DivisionLevel.VILLAGE)) {
      for (let i = 1; i <= villagerGroupCount(village.code); i++) {
        const numeral = NUMERALS[i - 1]!;
        divisions.push(
          tx.create(Division, {
            code: groupCode(village.code, i),
            name: `第${numeral}村民小组`,
            shortName: `${numeral}组`,
            level: DivisionLevel.GROUP,
            parentCode: village.code,
          }),
        );
        villagerGroups++;
      }
    }
    for (const d of divisions) recordDivisionCreated(tx, d);
    for (const a of DEMO_ACCOUNTS) tx.create(Account, { ...a, passwordHash });
    return { divisions: divisions.length, villagerGroups, accounts: DEMO_ACCOUNTS.length };
  });
}
