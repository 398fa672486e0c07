import type { ResultValue } from '../../scoring/result-value';
import type { IndexCode } from '../../movements/model/vocab';
import type { DisciplineForm, RatingCode, TitleCode } from '../rule.schema';

/**
 * Discipline forms the facts may carry: those of plans (rule.schema) plus bãi nhiệm (elected officials)
 * and giải tán (a collective), which the inputs module records. Severity: disciplineSeverity (clauses/discipline.ts).
 */
export type FactDisciplineForm = DisciplineForm | 'bai_nhiem' | 'giai_tan';

/**
 * What the standards engine reads: plain data, gathered by the caller from the database (initiatives,
 * discipline, ratings, titles, results, index scores). The engine never reads the database itself.
 *
 * Convention that matters: a list that is ABSENT (undefined) means "nobody gave us this data" and a
 * clause that needs it ends as "chưa có dữ liệu"; an EMPTY list means "looked, there are none" — e.g.
 * `discipline: []` passes a "không bị kỷ luật" clause, `discipline: undefined` does not.
 *
 * Dates are ISO "YYYY-MM-DD"; years are calendar years. `source` is where the value came from, as a
 * reader should see it ("QĐ số 45/QĐ-SNV ngày 03/05/2024", "Kết quả thẩm định năm 2024").
 */
export type IsoDate = string;

export type NomineeKind = 'individual' | 'collective' | 'household';
export type InitiativeLevel = 'co_so' | 'tinh' | 'toan_quoc';

/** Who is being judged: a person, a unit (tập thể) or a household (hộ gia đình). */
export interface Nominee {
  kind: NomineeKind;
  id: number;
  /** "Nguyễn Văn An", "Phòng Cải cách hành chính" */
  name: string;
}

/** A criterion of the movement's plan, already judged by the results/appraisal module. */
export interface CriterionFact {
  /** What the criterion measures, as the plan names it ("Tỷ lệ hồ sơ giải quyết đúng hạn"); else the key is shown. */
  label?: string | null;
  /** null = value entered but not judged yet (e.g. appraisal pending). */
  met: boolean | null;
  /** The value as read: "91,2%", "xếp loại Tốt". */
  value: string | null;
  /** The judgement sentence of the scoring module: "91,2% ≥ 90% — đạt". */
  reason: string | null;
  source: string | null;
}

/** A measured value: an index score (SIPAS, PAR Index…) or a named indicator, for one year. */
export interface MetricFact {
  index: IndexCode | null;
  /** "Tỷ lệ hồ sơ giải quyết đúng hạn"; matched to the clause's indicator ignoring case and diacritics. */
  indicator: string | null;
  year: number;
  value: ResultValue;
  source: string | null;
}

/** A yearly rating (đánh giá, xếp loại chất lượng) of a person or a unit. */
export interface RatingFact {
  year: number;
  rating: RatingCode;
  source: string | null;
}

/** A sáng kiến recognised by a Hội đồng sáng kiến (only recognised ones belong here). */
export interface InitiativeFact {
  id: number;
  title: string;
  level: InitiativeLevel;
  recognisedOn: IsoDate;
  /** "Hội đồng sáng kiến cơ sở Sở LĐTBXH" */
  recognisedBy: string | null;
  decisionNumber: string | null;
  source: string | null;
}

/**
 * A discipline decision. Its effect runs from effectiveFrom (null = decidedOn) to effectiveTo:
 * a date; null = no end (buộc thôi việc, giải tán); absent (undefined) = computed from the settings' months.
 */
export interface DisciplineFact {
  form: FactDisciplineForm;
  decidedOn: IsoDate;
  effectiveFrom: IsoDate | null;
  effectiveTo?: IsoDate | null;
  decisionNumber: string | null;
  source: string | null;
}

/**
 * A matter not yet concluded: under NĐ 152/2025 awards are held while it is pending. Unlike the other
 * lists, an absent `pending` counts as none (most units record only concluded decisions).
 */
export interface PendingFact {
  kind: 'discipline_review' | 'inspection' | 'complaint';
  since: IsoDate;
  /** null while still pending. */
  resolvedOn: IsoDate | null;
  note: string | null;
  source: string | null;
}

/**
 * A title held for a year. 'proposed' = put forward in the same round of bình xét (e.g. LĐTT decided
 * together with CSTĐCS); it counts only for the year being judged and only if the settings allow.
 * `title` is a TitleCode or a catalogue code (xã, thôn, gia đình titles).
 */
export interface TitleFact {
  year: number;
  title: TitleCode | string;
  status: 'granted' | 'proposed';
  decisionNumber: string | null;
  decidedOn: IsoDate | null;
  source: string | null;
}

/** A person's judgement recorded for a qualitative clause (the council or the appraiser). */
export interface JudgementFact {
  verdict: 'pass' | 'fail';
  by: string;
  on: IsoDate;
  note: string | null;
}

/** Everything known about one subject (the nominee, its unit, its leader, or one member). */
export interface SubjectFacts {
  kind: 'person' | 'unit' | 'household';
  id: number;
  name: string;
  /** By criterion key of the movement's plan. */
  criteria?: Record<string, CriterionFact>;
  metrics?: MetricFact[];
  ratings?: RatingFact[];
  initiatives?: InitiativeFact[];
  discipline?: DisciplineFact[];
  pending?: PendingFact[];
  titles?: TitleFact[];
}

/**
 * The facts for one nominee and one year.
 * - self: the nominee itself;
 * - ownUnit: for an individual, the unit it works in (clauses with subject 'own_unit');
 * - leader: the head of the collective (or of the individual's unit) — subject 'leader';
 * - members: everyone counted in the collective — subject 'members' and member shares;
 * - judgements: recorded verdicts of qualitative clauses, by clause id (see Clause.id in trace.ts).
 */
export interface StandardsFacts {
  self: SubjectFacts;
  ownUnit?: SubjectFacts | null;
  leader?: SubjectFacts | null;
  members?: SubjectFacts[];
  judgements?: Record<string, JudgementFact>;
}
