import { describe, expect, it } from 'vitest';
import type { Scalar } from './cell-values';
import type { PersonColumnKey } from './columns';
import { planPeople, type KnownPerson, type PersonCheckContext } from './person-rows';
import type { SheetData } from './workbook-read';

const ALL: PersonColumnKey[] = ['personId', 'fullName', 'gender', 'birthYear', 'unitCode', 'position', 'category', 'isUnitHead'];

function sheet(rows: Partial<Record<PersonColumnKey, Scalar>>[], present: PersonColumnKey[] = ALL, firstRow = 2): SheetData<PersonColumnKey> {
  return {
    sheetName: 'Cá nhân',
    present: new Set(present),
    rows: rows.map((r, i) => ({ row: i + firstRow, cells: new Map(present.map((k) => [k, r[k] ?? null] as const)) })),
  };
}

const HOA: KnownPerson = {
  id: 41, fullName: 'Nguyễn Thị Hoa', gender: 'nu', birthYear: 1985, unitId: 3, position: 'Chủ tịch',
  category: 'can_bo', isUnitHead: true, unitPath: '/1/2/3/',
};
const FAR: KnownPerson = { ...HOA, id: 42, unitId: 4, unitPath: '/4/' };

const ctx: PersonCheckContext = {
  unitsByCode: new Map([
    ['XA', { id: 3, code: 'XA', path: '/1/2/3/', active: true }],
    ['XA2', { id: 7, code: 'XA2', path: '/1/2/7/', active: true }],
    ['OTHER', { id: 4, code: 'OTHER', path: '/4/', active: true }],
    ['CLOSED', { id: 5, code: 'CLOSED', path: '/1/2/5/', active: false }],
  ]),
  peopleById: new Map([[41, HOA], [42, FAR]]),
  writable: (p) => p.startsWith('/1/2/'),
  maxYear: 2026,
};

const good = { fullName: 'Trần Văn Nam', gender: 'Nam', birthYear: 1990, unitCode: 'XA', category: 'Công chức' };

describe('planPeople', () => {
  it('creates new people with stored codes and a search key', () => {
    const plan = planPeople(sheet([good, { ...good, fullName: 'Lê  Thị   Lan', gender: 'nữ', isUnitHead: 'Có', category: 'vien chuc' }]), ctx);
    expect(plan.errors.size).toBe(0);
    expect(plan.creates).toEqual([
      { row: 2, fullName: 'Trần Văn Nam', gender: 'nam', birthYear: 1990, unitId: 3, position: null, category: 'cong_chuc', isUnitHead: false, searchKey: 'tran van nam' },
      { row: 3, fullName: 'Lê Thị Lan', gender: 'nu', birthYear: 1990, unitId: 3, position: null, category: 'vien_chuc', isUnitHead: true, searchKey: 'le thi lan' },
    ]);
  });

  it('says exactly which row and column are wrong, in Vietnamese, and plans nothing', () => {
    const plan = planPeople(sheet([good, good, good, good, good, { ...good, birthYear: 1850 }], ALL, 2), ctx);
    expect(plan.errors.sorted()).toEqual([{ row: 7, column: 'Năm sinh', message: 'Dòng 7, cột Năm sinh: phải là số từ 1900 đến 2026' }]);
    expect(plan.creates).toEqual([]);
    expect(plan.updates).toEqual([]);
  });

  it('collects every error of every row', () => {
    const plan = planPeople(
      sheet([
        { ...good, fullName: ' ', gender: 'Khác', isUnitHead: 'có thể' },
        { ...good, category: null, unitCode: 'OTHER' },
        { ...good, unitCode: 'CLOSED' },
        { ...good, personId: 'abc' },
      ]),
      ctx,
    );
    expect(plan.errors.sorted().map((e) => e.message)).toEqual([
      'Dòng 2, cột Họ và tên: không được để trống',
      'Dòng 2, cột Giới tính: "Khác" không có trong danh sách; chọn một trong: Nam; Nữ',
      'Dòng 2, cột Người đứng đầu: phải là Có hoặc Không',
      'Dòng 3, cột Đối tượng: không được để trống',
      'Dòng 3, cột Mã đơn vị: không tìm thấy đơn vị có mã "OTHER" trong phạm vi của bạn',
      'Dòng 4, cột Mã đơn vị: đơn vị "CLOSED" đã ngừng hoạt động hoặc đã sáp nhập',
      'Dòng 5, cột Mã cá nhân: phải là số nguyên dương (mã của một cá nhân đã có), hoặc để trống để thêm người mới',
    ]);
  });

  it('updates a person named by Mã cá nhân, keeps absent columns, and skips unchanged rows', () => {
    const present: PersonColumnKey[] = ['personId', 'fullName', 'unitCode', 'category'];
    const moved = planPeople(sheet([{ personId: '41', fullName: 'Nguyễn Thị Hoa', unitCode: 'XA2', category: 'Cán bộ' }], present), ctx);
    expect(moved.updates).toHaveLength(1);
    expect(moved.updates[0]).toMatchObject({ id: 41, unitId: 7, gender: 'nu', birthYear: 1985, position: 'Chủ tịch', isUnitHead: true });
    expect(moved.updates[0]!.before.unitId).toBe(3);
    const same = planPeople(sheet([{ personId: 41, fullName: 'Nguyễn Thị Hoa', unitCode: 'XA', category: 'Cán bộ' }], present), ctx);
    expect(same.updates).toEqual([]);
    expect(same.unchanged).toBe(1);
  });

  it('refuses people outside the scope and the same person twice', () => {
    const plan = planPeople(sheet([{ ...good, personId: 42 }, { ...good, personId: 41 }, { ...good, personId: 41 }, { ...good, personId: 999 }]), ctx);
    expect(plan.errors.sorted().map((e) => e.message)).toEqual([
      'Dòng 2, cột Mã cá nhân: không tìm thấy cá nhân có mã 42 trong phạm vi của bạn',
      'Dòng 4, cột Mã cá nhân: mã 41 trùng với dòng 3',
      'Dòng 5, cột Mã cá nhân: không tìm thấy cá nhân có mã 999 trong phạm vi của bạn',
    ]);
  });
});
