import type { Transaction } from 'kysely';
import type { Database, UnitRow, UserRow } from '../db/types';
import { indexCriterionValue, type RecordedIndexScore } from '../modules/indices/index-value-rules';
import { contentInForce } from '../modules/movements/cascade/cascade.queries';
import type { PlanContent } from '../modules/movements/model/plan-content.schema';
import { formatTarget } from '../modules/movements/model/target-format';
import { formatResultValue, pointsRule, scoreCriterion, type ResultValue } from '../modules/scoring';
import { demoValue, evidenceFreeNotes, randomFor, unitQuality } from './demo-values';

type Trx = Transaction<Database>;
type Criterion = PlanContent['criteria'][number];

/** How one seed movement's year is played out in the demo. */
export interface CycleSpec {
  movementId: number;
  owner: UnitRow;
  year: number;
  /** Whose index result a criterion on an index reads: the unit's own, or the plan's xã for its ban, ngành. */
  indexOf: (unit: UnitRow) => number;
  /** Store the index-derived values as entered results (the ban, ngành report their xã's figures). */
  storeIndexValues: boolean;
  scores: Map<string, RecordedIndexScore>;
  officer: number | null;
  appraiser: number | null;
  /** Appraisal locked and published for the year; else still running, with one return for explanation. */
  locked: boolean;
}

export interface CycleCounts {
  registrations: number;
  results: number;
  assessments: number;
}

