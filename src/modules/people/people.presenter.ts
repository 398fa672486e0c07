import type { PersonRow } from '../../db/types';
import { genderLabels, personCategoryLabels, type Gender, type PersonCategory } from './person-fields';
import type { PersonDto } from './people.schema';

export function presentPerson(row: PersonRow & { unit_name: string }): PersonDto {
  return {
    id: row.id,
    fullName: row.full_name,
    gender: row.gender,
    genderLabel: row.gender === null ? null : (genderLabels[row.gender as Gender] ?? row.gender),
    birthYear: row.birth_year,
    unitId: row.unit_id,
    unitName: row.unit_name,
    position: row.position,
    category: row.category,
    categoryLabel: personCategoryLabels[row.category as PersonCategory] ?? row.category,
    isUnitHead: row.is_unit_head,
    active: row.active,
  };
}

/** What an audit row keeps of a person. */
export function personSnapshot(row: PersonRow) {
  return {
    fullName: row.full_name,
    gender: row.gender,
    birthYear: row.birth_year,
    unitId: row.unit_id,
    position: row.position,
    category: row.category,
    isUnitHead: row.is_unit_head,
    active: row.active,
  };
}
