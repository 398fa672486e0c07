import { entryFor, type CatalogueEntry, type CatalogueSettings, type Grantor } from '../commendation/catalogue';
import type { UnitKind } from '../units/unit-kinds';

/**
 * Thẩm quyền khen thưởng (Luật TĐKT 2022 Điều 78–80): who may grant a catalogue entry on a date, and
 * which unit's head holds that power for a nominee proposed at a unit: the unit itself, or else the
 * nearest ancestor whose kind carries the power (khen cao). Pure: the caller passes the unit's
 * ancestors (from units.path), nearest first.
 */
export interface AuthorityUnit {
  id: number;
  kind: string;
  path: string;
  name: string;
}

export interface Authority {
  entry: CatalogueEntry;
  /** Every post that may grant the entry on the date (catalogue grantors valid on that day). */
  grantors: Grantor[];
  /** The grantor through which this unit's head may grant it; null when the unit holds no such power. */
  here: Grantor | null;
  /** The unit whose head holds the power: this unit, or the nearest ancestor that does; null if none in the tree (a Bộ, the Thủ tướng). */
  holder: { unit: AuthorityUnit; grantor: Grantor } | null;
}

const grantorOfKind = (entry: CatalogueEntry, kind: string) => entry.grantors.find((g) => g.unitKinds.includes(kind as UnitKind)) ?? null;

/** The authority for `code` ("giay_khen:individual", "ldtt") on `date` at `unit`; null when the catalogue of that date has no such entry. */
export function authorityFor(
  code: string,
  date: string,
  unit: AuthorityUnit,
  ancestors: readonly AuthorityUnit[],
  settings?: CatalogueSettings,
): Authority | null {
  const entry = entryFor(code, date, { settings });
  if (!entry) return null;
  const here = grantorOfKind(entry, unit.kind);
  let holder: Authority['holder'] = here ? { unit, grantor: here } : null;
  for (const a of ancestors) {
    if (holder) break;
    const g = grantorOfKind(entry, a.kind);
    if (g) holder = { unit: a, grantor: g };
  }
  return { entry, grantors: entry.grantors, here, holder };
}

/** Ancestor ids of a materialised path ('/1/5/9/' → [5, 1]), nearest first, the unit itself excluded. */
export function ancestorIds(path: string): number[] {
  const ids = path.split('/').filter(Boolean).map(Number);
  return ids.slice(0, -1).reverse();
}
