import { genderLabels, personCategoryLabels } from '../people/person-fields';
import { unitKindLabels } from '../units/unit-kinds';
import { todayInVietnam } from '../units/unit-period';
import { formatDmy } from './cell-values';
import { personColumns, unitColumns, type PersonColumnKey, type UnitColumnKey } from './columns';
import type { CellInput, SheetSpec } from './workbook-write';

const commonNotes = (sheet: string) => [
  `Nhập dữ liệu vào trang "${sheet}", mỗi dòng một ${sheet === 'Đơn vị' ? 'đơn vị' : 'người'}, bắt đầu từ dòng 2. Giữ nguyên dòng tiêu đề (dòng 1); có thể đổi thứ tự các cột.`,
  'Cột có dấu * là bắt buộc. Cột có danh sách thì chọn giá trị trong danh sách thả xuống.',
  'Khi nhập, hệ thống kiểm tra tất cả các dòng trước khi ghi. Nếu có lỗi ở bất kỳ dòng nào thì không dòng nào được ghi; danh sách lỗi ghi rõ dòng, cột và lý do để sửa rồi nhập lại.',
  'Chỉ nhập được dữ liệu của các đơn vị thuộc phạm vi được phân quyền. Lưu tệp dưới dạng Excel Workbook (.xlsx).',
];

export const unitSheet: SheetSpec<UnitColumnKey> = {
  sheetName: 'Đơn vị',
  title: 'HƯỚNG DẪN NHẬP DANH SÁCH ĐƠN VỊ',
  columns: unitColumns,
  lists: { kind: Object.values(unitKindLabels) },
  notes: [
    ...commonNotes('Đơn vị'),
    'Đơn vị cấp trên có thể nằm ở dòng sau trong cùng tệp. Đổi mã đơn vị cấp trên của một đơn vị đã có là chuyển đơn vị đó (cùng các đơn vị trực thuộc) sang đơn vị cấp trên mới.',
  ],
  example: {
    code: 'XA-TRALAM',
    name: 'Ủy ban nhân dân xã Trà Lâm',
    shortName: 'UBND xã Trà Lâm',
    kind: unitKindLabels.xa,
    parentCode: 'HUYEN-TRABONG',
    validFrom: '01/07/2025',
  },
};

export function peopleSheet(): SheetSpec<PersonColumnKey> {
  const year = Number(todayInVietnam().slice(0, 4));
  return {
    sheetName: 'Cá nhân',
    title: 'HƯỚNG DẪN NHẬP DANH SÁCH CÁ NHÂN',
    columns: personColumns,
    lists: {
      gender: Object.values(genderLabels),
      category: Object.values(personCategoryLabels),
      isUnitHead: ['Có', 'Không'],
    },
    wholeNumbers: { birthYear: [1900, year] },
    notes: [
      ...commonNotes('Cá nhân'),
      'Để cập nhật người đã có, xuất danh sách cá nhân ra Excel, sửa rồi nhập lại: cột "Mã cá nhân" cho biết người nào được cập nhật.',
    ],
    example: {
      personId: null,
      fullName: 'Nguyễn Thị Hoa',
      gender: genderLabels.nu,
      birthYear: 1985,
      unitCode: 'XA-TRALAM',
      position: 'Chủ tịch UBND xã',
      category: personCategoryLabels.can_bo,
      isUnitHead: 'Có',
    },
  };
}

const label = <K extends string>(labels: Record<K, string>, code: string | null): string | null =>
  code === null ? null : ((labels as Record<string, string>)[code] ?? code);

export function unitExportRow(u: {
  code: string;
  name: string;
  short_name: string | null;
  kind: string;
  parent_code: string | null;
  valid_from: string | null;
}): Record<UnitColumnKey, CellInput> {
  return {
    code: u.code,
    name: u.name,
    shortName: u.short_name,
    kind: label(unitKindLabels, u.kind),
    parentCode: u.parent_code,
    validFrom: u.valid_from ? formatDmy(u.valid_from) : null,
  };
}

export function personExportRow(p: {
  id: number;
  full_name: string;
  gender: string | null;
  birth_year: number | null;
  unit_code: string;
  position: string | null;
  category: string;
  is_unit_head: boolean;
}): Record<PersonColumnKey, CellInput> {
  return {
    personId: String(p.id),
    fullName: p.full_name,
    gender: label(genderLabels, p.gender),
    birthYear: p.birth_year,
    unitCode: p.unit_code,
    position: p.position,
    category: label(personCategoryLabels, p.category),
    isUnitHead: p.is_unit_head ? 'Có' : 'Không',
  };
}
