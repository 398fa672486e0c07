import type { UnitKind } from '../src/modules/units/unit-kinds';
import type { Gender, PersonCategory } from '../src/modules/people/person-fields';
import { Random, deriveSeed } from './org/random';
import { vietnameseName } from './org/names';
import {
  communeOfficeNames, departmentNames, departmentOfficeNames, deputyPositions, headPositions, placeFirst,
  placeSecond, provinceNames, publicServiceNames, staffPositions,
} from './org/places';

/**
 * A synthetic organisation for benchmarks, up to the whole country after the 2025 reorganisation:
 * 34 tỉnh, 3,321 xã/phường, their Sở and phòng, 2,000,000 people. Pure and deterministic: the same
 * scale and seed give the same units and people on every machine. People are generated lazily, one
 * unit at a time, so two million of them never sit in memory together.
 */
export type ScaleName = 'small' | 'province' | 'country';

export interface Scale {
  name: ScaleName;
  provinces: number;
  /** xã + phường, spread unevenly over the provinces. */
  communes: number;
  people: number;
}

export const scales: Record<ScaleName, Scale> = {
  small: { name: 'small', provinces: 2, communes: 24, people: 10_000 },
  // One average province: a 34th of the country.
  province: { name: 'province', provinces: 1, communes: 98, people: 60_000 },
  country: { name: 'country', provinces: 34, communes: 3_321, people: 2_000_000 },
};

export interface GenUnit {
  /** Position in `units`; parents always come before their children. */
  index: number;
  code: string;
  name: string;
  kind: UnitKind;
  parent: number | null;
  depth: number;
  province: number;
  /** How many people this unit gets. */
  people: number;
}

export interface GenPerson {
  unit: number;
  fullName: string;
  gender: Gender;
  birthYear: number;
  position: string;
  category: PersonCategory;
  isUnitHead: boolean;
}

export interface Org {
  scale: Scale;
  seed: number;
  units: GenUnit[];
}

type Draft = Omit<GenUnit, 'index' | 'parent' | 'people'> & { parentCode: string | null; weight: number };

export const DEFAULT_SEED = 20251123;

export function generateOrg(scale: Scale, seed = DEFAULT_SEED): Org {
  const rng = new Random(seed);
  const drafts: Draft[] = [];
  const communesPer = apportion(scale.communes, Array.from({ length: scale.provinces }, () => 0.5 + rng.next()));
  for (let p = 0; p < scale.provinces; p++) {
    addProvince(drafts, rng, p, communesPer[p] as number);
  }
  // Depth order keeps every parent ahead of its children (loaders insert level by level).
  drafts.sort((a, b) => a.depth - b.depth);
  const indexOf = new Map(drafts.map((d, i) => [d.code, i]));
  const people = apportion(scale.people, drafts.map((d) => d.weight * (0.6 + 0.8 * rng.next())));
  const units = drafts.map((d, i): GenUnit => ({
    index: i,
    code: d.code,
    name: d.name,
    kind: d.kind,
    parent: d.parentCode === null ? null : (indexOf.get(d.parentCode) as number),
    depth: d.depth,
    province: d.province,
    people: people[i] as number,
  }));
  return { scale, seed, units };
}

