import { searchKey } from '../../lib/text';
import type { Gender, PersonCategory } from '../../modules/people/person-fields';
import type { UnitKind } from '../../modules/units/unit-kinds';

/** One person of a unit in the demo. Without fullName a deterministic generated name is used. */
export interface StaffSpec {
  position: string;
  category: PersonCategory;
  head?: boolean;
  /** Only for the real signers of the seed plans; everyone else is fictional. */
  fullName?: string;
  gender?: Gender;
  /** null: not known (real signers); undefined: generated. */
  birthYear?: number | null;
}

/** Titles used by the default staff of a kind (staff.ts) when a unit does not list its people. */
export interface StaffTitles {
  head: string;
  deputy: string;
  member: string;
}

export interface UnitSpec {
  /** Unique within the parent; the stored code is the parent's code + '-' + this. ASCII, upper case. */
  code: string;
  name: string;
  shortName?: string;
  kind: UnitKind;
  /** Inherited from the parent when omitted. */
  validFrom?: string;
  /** Why validFrom differs from the parent's; kept beside the data, not stored. */
  note?: string;
  /** The people of the unit; when omitted, the default staff of its kind. */
  staff?: StaffSpec[];
  titles?: Partial<StaffTitles>;
  /** Category of the rank-and-file members in the default staff (e.g. viên chức in a health centre). */
  memberCategory?: PersonCategory;
  /** Forces the gender of generated people (Hội Liên hiệp Phụ nữ). */
  gender?: Gender;
  /** Birth-year range of generated people, when the unit's members are notably young or old. */
  birthYears?: [number, number];
  children?: UnitSpec[];
}

export interface OrganisationSpec {
  /** The seed plan in ../shared/seeds/ whose issuer and subjects this tree holds. */
  source: string;
  /** The plan in one line, as a reminder of why these units are here. */
  plan: string;
  root: UnitSpec;
}

/** The first day the demo records units from: a cut-off of the demo data, not a founding date. */
export const DEMO_RECORDS_FROM = '2015-01-01';

/** 'Trà Lâm' → 'TRALAM': unit code suffixes derived from place names. */
export function codeOf(place: string): string {
  return searchKey(place).replace(/[^a-z0-9]/g, '').toUpperCase();
}

const communeLabels = { xa: 'Xã', phuong: 'Phường', thi_tran: 'Thị trấn' } as const;

/** A xã, phường or thị trấn named after its place, with the default staff unless extra is given. */
export function commune(kind: keyof typeof communeLabels, place: string, extra: Partial<UnitSpec> = {}): UnitSpec {
  return { code: codeOf(place), name: `${communeLabels[kind]} ${place}`, kind, ...extra };
}
