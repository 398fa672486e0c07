import type { awardFormCodes } from '../../movements/model/elements.schema';
import type { UnitKind } from '../../units/unit-kinds';
import type { IsoDate, NomineeKind } from '../../standards/engine/facts';
import type { RuleItem } from '../../standards/engine/evaluate';
import type { EraId } from './instruments';

export type AwardFormCode = (typeof awardFormCodes)[number];

/** Who may grant (thẩm quyền): a post, the unit kinds where it sits, and when the power held. */
export interface Grantor {
  code: string;
  /** "Chủ tịch UBND cấp xã" */
  title: string;
  /** Unit kinds whose head holds the power; empty for bodies above the province (Bộ, Thủ tướng). */
  unitKinds: readonly UnitKind[];
  level: 'xa' | 'huyen' | 'so' | 'don_vi' | 'tinh' | 'bo' | 'trung_uong';
  validFrom: IsoDate | null;
  validTo: IsoDate | null;
  source: string;
  uncertain: string | null;
}

/** A legal standard: a rule tree with its Vietnamese sentence and its article. */
export interface CatalogueStandard extends RuleItem {
  text: string;
  source: string;
}

export interface CatalogueEntry {
  /** TitleCode for titles ("ldtt"); "form:subject" for award forms ("giay_khen:individual"). */
  code: string;
  kind: 'title' | 'award';
  name: string;
  subject: NomineeKind;
  /** The plan's award form code (elements.schema awardFormCodes): titles are 'danh_hieu'. */
  awardForm: AwardFormCode;
  grantors: Grantor[];
  /** Prize coefficient × lương cơ sở; null when the law sets no money for it. */
  coefficient: number | null;
  standards: CatalogueStandard[];
  /** Quota in the law itself ("CSTĐCS ≤ 15% số LĐTT"), floor-rounded when applied. */
  quota: { percentOf: string; percent: number; source: string } | null;
  era: EraId;
  validFrom: IsoDate;
  validTo: IsoDate | null;
  /** Article of the law that defines it. */
  source: string;
  /** What is not confirmed against the published text. */
  uncertain: string[];
}
