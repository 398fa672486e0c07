import type { PersonCategory } from '../modules/people/person-fields';
import type { UnitKind } from '../modules/units/unit-kinds';
import type { StaffSpec, StaffTitles, UnitSpec } from './organisations/types';

/**
 * The people a unit of each kind gets when its data file does not list them: a head (người đứng
 * đầu), deputies and a few members, with the category the law gives each post.
 */
interface Template {
  titles: StaffTitles;
  headCategory: PersonCategory;
  deputyCategory: PersonCategory;
  memberCategory: PersonCategory;
  deputies: number;
  members: number;
}

const t = (
  head: string,
  deputy: string,
  member: string,
  categories: [PersonCategory, PersonCategory, PersonCategory],
  deputies: number,
  members: number,
): Template => ({
  titles: { head, deputy, member },
  headCategory: categories[0],
  deputyCategory: categories[1],
  memberCategory: categories[2],
  deputies,
  members,
});

const templates: Record<UnitKind, Template> = {
  tinh: t('Chủ tịch UBND tỉnh', 'Phó Chủ tịch UBND tỉnh', 'Chuyên viên', ['can_bo', 'can_bo', 'cong_chuc'], 2, 0),
  so: t('Giám đốc Sở', 'Phó Giám đốc Sở', 'Chuyên viên', ['cong_chuc', 'cong_chuc', 'cong_chuc'], 2, 0),
  huyen: t('Chủ tịch UBND huyện', 'Phó Chủ tịch UBND huyện', 'Chuyên viên', ['can_bo', 'can_bo', 'cong_chuc'], 2, 0),
  thi_xa: t('Chủ tịch UBND thị xã', 'Phó Chủ tịch UBND thị xã', 'Chuyên viên', ['can_bo', 'can_bo', 'cong_chuc'], 2, 0),
  xa: t('Chủ tịch UBND xã', 'Phó Chủ tịch UBND xã', '', ['can_bo', 'can_bo', 'cong_chuc'], 1, 0),
  phuong: t('Chủ tịch UBND phường', 'Phó Chủ tịch UBND phường', '', ['can_bo', 'can_bo', 'cong_chuc'], 1, 0),
  thi_tran: t('Chủ tịch UBND thị trấn', 'Phó Chủ tịch UBND thị trấn', '', ['can_bo', 'can_bo', 'cong_chuc'], 1, 0),
  phong: t('Trưởng phòng', 'Phó Trưởng phòng', 'Chuyên viên', ['cong_chuc', 'cong_chuc', 'cong_chuc'], 1, 2),
  don_vi_su_nghiep: t('Giám đốc', 'Phó Giám đốc', 'Viên chức', ['vien_chuc', 'vien_chuc', 'vien_chuc'], 1, 2),
  lien_doan_lao_dong: t(
    'Chủ tịch Liên đoàn Lao động',
    'Phó Chủ tịch Liên đoàn Lao động',
    'Cán bộ chuyên trách công đoàn',
    ['can_bo', 'can_bo', 'nguoi_lao_dong'],
    1,
    2,
  ),
  cong_doan_co_so: t(
    'Chủ tịch Công đoàn cơ sở',
    'Phó Chủ tịch Công đoàn cơ sở',
    'Ủy viên Ban Chấp hành Công đoàn cơ sở',
    ['cong_chuc', 'cong_chuc', 'cong_chuc'],
    1,
    2,
  ),
  mttq: t(
    'Chủ tịch Ủy ban MTTQ Việt Nam',
    'Phó Chủ tịch Ủy ban MTTQ Việt Nam',
    'Ủy viên Ủy ban MTTQ Việt Nam',
    ['can_bo', 'can_bo', 'khong_chuyen_trach'],
    1,
    1,
  ),
  doan_the: t('Chủ tịch Hội', 'Phó Chủ tịch Hội', 'Ủy viên Ban Chấp hành', ['can_bo', 'khong_chuyen_trach', 'khong_chuyen_trach'], 1, 1),
  ap: t('Trưởng ấp', 'Phó Trưởng ấp', 'Bí thư Chi bộ ấp', ['khong_chuyen_trach', 'khong_chuyen_trach', 'khong_chuyen_trach'], 1, 1),
  khac: t('Phụ trách', 'Phó phụ trách', 'Nhân viên', ['khong_chuyen_trach', 'khong_chuyen_trach', 'nguoi_lao_dong'], 0, 1),
};

/** The civil servants every commune keeps at its people's committee (Nghị định 33/2023 posts). */
const communeCivilServants = ['Công chức Văn phòng – Thống kê', 'Công chức Tư pháp – Hộ tịch'];

export function staffOf(unit: UnitSpec): StaffSpec[] {
  if (unit.staff) return unit.staff;
  const tpl = templates[unit.kind];
  const titles = { ...tpl.titles, ...unit.titles };
  const memberCategory = unit.memberCategory ?? tpl.memberCategory;
  const staff: StaffSpec[] = [{ position: titles.head, category: tpl.headCategory, head: true }];
  for (let i = 0; i < tpl.deputies; i++) staff.push({ position: titles.deputy, category: tpl.deputyCategory });
  const isCommune = unit.kind === 'xa' || unit.kind === 'phuong' || unit.kind === 'thi_tran';
  const members = isCommune ? communeCivilServants : Array<string>(tpl.members).fill(titles.member);
  for (const position of members) staff.push({ position, category: memberCategory });
  return staff;
}
