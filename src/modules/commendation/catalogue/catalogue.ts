import { communityTitleLabels, titleLabels } from '../../standards/labels';
import type { IsoDate, NomineeKind } from '../../standards/engine/facts';
import { engineSettingsAt, type EngineSettings } from '../../standards/engine/settings';
import { baseLevelGrantors, grantors, grantorsAt, localGrantors, provinceGrantors } from './authorities';
import { awardForms } from './awards';
import { eraAt, type Era } from './instruments';
import { baseSalaryAt, prizeAmount, type Prize } from './money';
import { catalogueSettingSources, defaultCatalogueSettings, type CatalogueSettings } from './settings';
import { collectiveTitles, individualTitles } from './titles';
import type { UnitKind } from '../../units/unit-kinds';
import type { CatalogueEntry, CatalogueStandard, Grantor } from './types';

const titleGrantors: Record<string, Grantor[]> = {
  ldtt: localGrantors,
  cstdcs: baseLevelGrantors,
  tt_ldtt: baseLevelGrantors,
  tt_ldxs: provinceGrantors,
  cstd_tinh: provinceGrantors,
  co_thi_dua_tinh: provinceGrantors,
  cstd_toan_quoc: [grantors.thuTuong],
  co_thi_dua_cp: [grantors.thuTuong],
  xa_tieu_bieu: [{ ...grantors.tinh, uncertain: 'Thẩm quyền theo Nghị định 86/2023 chưa đối chiếu' }],
  thon_van_hoa: [grantors.huyen, grantors.xaFrom2025],
  gia_dinh_van_hoa: [grantors.xa],
};
const formGrantors: Record<string, Grantor[]> = {
  giay_khen: localGrantors,
  bang_khen_tinh: [grantors.tinh],
  bang_khen_bo: [grantors.bo],
  bang_khen_ttg: [grantors.thuTuong],
};

const titleName = (code: string) => (titleLabels as Record<string, string>)[code] ?? (communityTitleLabels as Record<string, string>)[code] ?? code;

function build(era: Era, s: CatalogueSettings, date: IsoDate): CatalogueEntry[] {
  const common = { era: era.id, validFrom: era.validFrom, validTo: era.validTo };
  const titles = [...individualTitles(era, s), ...collectiveTitles(era, s)].map(
    (t): CatalogueEntry => ({
      ...common,
      code: t.code,
      kind: 'title',
      name: titleName(t.code),
      subject: t.subject,
      awardForm: 'danh_hieu',
      grantors: grantorsAt(titleGrantors[t.code] ?? [], date),
      coefficient: s.coefficients[t.code] ?? null,
      standards: t.standards,
      quota:
        t.code === 'cstdcs'
          ? { percentOf: 'số cá nhân đạt danh hiệu Lao động tiên tiến của đơn vị', percent: s.cstdcsQuotaPercent, source: catalogueSettingSources.cstdcsQuotaPercent }
          : null,
      source: t.source,
      uncertain: [...era.uncertain, ...t.uncertain, ...(s.coefficients[t.code] === undefined ? ['Chưa có hệ số tiền thưởng'] : [])],
    }),
  );
  const forms = awardForms(era).map((a): CatalogueEntry => {
    const code = `${a.form}:${a.subject}`;
    return {
      ...common,
      code,
      kind: 'award',
      name: a.name,
      subject: a.subject,
      awardForm: a.form,
      grantors: grantorsAt(formGrantors[a.form] ?? [], date),
      coefficient: s.coefficients[code] ?? null,
      standards: a.standards,
      quota: null,
      source: a.source,
      uncertain: [...era.uncertain, ...a.uncertain],
    };
  });
  return [...titles, ...forms];
}

// The catalogue of an era is the same object for every date in it unless settings or grantors differ.
const cache = new Map<string, CatalogueEntry[]>();

/** Titles and award forms in force on a date (ISO), with their standards built from the settings. */
export function catalogueAt(date: IsoDate, settings: CatalogueSettings = defaultCatalogueSettings): CatalogueEntry[] {
  const era = eraAt(date);
  if (!era) return [];
  if (settings !== defaultCatalogueSettings) return build(era, settings, date);
  // Grantors change inside an era only on 01/7/2025, which is also an era boundary.
  const key = `${era.id}`;
  let found = cache.get(key);
  if (!found) {
    found = build(era, settings, date);
    cache.set(key, found);
  }
  return found;
}

/**
 * The catalogue entry for a title ("cstdcs") or an award form and subject ("giay_khen:individual", or
 * "giay_khen" with `subject`), on a date. Null if the law of that date has no such thing.
 */
export function entryFor(code: string, date: IsoDate, opts: { subject?: NomineeKind; settings?: CatalogueSettings } = {}): CatalogueEntry | null {
  const key = !code.includes(':') && opts.subject && !(code in titleLabels) && !(code in communityTitleLabels) ? `${code}:${opts.subject}` : code;
  return catalogueAt(date, opts.settings).find((e) => e.code === key) ?? null;
}

/** The legal standards of a title or award form on a date; [] when unknown (the plan's own standards still apply). */
export function standardsFor(code: string, date: IsoDate, opts: { subject?: NomineeKind; settings?: CatalogueSettings } = {}): CatalogueStandard[] {
  return entryFor(code, date, opts)?.standards ?? [];
}

/** The engine settings of the law in force on the date (NĐ 152/2025 holds and discipline years). */
export const engineSettingsFor = (date: IsoDate, overrides: Partial<EngineSettings> = {}): EngineSettings => engineSettingsAt(date, overrides);

/** Prize money of an entry for a decision date: coefficient × lương cơ sở in force, rounded up. */
export function prizeFor(entry: CatalogueEntry, decisionDate: IsoDate, settings: CatalogueSettings = defaultCatalogueSettings): Prize | null {
  const base = baseSalaryAt(decisionDate, settings.baseSalaries);
  if (entry.coefficient === null || !base) return null;
  return prizeAmount(entry.coefficient, base.amount, settings.prizeRoundingStep);
}

/** A standard of a movement's plan (plan-content standards.collective / standards.individual). */
export interface PlanStandard {
  key: string;
  text: string;
  rule: CatalogueStandard['rule'];
}

/**
 * What a nominee is judged by: the law's standards for the title or form, then the plan's own (a
 * plan adds to the law, domain.md §2). Keys are prefixed ("luat:", "kh:") so clause ids, and the
 * judgements recorded against them, never collide between the two.
 */
export function standardsWithPlan(
  code: string,
  date: IsoDate,
  plan: readonly PlanStandard[],
  planSource: string,
  opts: { subject?: NomineeKind; settings?: CatalogueSettings } = {},
): CatalogueStandard[] {
  return [
    ...standardsFor(code, date, opts).map((s) => ({ ...s, key: `luat:${s.key}` })),
    ...plan.map((s) => ({ key: `kh:${s.key}`, text: s.text, rule: s.rule, source: planSource })),
  ];
}

/**
 * The grantor through which the head of a unit of this kind may grant the entry, or null if that
 * head has no such power (the decision must go up: khen cao).
 */
export function grantorFor(entry: CatalogueEntry, unitKind: UnitKind): Grantor | null {
  return entry.grantors.find((g) => g.unitKinds.includes(unitKind)) ?? null;
}
