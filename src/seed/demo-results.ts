import type { Transaction } from 'kysely';
import type { Database, UnitRow, UserRow } from '../db/types';
import type { IndexCode } from '../modules/indices/index-rules';
import type { RecordedIndexScore } from '../modules/indices/index-value-rules';
import { insertCycle, userIdOf, type CycleCounts } from './demo-cycle';
import { placeAt, rankedScores } from './demo-values';
import type { SeededMovement } from './load-plans';

type Trx = Transaction<Database>;

export const SEED_001 = '001_fa567a1bbf32afd0.txt';
export const SEED_004 = '004_fc5f79a73a9cda40.txt';

interface IndexRow {
  unit: UnitRow;
  year: number;
  index: IndexCode;
  score: number;
  rank: number;
  of: number;
  source: string;
}

const demoNote = ' (số liệu mẫu)';

/** A peer group's published index for a year, ranked; `place` pins the plan's own unit to its stated rank. */
function ranked(units: UnitRow[], index: IndexCode, year: number, spread: { min: number; max: number }, source: string, place?: { unit: UnitRow; rank: number }): IndexRow[] {
  let list = rankedScores(units.map((u) => u.code), `${index}:${year}`, spread);
  if (place) list = placeAt(list, place.unit.code, place.rank);
  return list.map((r) => ({ unit: units.find((u) => u.code === r.code)!, year, index, score: r.score, rank: r.rank, of: r.of, source: `${source}${demoNote}` }));
}

const childrenOf = (units: Iterable<UnitRow>, parent: UnitRow, kinds: string[]) =>
  [...units].filter((u) => u.parent_id === parent.id && kinds.includes(u.kind) && u.valid_to === null).sort((a, b) => (a.path < b.path ? -1 : 1));

function unit(units: ReadonlyMap<string, UnitRow>, code: string): UnitRow {
  const u = units.get(code);
  if (!u) throw new Error(`Dữ liệu mẫu: không có đơn vị mã «${code}»`);
  return u;
}

/**
 * The middle of the cycle for two seed movements, so the dashboards show a real picture on the first
 * start: seed 001 (xã Trà Lâm, 2024; its ban, ngành report; the 16 xã, thị trấn of Trà Bồng ranked on
 * the Chỉ số CCHC, Trà Lâm 6/16 as its plan aims) with the year appraised and locked, and seed 004
 * (thị xã Ninh Hòa, 2022; phòng ban, xã, phường; PAR Index and SIPAS read from index scores) with
 * the appraisal still running and one score returned for explanation. Values are seeded random:
 * the same on every machine, varied, not all met.
 */
export async function insertDemoResults(trx: Trx, movements: readonly SeededMovement[], units: ReadonlyMap<string, UnitRow>, users: readonly UserRow[]): Promise<CycleCounts & { indexScores: number }> {
  const admin = userIdOf(users, 'quantri');
  const all = [...units.values()];

  // Seed 001 — Trà Bồng.
  const traBong = unit(units, 'QNG-TRABONG');
  const traLam = unit(units, 'QNG-TRABONG-TRALAM');
  const communes = childrenOf(all, traBong, ['xa', 'thi_tran']);
  const huyenSource = 'UBND huyện Trà Bồng công bố kết quả xác định Chỉ số CCHC của các xã, thị trấn';
  const rows001: IndexRow[] = [
    ...ranked(communes, 'CCHC', 2023, { min: 62, max: 90 }, `${huyenSource} năm 2023`, { unit: traLam, rank: 8 }),
    ...ranked(communes, 'CCHC', 2024, { min: 64, max: 92 }, `${huyenSource} năm 2024`, { unit: traLam, rank: 6 }),
    ...ranked(communes, 'SIPAS', 2024, { min: 83, max: 97 }, 'Kết quả khảo sát SIPAS năm 2024 của huyện Trà Bồng', { unit: traLam, rank: 5 }),
  ];

  // Seed 004 — Ninh Hòa.
  const ninhHoa = unit(units, 'KHA-NINHHOA');
  const local = childrenOf(all, ninhHoa, ['xa', 'phuong']);
  const offices = childrenOf(all, ninhHoa, ['phong', 'don_vi_su_nghiep']);
  const txSource = 'UBND thị xã Ninh Hòa công bố Chỉ số CCHC';
  const rows004: IndexRow[] = [
    ...ranked(local, 'CCHC', 2021, { min: 55, max: 90 }, `${txSource} năm 2021 của các xã, phường`),
    ...ranked(local, 'CCHC', 2022, { min: 58, max: 92 }, `${txSource} năm 2022 của các xã, phường`),
    ...ranked(offices, 'CCHC', 2021, { min: 60, max: 91 }, `${txSource} năm 2021 của các cơ quan chuyên môn`),
    ...ranked(offices, 'CCHC', 2022, { min: 63, max: 93 }, `${txSource} năm 2022 của các cơ quan chuyên môn`),
    ...ranked(local, 'SIPAS', 2022, { min: 82, max: 97 }, 'Kết quả khảo sát SIPAS năm 2022 của thị xã Ninh Hòa'),
  ];

  const indexRows = [...rows001, ...rows004];
  await trx
    .insertInto('index_scores')
    .values(indexRows.map((r) => ({ unit_id: r.unit.id, year: r.year, index_code: r.index, score: r.score, rank: r.rank, rank_of: r.of, band: null, source: r.source, recorded_by: admin })))
    .execute();

  const scoresOf = (rows: IndexRow[], year: number) =>
    new Map<string, RecordedIndexScore>(
      rows
        .filter((r) => r.year === year)
        .map((r) => [`${r.unit.id}:${r.index}`, { unitId: r.unit.id, year, index: r.index, score: r.score, rank: r.rank, rankOf: r.of, band: null, source: r.source }]),
    );
  const movementOf = (source: string) => {
    const m = movements.find((x) => x.source === source && x.movement.parent_movement_id === null);
    if (!m) throw new Error(`Dữ liệu mẫu: không có phong trào của kế hoạch ${source}`);
    return m.movement.id;
  };

  const a = await insertCycle(
    trx,
    {
      movementId: movementOf(SEED_001),
      owner: traLam,
      year: 2024,
      // The ban, ngành of the xã report the xã's own Chỉ số CCHC and SIPAS.
      indexOf: () => traLam.id,
      storeIndexValues: true,
      scores: scoresOf(rows001, 2024),
      officer: userIdOf(users, 'canbo.tralam'),
      appraiser: userIdOf(users, 'thuongtruc') ?? admin,
      locked: true,
    },
    all,
    '001',
  );
  const b = await insertCycle(
    trx,
    {
      movementId: movementOf(SEED_004),
      owner: ninhHoa,
      year: 2022,
      indexOf: (u) => u.id,
      storeIndexValues: false,
      scores: scoresOf(rows004, 2022),
      officer: admin,
      appraiser: admin,
      locked: false,
    },
    all,
    '004',
  );
  return { registrations: a.registrations + b.registrations, results: a.results + b.results, assessments: a.assessments + b.assessments, indexScores: indexRows.length };
}