const at = (day: string, hour = 9) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00+07:00`);
const scoreKey = (unitId: number, index: string) => `${unitId}:${index}`;

/** Units below the owner, of the plan's subject kinds, still operating. */
function participants(content: PlanContent, owner: UnitRow, units: Iterable<UnitRow>): UnitRow[] {
  const kinds = content.subjects.collective?.unitKinds ?? [];
  return [...units]
    .filter((u) => u.id !== owner.id && u.path.startsWith(owner.path) && u.valid_to === null && u.merged_into_id === null && (kinds.length === 0 || (kinds as string[]).includes(u.kind)))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
}

interface Scored {
  unit: UnitRow;
  criterion: Criterion;
  value: ResultValue;
  stored: boolean;
  points: number;
  possible: number;
}

function valuesOf(spec: CycleSpec, units: UnitRow[], criteria: Criterion[], source: string): Scored[] {
  const out: Scored[] = [];
  for (const unit of units) {
    const quality = unitQuality(unit.code);
    for (const c of criteria) {
      let value: ResultValue | null;
      let stored = true;
      if (c.index !== null) {
        const recorded = spec.scores.get(scoreKey(spec.indexOf(unit), c.index));
        value = recorded ? (indexCriterionValue(c.target, recorded)?.value ?? null) : null;
        stored = spec.storeIndexValues;
      } else value = demoValue(c.target, quality, `${source}:${unit.code}:${c.key}`);
      if (value === null) continue;
      const scoring = { key: c.key, label: c.label, indicator: c.indicator, target: c.target, weight: c.weight, maxPoints: c.maxPoints };
      out.push({ unit, criterion: c, value, stored, points: scoreCriterion(scoring, value).points, possible: pointsRule(scoring).possible });
    }
  }
  return out;
}

/**
 * Registrations (approved), results, self-scores and appraisals of one seed movement for one year,
 * written in a few bulk statements so the first start stays fast.
 */
export async function insertCycle(trx: Trx, spec: CycleSpec, units: Iterable<UnitRow>, source: string): Promise<CycleCounts> {
  const content = (await contentInForce(trx, spec.movementId)) as PlanContent;
  const who = participants(content, spec.owner, units);
  const criteria = content.criteria.filter((c) => c.appliesTo !== 'individual');
  const y = spec.year;

  const regs = await trx
    .insertInto('registrations')
    .values(
      who.map((u) => ({
        movement_id: spec.movementId,
        unit_id: u.id,
        status: 'da_duyet',
        commitments: 'Đăng ký thực hiện đạt và vượt các chỉ tiêu của kế hoạch; phấn đấu đạt danh hiệu thi đua của tập thể.',
        created_by: spec.officer,
        created_at: at(`${y}-04-02`),
        updated_at: at(`${y}-04-10`),
        submitted_at: at(`${y}-04-05`),
        submitted_by: spec.officer,
        decided_at: at(`${y}-04-10`),
        decided_by: spec.appraiser,
      })),
    )
    .returning(['id', 'unit_id'])
    .execute();
  await trx
    .insertInto('registration_entries')
    .values(regs.map((r) => ({ registration_id: r.id, position: 1, subject: 'collective', person_id: null, target_title: unitQuality(who.find((u) => u.id === r.unit_id)!.code) > 0.7 ? 'tt_ldxs' : 'tt_ldtt', commitment: null })))
    .execute();

  const scored = valuesOf(spec, who, criteria, source);
  const stored = scored.filter((s) => s.stored);
  if (stored.length > 0)
    await trx
      .insertInto('results')
      .values(
        stored.map((s, i) => ({
          movement_id: spec.movementId,
          unit_id: s.unit.id,
          person_id: null,
          criterion_key: s.criterion.key,
          period: String(y),
          value: JSON.stringify(s.value),
          note: s.criterion.index !== null ? 'Theo kết quả chỉ số do cấp trên công bố.' : i % 4 === 1 ? evidenceFreeNotes[Math.floor(i / 4) % evidenceFreeNotes.length]! : null,
          created_by: spec.officer,
          updated_by: spec.officer,
          created_at: at(`${y}-12-05`),
          updated_at: at(`${y}-12-05`),
        })),
      )
      .execute();

  const assessed = await insertAssessments(trx, spec, scored);
  return { registrations: regs.length, results: stored.length, assessments: assessed };
}

async function insertAssessments(trx: Trx, spec: CycleSpec, scored: Scored[]): Promise<number> {
  const y = spec.year;
  // A few weaker units claim full points on targets they missed: the appraiser corrects them.
  const claims = scored.map((s) => {
    const r = randomFor(`claim:${s.unit.code}:${s.criterion.key}`)();
    return s.points < s.possible && unitQuality(s.unit.code) < 0.45 && r < 0.7 ? s.possible : s.points;
  });
  const changed = scored.map((s, i) => claims[i] !== s.points);
  const returned = spec.locked ? -1 : changed.findIndex((c) => c);
  // Still running: the last participant's scores wait for the appraiser.
  const lastUnit = scored.at(-1)?.unit.id;
  const status = (i: number) => (i === returned ? 'giai_trinh' : !spec.locked && scored[i]!.unit.id === lastUnit ? 'cho_tham_dinh' : 'da_tham_dinh');
  const reasonOf = (s: Scored) =>
    `Kết quả ${formatResultValue(s.value, s.criterion.target)} chưa đạt chỉ tiêu ${formatTarget(s.criterion.target)}: không tính điểm tiêu chí này.`;

  const rows = await trx
    .insertInto('assessments')
    .values(
      scored.map((s, i) => {
        const st = status(i);
        const decided = st === 'da_tham_dinh';
        return {
          movement_id: spec.movementId,
          unit_id: s.unit.id,
          person_id: null,
          criterion_key: s.criterion.key,
          period: String(y),
          self_points: claims[i]!,
          self_note: null,
          status: st,
          explain_by: st === 'giai_trinh' ? `${y + 1}-01-16` : null,
          explain_request:
            st === 'giai_trinh' ? `Đề nghị giải trình: kết quả tự báo cáo ${formatResultValue(s.value, s.criterion.target)} chưa đạt chỉ tiêu nhưng tự chấm đủ điểm; gửi kèm số liệu trích xuất từ hệ thống.` : null,
          appraised_points: decided ? s.points : null,
          appraisal_reason: decided && changed[i] ? reasonOf(s) : null,
          appraised_by: decided || st === 'giai_trinh' ? spec.appraiser : null,
          appraised_at: decided || st === 'giai_trinh' ? at(`${y}-12-28`) : null,
          locked: spec.locked,
          revision: spec.locked ? 4 : st === 'cho_tham_dinh' ? 2 : 3,
          created_by: spec.officer,
          updated_by: spec.appraiser,
          created_at: at(`${y}-12-10`),
          updated_at: at(`${y}-12-28`),
        };
      }),
    )
    .returning(['id'])
    .execute();

  const history = rows.flatMap((row, i) => {
    const s = scored[i]!;
    const st = status(i);
    const base = { assessment_id: row.id, old_self_points: claims[i]!, old_self_note: null, changed_by: spec.officer };
    const out = [{ ...base, revision: 1, action: 'submit', old_status: 'tu_cham', old_appraised_points: null as number | null, changed_at: at(`${y}-12-12`), reason: null as string | null }];
    if (st === 'cho_tham_dinh') return out;
    const decision = st === 'giai_trinh' ? 'return' : changed[i] ? 'change' : 'accept';
    out.push({ ...base, changed_by: spec.appraiser, revision: 2, action: decision, old_status: 'cho_tham_dinh', old_appraised_points: null, changed_at: at(`${y}-12-28`), reason: decision === 'accept' ? null : st === 'giai_trinh' ? 'Số liệu tự báo cáo cần được giải trình.' : reasonOf(s) });
    if (spec.locked) out.push({ ...base, changed_by: spec.appraiser, revision: 3, action: 'lock', old_status: 'da_tham_dinh', old_appraised_points: s.points, changed_at: at(`${y + 1}-01-10`), reason: null });
    return out;
  });
  if (history.length > 0) await trx.insertInto('assessment_history').values(history).execute();
  if (spec.locked) await trx.insertInto('appraisal_locks').values({ movement_id: spec.movementId, period: String(y), locked_by: spec.appraiser, locked_at: at(`${y + 1}-01-10`) }).execute();
  return rows.length;
}

export const userIdOf = (users: readonly UserRow[], username: string): number | null => users.find((u) => u.username === username)?.id ?? null;
