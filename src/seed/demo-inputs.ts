import type { Kysely } from 'kysely';
import type { Database, UnitRow } from '../db/types';
import { ruleEffectTo } from '../modules/commendation-inputs/discipline-period';
import type { SeededPerson } from './load-organisations';

type Trx = Kysely<Database>;

/** Organisations of seeds 002 (Sở LĐTBXH Bình Phước), 003 (Giồng Trôm, xã Mỹ Thạnh) and 004 (Ninh Hòa). */
const RATED_ROOTS = ['BPC-', 'BTE-', 'KHA-'];
const YEAR = 2024;

/** Seeded ratings: every fifth person HTXSNV, one in nine only HTNV, the rest HTTNV; heads HTTNV or better. */
function ratingOf(i: number, head: boolean): string {
  if (i % 5 === 0) return 'HTXSNV';
  if (!head && i % 9 === 4) return 'HTNV';
  return 'HTTNV';
}

const INITIATIVES: { unitSuffix: string; root: string; title: string; summary: string; decision: string; date: string; council: string }[] = [
  {
    root: 'BPC-',
    unitSuffix: '-SLDTBXH-LDVL',
    title: 'Tiếp nhận và trả kết quả hồ sơ trợ cấp thất nghiệp qua dịch vụ công trực tuyến toàn trình',
    summary: 'Giảm thời gian giải quyết từ 20 xuống 12 ngày làm việc; 85% hồ sơ nộp trực tuyến.',
    decision: '215/QĐ-SLĐTBXH',
    date: '2024-11-18',
    council: 'Hội đồng sáng kiến cơ sở Sở Lao động – Thương binh và Xã hội',
  },
  {
    root: 'KHA-',
    unitSuffix: '-NV',
    title: 'Số hóa hồ sơ thi đua, khen thưởng và tra cứu trực tuyến tại Phòng Nội vụ',
    summary: 'Toàn bộ hồ sơ khen thưởng 2015–2024 được số hóa; tra cứu trong 1 phút thay cho 1 ngày.',
    decision: '1890/QĐ-UBND',
    date: '2024-12-05',
    council: 'Hội đồng sáng kiến thị xã Ninh Hòa',
  },
];

/**
 * Demo inputs of the standards: yearly ratings of the people and units of seeds 002–004, two
 * recognised initiatives, and the scenario of seed 002 — the head of Phòng Người có công of Sở LĐTBXH
 * Bình Phước disciplined (khiển trách) in 2024, which excludes that collective.
 */
export async function insertDemoInputs(trx: Trx, units: ReadonlyMap<string, UnitRow>, people: readonly SeededPerson[]): Promise<{ ratings: number; initiatives: number; discipline: number }> {
  const rated = (code: string) => RATED_ROOTS.some((r) => code.startsWith(r));
  const heads = new Set((await trx.selectFrom('people').select('id').where('is_unit_head', '=', true).execute()).map((p) => p.id));
  const ratingRows = people
    .filter((p) => rated(p.unitCode))
    .map((p, i) => ({ subject_kind: 'person', person_id: p.id, unit_id: units.get(p.unitCode)!.id, year: YEAR, rating: ratingOf(i, heads.has(p.id)), source: `Kết quả đánh giá, xếp loại năm ${YEAR}` }));
  const unitRows = [...units.values()]
    .filter((u) => rated(u.code))
    .map((u, i) => ({ subject_kind: 'unit', person_id: null, unit_id: u.id, year: YEAR, rating: i % 4 === 0 ? 'HTXSNV' : 'HTTNV', source: `Kết quả đánh giá, xếp loại năm ${YEAR}` }));
  const allRatings = [...ratingRows, ...unitRows];
  for (let i = 0; i < allRatings.length; i += 1_000) await trx.insertInto('annual_ratings').values(allRatings.slice(i, i + 1_000)).execute();

  let initiatives = 0;
  for (const spec of INITIATIVES) {
    const unit = [...units.values()].find((u) => u.code.startsWith(spec.root) && u.code.endsWith(spec.unitSuffix));
    const authors = people.filter((p) => unit && p.unitCode === unit.code && !heads.has(p.id)).slice(0, 2);
    if (!unit || authors.length === 0) continue;
    const row = await trx
      .insertInto('initiatives')
      .values({ unit_id: unit.id, title: spec.title, summary: spec.summary, year: YEAR, recognition_level: 'co_so', council_name: spec.council, decision_number: spec.decision, decision_date: spec.date })
      .returning('id')
      .executeTakeFirstOrThrow();
    const share = authors.length === 1 ? [100] : [60, 40];
    await trx.insertInto('initiative_authors').values(authors.map((a, i) => ({ initiative_id: row.id, person_id: a.id, share: share[i]! }))).execute();
    initiatives++;
  }

  let discipline = 0;
  const ncc = units.get('BPC-SLDTBXH-NCC');
  const leader = ncc && people.find((p) => p.unitCode === ncc.code && heads.has(p.id));
  if (ncc && leader) {
    await trx
      .insertInto('discipline_records')
      .values({
        subject_kind: 'person',
        person_id: leader.id,
        unit_id: ncc.id,
        kind: 'decision',
        form: 'khien_trach',
        pending_kind: null,
        decision_number: '45/QĐ-SLĐTBXH',
        decision_date: '2024-05-03',
        effective_from: '2024-05-03',
        effective_to: ruleEffectTo('khien_trach', '2024-05-03'),
        period_override_reason: null,
        note: 'Chậm trễ trong giải quyết hồ sơ chính sách người có công',
      })
      .execute();
    discipline = 1;
  }
  return { ratings: allRatings.length, initiatives, discipline };
}
