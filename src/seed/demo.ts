import { sql } from 'kysely';
import type { Db } from '../db/database';
import { recordAudit } from '../modules/audit/audit.queries';
import { insertDemoAccounts } from './accounts';
import { flattenOrganisations, insertOrganisationStaff, insertOrganisationUnits } from './load-organisations';
import { insertDemoCommendation } from './demo-commendation';
import { insertDemoInputs } from './demo-inputs';
import { insertDemoResults } from './demo-results';
import { insertSeedPlans } from './load-plans';
import { organisations } from './organisations';
import { seedPlans } from './plans';

export { demoAccountsText, DEMO_PASSWORD, demoAccounts } from './accounts';

/** Any constant works; it only has to differ from other advisory locks of the application. */
const SEED_LOCK_KEY = 740_212_001;

/**
 * Loads the organisations of the five seed plans, their people, one account per role, the plans as
 * movements, a year of registrations, results and appraisals for seeds 001 and 004 and the end of
 * seed 002's 2024 commendation (nominations, council ballot, decision, award), in one
 * transaction. Does nothing when any unit exists already, so a second start keeps the user's data.
 */
export async function seedDemoData(db: Db): Promise<{ created: boolean; summary: string }> {
  return db.transaction().execute(async (trx) => {
    // Two servers starting at once on one PostgreSQL must not both load the demo.
    await sql`select pg_advisory_xact_lock(${SEED_LOCK_KEY}::bigint)`.execute(trx);
    const existing = await trx.selectFrom('units').select('id').limit(1).executeTakeFirst();
    if (existing) return { created: false, summary: '' };

    const flat = flattenOrganisations(organisations);
    const units = await insertOrganisationUnits(trx, flat);
    const people = await insertOrganisationStaff(trx, flat, units);
    const users = await insertDemoAccounts(trx, units, people);
    const movements = await insertSeedPlans(trx, seedPlans, units);
    const cycle = await insertDemoResults(trx, movements, units, users);
    await insertDemoInputs(trx, units, people);
    const seed002 = movements.find((m) => m.source === '002_93e0bf7dbf697f89.txt');
    const commendation = seed002 ? await insertDemoCommendation(trx, seed002.movement.id, units) : { nominations: 0, awards: 0 };
    const counts = { units: units.size, people: people.length, users: users.length, movements: movements.length, ...cycle, ...commendation };
    await recordAudit(trx, {
      userId: null,
      action: 'seed.loaded',
      entity: 'seed',
      entityId: null,
      unitId: null,
      after: { ...counts, sources: organisations.map((o) => o.source), plans: seedPlans.map((p) => p.source) },
    });
    return {
      created: true,
      summary:
        `${counts.units} đơn vị, ${counts.people} cá nhân, ${counts.users} tài khoản (tổ chức của ${organisations.length} kế hoạch mẫu), ${counts.movements} phong trào thi đua; ` +
        `${cycle.registrations} bản đăng ký, ${cycle.results} kết quả, ${cycle.assessments} điểm tự chấm và thẩm định, ${cycle.indexScores} kết quả chỉ số; ${commendation.nominations} đề nghị khen thưởng, ${commendation.awards} khen thưởng đã quyết định.`,
    };
  });
}
