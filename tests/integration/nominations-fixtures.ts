import { sql } from 'kysely';
import { expect } from 'vitest';
import type { Db } from '../../src/db/database';
import { blankPlan } from '../../src/modules/movements/model/plan-builder';
import type { PlanContent } from '../../src/modules/movements/model/plan-content.schema';
import { buildMovement, buildPerson, buildUnit, buildUser, TEST_PASSWORD } from '../factories';
import { dbSnapshot } from '../helpers/db-snapshot';
import { loginAs, type Client, type TestApp } from '../helpers/test-app';

/**
 * Huyện Trà Bồng runs a CCHC movement (2024–2099) offering a Giấy khen of the Chủ tịch UBND huyện:
 * at most 01 tập thể and 02 cá nhân, proposals due 15/12/2099 from the xã. Individuals must not be
 * disciplined (khiển trách or worse). Xã A (four people, Đinh Văn Kỷ disciplined in 2025) and xã B.
 * A second movement's proposals were due on 10/01/2024: long past.
 */
export interface NominationWorld {
  huyen: number;
  a: number;
  b: number;
  people: { an: number; binh: number; ky: number; dung: number; ben: number };
  movement: number;
  past: number;
  officerA: Client;
  officerB: Client;
  reviewer: Client;
}

export function nominationPlan(due: string, quota = { collectives: 1, individuals: 2 }): PlanContent {
  return blankPlan({
    issuerName: 'ỦY BAN NHÂN DÂN HUYỆN TRÀ BỒNG',
    title: 'Phong trào thi đua cải cách hành chính',
    period: { start: { kind: 'date', date: '2024-01-01' }, end: '2099-12-31' },
    subjects: { collective: { label: null, text: 'Các xã, thị trấn', unitKinds: [] }, individual: { label: null, text: 'Cán bộ, công chức', personCategories: [] } },
    standards: {
      collective: [],
      individual: [{ key: 'ky-luat', label: null, text: 'Không bị kỷ luật từ khiển trách trở lên trong năm', rule: { kind: 'no_discipline', from: 'khien_trach' } }],
    },
    awards: [
      {
        key: 'gk-huyen',
        label: null,
        form: 'giay_khen',
        name: 'Giấy khen của Chủ tịch UBND huyện',
        grantor: { title: 'Chủ tịch UBND huyện Trà Bồng' },
        recipients: 'both',
        occasion: 'yearly',
        quota: { mode: 'max', ...quota, text: `không quá ${quota.collectives} tập thể và ${quota.individuals} cá nhân` },
        deadlineKeys: ['de-nghi'],
      },
    ],
    deadlines: [
      {
        key: 'de-nghi',
        title: 'Gửi hồ sơ đề nghị khen thưởng về huyện',
        kind: 'submit_proposal',
        due: { kind: 'date', date: due },
        strict: 'by',
        responsible: { text: 'UBND các xã', unitKinds: ['xa'] },
      },
    ],
  } as Parameters<typeof blankPlan>[0]);
}

export const userOn = async (t: TestApp, role: Parameters<typeof buildUser>[1]['role'], unitId: number) =>
  loginAs(t.app, (await buildUser(t.db, { role, unitId })).username, TEST_PASSWORD);

export async function buildNominationWorld(t: TestApp): Promise<NominationWorld> {
  const huyen = await buildUnit(t.db, { name: 'Huyện Trà Bồng', kind: 'huyen' });
  const a = await buildUnit(t.db, { name: 'Xã An Lạc', parentId: huyen.id });
  const b = await buildUnit(t.db, { name: 'Xã Bến Súc', parentId: huyen.id });
  const an = await buildPerson(t.db, { unitId: a.id, fullName: 'Lê Văn An', position: 'Chủ tịch UBND xã', isUnitHead: true });
  const binh = await buildPerson(t.db, { unitId: a.id, fullName: 'Trần Thị Bình', position: 'Công chức Văn phòng – Thống kê' });
  const ky = await buildPerson(t.db, { unitId: a.id, fullName: 'Đinh Văn Kỷ', position: 'Công chức Địa chính' });
  const dung = await buildPerson(t.db, { unitId: a.id, fullName: 'Phạm Thị Dung', position: 'Công chức Tư pháp' });
  const ben = await buildPerson(t.db, { unitId: b.id, fullName: 'Võ Thị Bến', position: 'Công chức Tư pháp' });
  await t.db
    .insertInto('discipline_records')
    .values({ subject_kind: 'person', person_id: ky.id, unit_id: a.id, kind: 'decision', form: 'khien_trach', pending_kind: null, decision_number: '12/QĐ-UBND', decision_date: '2025-03-03', effective_from: '2025-03-03', effective_to: '2026-03-02', period_override_reason: null, note: null })
    .execute();
  const movement = (await buildMovement(t.db, { ownerUnitId: huyen.id, status: 'in_progress', content: nominationPlan('2099-12-15') })).movement.id;
  const past = (await buildMovement(t.db, { ownerUnitId: huyen.id, status: 'in_progress', content: nominationPlan('2024-01-10') })).movement.id;
  return {
    huyen: huyen.id,
    a: a.id,
    b: b.id,
    people: { an: an.id, binh: binh.id, ky: ky.id, dung: dung.id, ben: ben.id },
    movement,
    past,
    officerA: await userOn(t, 'unit_officer', a.id),
    officerB: await userOn(t, 'unit_officer', b.id),
    reviewer: await userOn(t, 'standing', huyen.id),
  };
}

export async function newBatch(c: Client, body: Record<string, unknown>): Promise<{ id: number; version: number }> {
  const res = await c.post('/api/nomination-batches', body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

export async function nominate(c: Client, batchId: number, body: Record<string, unknown>): Promise<{ id: number; version: number }> {
  const res = await c.post(`/api/nomination-batches/${batchId}/nominations`, body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

export const count = async (db: Db, table: 'nominations' | 'nomination_history' | 'nomination_comments' | 'nomination_batches') =>
  Number((await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

export const reportText = (results: string, summary: string) => ({ achievements: { results }, summary });

/** dbSnapshot plus the nominations tables (row fingerprints), to prove a refused request wrote nothing. */
export async function fullSnapshot(db: Db): Promise<Record<string, string>> {
  const out = await dbSnapshot(db);
  for (const table of ['nomination_batches', 'nominations', 'nomination_history', 'nomination_comments']) {
    const { rows } = await sql<{ n: number; digest: string | null }>`select count(*) as n, md5(string_agg(t::text, '|' order by t.id)) as digest from ${sql.table(table)} t`.execute(db);
    out[table] = `${rows[0]!.n}:${rows[0]!.digest ?? ''}`;
  }
  return out;
}