function addProvince(out: Draft[], rng: Random, p: number, communes: number): void {
  const provinceName = provinceNames[p % provinceNames.length] as string;
  const suffix = provinceName.charAt(0).toLowerCase() + provinceName.slice(1); // "tỉnh Tây Ninh"
  const code = `T${String(p + 1).padStart(2, '0')}`;
  const unit = (c: string, name: string, kind: UnitKind, parentCode: string | null, depth: number, weight: number) =>
    out.push({ code: c, name, kind, parentCode, depth, province: p, weight });

  unit(code, `Ủy ban nhân dân ${suffix}`, 'tinh', null, 0, 12);
  unit(`${code}-LDLD`, `Liên đoàn Lao động ${suffix}`, 'lien_doan_lao_dong', code, 1, 15);
  unit(`${code}-MTTQ`, `Ủy ban MTTQ Việt Nam ${suffix}`, 'mttq', code, 1, 15);

  const departments = rng.int(15, Math.min(20, departmentNames.length));
  for (let s = 0; s < departments; s++) {
    const sCode = `${code}-S${String(s + 1).padStart(2, '0')}`;
    unit(sCode, `${departmentNames[s]} ${suffix}`, 'so', code, 1, 10);
    const offices = rng.int(2, 4);
    for (let o = 0; o < offices; o++) unit(`${sCode}-P${o + 1}`, departmentOfficeNames[o] as string, 'phong', sCode, 2, 8);
    const services = rng.int(0, 2);
    for (let d = 0; d < services; d++) {
      const name = `${rng.pick(publicServiceNames)} ${rng.pick(placeFirst)} ${rng.pick(placeSecond)}`;
      unit(`${sCode}-D${d + 1}`, name, 'don_vi_su_nghiep', sCode, 2, 60);
    }
  }

  const used = new Set<string>();
  for (let x = 0; x < communes; x++) {
    let place: string;
    do place = `${rng.pick(placeFirst)} ${rng.pick(placeSecond)}`;
    while (used.has(place) || place.split(' ')[0] === place.split(' ')[1]);
    used.add(place);
    const kind: UnitKind = rng.next() < 0.21 ? 'phuong' : 'xa';
    const communeName = `${kind === 'phuong' ? 'Phường' : 'Xã'} ${place}`;
    const xCode = `${code}-X${String(x + 1).padStart(3, '0')}`;
    unit(xCode, `Ủy ban nhân dân ${communeName.charAt(0).toLowerCase()}${communeName.slice(1)}`, kind, code, 1, 8);
    const offices = rng.int(4, 6);
    for (let o = 0; o < offices; o++) {
      const [office, officeKind] = communeOfficeNames[o] as readonly [string, UnitKind];
      const lower = communeName.charAt(0).toLowerCase() + communeName.slice(1);
      unit(`${xCode}-P${o + 1}`, `${office} ${lower}`, officeKind, xCode, 2, officeKind === 'phong' ? 5 : 6);
    }
  }
}

/** Splits `total` in proportion to `weights` into integers that add up exactly (largest remainder). */
export function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const result = exact.map(Math.floor);
  let left = total - result.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    result[i] = (result[i] as number) + 1;
  }
  return result;
}

/** The people of one unit; the first one heads it. Same unit and seed → same people. */
export function peopleOfUnit(org: Org, unit: GenUnit): GenPerson[] {
  const rng = new Random(deriveSeed(org.seed, unit.index));
  const deputies = unit.people > 5 ? rng.int(1, 3) : unit.people > 2 ? 1 : 0;
  const out: GenPerson[] = [];
  for (let i = 0; i < unit.people; i++) {
    const gender: Gender = rng.next() < (unit.kind === 'don_vi_su_nghiep' ? 0.4 : 0.52) ? 'nam' : 'nu';
    const position =
      i === 0 ? (headPositions[unit.kind] ?? 'Trưởng đơn vị')
      : i <= deputies ? (deputyPositions[unit.kind] ?? 'Phó Trưởng đơn vị')
      : rng.pick(staffPositions);
    out.push({
      unit: unit.index,
      fullName: vietnameseName(rng, gender),
      gender,
      // Working age in 2026: born 1966–2003, most in the middle.
      birthYear: 1966 + Math.floor(((rng.next() + rng.next()) / 2) * 38),
      position,
      category: categoryFor(unit.kind, i <= deputies, rng.next()),
      isUnitHead: i === 0,
    });
  }
  return out;
}

function categoryFor(kind: UnitKind, leader: boolean, r: number): PersonCategory {
  switch (kind) {
    case 'tinh': case 'mttq': case 'lien_doan_lao_dong':
      return leader || r < 0.6 ? 'can_bo' : r < 0.85 ? 'cong_chuc' : 'nguoi_lao_dong';
    case 'xa': case 'phuong':
      return leader ? 'can_bo' : r < 0.35 ? 'can_bo' : r < 0.8 ? 'cong_chuc' : 'khong_chuyen_trach';
    case 'don_vi_su_nghiep':
      return leader || r < 0.8 ? 'vien_chuc' : 'nguoi_lao_dong';
    case 'phong':
      return leader || r < 0.75 ? 'cong_chuc' : r < 0.9 ? 'khong_chuyen_trach' : 'nguoi_lao_dong';
    default:
      return leader || r < 0.85 ? 'cong_chuc' : 'nguoi_lao_dong';
  }
}

/** Every person of the organisation, unit after unit. */
export function* allPeople(org: Org): Generator<GenPerson> {
  for (const unit of org.units) yield* peopleOfUnit(org, unit);
}
