import { sql } from 'kysely';
import type { Db } from '../../src/db/database';
import { blankPlan } from '../../src/modules/movements/model/plan-builder';
import type { Role } from '../../src/modules/auth/roles';
import { buildMovement, buildPerson, buildUnit, buildUser, TEST_PASSWORD } from '../factories';
import { loginAs, type Client, type TestApp } from '../helpers/test-app';

/**
 * A province with a Sở (and its phòng) and a xã (with an ấp) under a huyện, one movement of the xã
 * whose plan says dossiers go up by 10/12, and batches whose council has already agreed (inserted
 * straight from migration 010 until the nominations and council modules land).
 */
const accounts = [
  ['standingXa', 'standing', 'xa'],
  ['leaderXa', 'leader', 'xa'],
  ['standingSo', 'standing', 'so'],
  ['leaderSo', 'leader', 'so'],
  ['standingTinh', 'standing', 'tinh'],
  ['leaderTinh', 'leader', 'tinh'],
  ['standingHuyen', 'standing', 'huyen'],
  ['leaderHuyen', 'leader', 'huyen'],
  ['officerAp', 'unit_officer', 'ap'],
  ['admin', 'admin', 'tinh'],
] as const satisfies readonly (readonly [string, Role, string])[];
type AccountKey = (typeof accounts)[number][0];
type PersonKey = 'lan' | 'hung' | 'dung' | 'phuc' | 'khoa' | 'ngoc';

export interface DecisionWorld {
  tinh: number;
  so: number;
  phong: number;
  huyen: number;
  xa: number;
  ap: number;
  movement: number;
  people: Record<PersonKey, number>;
  clients: Record<AccountKey, Client>;
}

export async function buildDecisionWorld(t: TestApp): Promise<DecisionWorld> {
  const db = t.db;
  const tinh = await buildUnit(db, { name: 'Tỉnh Bình Phước', kind: 'tinh' });
  const so = await buildUnit(db, { name: 'Sở Lao động - Thương binh và Xã hội', kind: 'so', parentId: tinh.id });
  const phong = await buildUnit(db, { name: 'Phòng Người có công', kind: 'phong', parentId: so.id });
  const huyen = await buildUnit(db, { name: 'Huyện Giồng Trôm', kind: 'huyen', parentId: tinh.id });
  const xa = await buildUnit(db, { name: 'Xã Mỹ Thạnh', kind: 'xa', parentId: huyen.id });
  const ap = await buildUnit(db, { name: 'Ấp Mỹ Hòa', kind: 'ap', parentId: xa.id });
  const content = blankPlan({ issuerName: 'ỦY BAN NHÂN DÂN XÃ MỸ THẠNH', title: 'Kế hoạch thi đua cải cách hành chính năm 2024', year: 2024 });
  content.deadlines = [
    {
      key: 'de-nghi-cap-tren',
      title: 'Gửi đề nghị khen thưởng về cấp trên',
      kind: 'submit_proposal',
      due: { kind: 'yearly', day: 10, month: 12 },
      strict: 'by',
      responsible: { text: 'Hội đồng Thi đua, khen thưởng xã', unitKinds: ['xa'], unitIds: [] },
      recipient: null,
      text: null,
    },
  ];
  const movement = (await buildMovement(db, { ownerUnitId: xa.id, status: 'in_progress', content })).movement.id;
  const people = {} as Record<PersonKey, number>;
  for (const [key, unitId, name] of [
    ['lan', ap.id, 'Nguyễn Thị Lan'],
    ['hung', ap.id, 'Trần Văn Hùng'],
    ['dung', xa.id, 'Lê Thị Dung'],
    ['phuc', xa.id, 'Phạm Hữu Phúc'],
    ['khoa', phong.id, 'Võ Đăng Khoa'],
    ['ngoc', phong.id, 'Đặng Bảo Ngọc'],
  ] as const) {
    people[key] = (await buildPerson(db, { unitId, fullName: name })).id;
  }
  const clients = {} as Record<AccountKey, Client>;
  const unitIds: Record<string, number> = { xa: xa.id, so: so.id, tinh: tinh.id, huyen: huyen.id, ap: ap.id };
  for (const [key, role, unit] of accounts) {
    const u = await buildUser(db, { role, unitId: unitIds[unit]!, fullName: `${key} thử` });
    clients[key] = await loginAs(t.app, u.username, TEST_PASSWORD);
  }
  return { tinh: tinh.id, so: so.id, phong: phong.id, huyen: huyen.id, xa: xa.id, ap: ap.id, movement, people, clients };
}

