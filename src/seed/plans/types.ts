import type { PlanContentInput } from '../../modules/movements/model/plan-content.schema';
import type { MovementStatus } from '../../modules/movements/movements.schema';

/**
 * One seed plan of ../shared/seeds/ (copied to tests/fixtures/seeds/) entered as data.
 *
 * Conventions every seed file follows (seed-000.ts is the worked example):
 * - Text fields keep the source's wording, typos included ("Phần đầu", "Thông kê"); markdown marks
 *   (#, **, *) and the line breaks of the text file are dropped. Structured fields carry the meaning.
 *   tests/helpers/seed-text.ts checks that every stored paragraph occurs in the source.
 * - What the text does not state stays null (no number, no name, no place); never invented.
 * - Item labels as printed: "1.", "a)", "-" (bullet) or null (a plain paragraph continuing the one before).
 * - Recipients (Nơi nhận) one line each as written, without the leading "- ", with its ";" or ".".
 * - Decision articles without the "Điều n." prefix: the renderer numbers them.
 * - Numbers and symbols in the canonical form "135/KH-LĐLĐ" even when the text spaces them ("135 /KH - LĐLĐ").
 * - The outline reproduces the text's numbering and headings as written. Where one paragraph states
 *   several elements (criterion "e)" with two targets, one sentence naming two award forms, a
 *   responsibility whose unit is the subject of the sentence), it is a `text` block with `refs`.
 * - unitId fields are left out of `content`; `unitCodes` names demo units (codes of
 *   src/seed/organisations/*.ts, e.g. "QNG-TRABONG-TRALAM-VPTK") and the loader fills the ids.
 * - Award `name` and reference `issuer`/`title` must occur in the text as written (tests check it).
 *
 * Adding a seed: export it from seed-00N.ts, append it to `seedPlans` in index.ts. The generic
 * tests in tests/integration/seed-plans.test.ts then load it and run seedProblems() on it; put
 * the seed's own counts in a new tests/integration/seed-plans-00N.test.ts using
 * loadSeededPlans() (tests/helpers/seeded-plans.ts) and sectionLines() (tests/helpers/seed-text.ts).
 */
export interface SeedPlan {
  /** File name in ../shared/seeds/ and tests/fixtures/seeds/, e.g. "000_cf2ccd11ccf38346.txt". */
  source: string;
  /** Stored code of the issuing unit (flattened: parent code + "-" + own code). */
  ownerUnitCode: string;
  /** Seed plans are issued documents; the status follows their period relative to the demo's today. */
  status: MovementStatus;
  /** Parsed with planContentSchema at load, so defaults may be omitted. */
  content: PlanContentInput;
  unitCodes?: SeedUnitCodes;
  /** Plans of lower units that follow this one (their parentMovementId is this movement). */
  children?: SeedPlan[];
}

/** Demo units the plan's elements name, by element key → unit code. */
export interface SeedUnitCodes {
  /** responsibilities[key].unitId */
  responsibilities?: Record<string, string>;
  /** awards[key].grantor.unitId */
  awards?: Record<string, string>;
  /** deadlines[key].responsible.unitIds */
  deadlines?: Record<string, string[]>;
}