export interface NomineeSpec {
  code: string;
  unitId: number;
  personId?: number;
  name: string;
  summary?: string;
  status?: string;
}

/** A batch whose council has met: nominations 'dong_y' (or as given), batch 'da_xet'. */
export async function agreedBatch(
  db: Db,
  w: DecisionWorld,
  b: { proposing: number; addressed: number; status?: string; title?: string; year?: number; movement?: number },
  nominees: NomineeSpec[],
): Promise<{ batchId: number; nominationIds: number[] }> {
  const batch = await db
    .insertInto('nomination_batches')
    .values({
      movement_id: b.movement ?? w.movement,
      year: b.year ?? 2024,
      proposing_unit_id: b.proposing,
      addressed_unit_id: b.addressed,
      title: b.title ?? 'Đề nghị khen thưởng phong trào cải cách hành chính năm 2024',
      status: b.status ?? 'da_xet',
      submitted_at: new Date('2024-11-20T03:00:00Z'),
      due_on: '2024-11-25',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const nominationIds: number[] = [];
  for (const n of nominees) {
    const row = await db
      .insertInto('nominations')
      .values({
        batch_id: batch.id,
        movement_id: b.movement ?? w.movement,
        catalogue_code: n.code,
        subject_kind: n.personId ? 'individual' : 'collective',
        person_id: n.personId ?? null,
        unit_id: n.unitId,
        nominee_name: n.name,
        report: JSON.stringify({ summary: n.summary ?? null }),
        status: n.status ?? 'dong_y',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    nominationIds.push(row.id);
  }
  return { batchId: batch.id, nominationIds };
}

/** Seed 003 shape: 01 tập thể and 03 cá nhân for the xã's Giấy khen, 01 + 01 for the Bằng khen of the province. */
export async function xaBatch(db: Db, w: DecisionWorld) {
  return agreedBatch(db, w, { proposing: w.ap, addressed: w.xa }, [
    { code: 'giay_khen:collective', unitId: w.ap, name: 'Ấp Mỹ Hòa', summary: 'Dẫn đầu phong trào cải cách hành chính của xã' },
    { code: 'giay_khen:individual', unitId: w.ap, personId: w.people.lan, name: 'Nguyễn Thị Lan', summary: 'Giải quyết 100% hồ sơ đúng hạn' },
    { code: 'giay_khen:individual', unitId: w.ap, personId: w.people.hung, name: 'Trần Văn Hùng' },
    { code: 'giay_khen:individual', unitId: w.xa, personId: w.people.dung, name: 'Lê Thị Dung', summary: 'Sáng kiến số hóa hồ sơ một cửa' },
    { code: 'bang_khen_tinh:individual', unitId: w.xa, personId: w.people.phuc, name: 'Phạm Hữu Phúc', summary: 'Tiêu biểu trong chuyển đổi số' },
    { code: 'bang_khen_tinh:collective', unitId: w.xa, name: 'Xã Mỹ Thạnh', summary: 'Chỉ số cải cách hành chính xếp thứ nhất' },
  ]);
}

export const draftBody = (unitId: number, nominationIds: number[], over: Record<string, unknown> = {}) => ({
  unitId,
  nominationIds,
  submissionNumber: '45/TTr-UBND',
  submissionDate: '2024-12-12',
  ...over,
});

export const signBody = (over: Record<string, unknown> = {}) => ({
  number: '120/QĐ-UBND',
  signedOn: '2024-12-20',
  signerName: 'Huỳnh Văn Tâm',
  signerTitle: 'Chủ tịch',
  ...over,
});

const decisionTables = ['award_decisions', 'award_decision_items', 'awards', 'nominations', 'nomination_batches', 'nomination_history', 'audit_log'] as const;

/** Every row of the tables a refused decision request must not touch. */
export async function decisionSnapshot(db: Db): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of decisionTables) {
    const { rows } = await sql<{ n: number; digest: string | null }>`select count(*) as n, md5(string_agg(t::text, '|' order by t::text)) as digest from ${sql.table(table)} t`.execute(db);
    out[table] = `${rows[0]!.n}:${rows[0]!.digest ?? ''}`;
  }
  return out;
}
