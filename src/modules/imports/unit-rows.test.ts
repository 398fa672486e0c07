import { describe, expect, it } from 'vitest';
import type { Scalar } from './cell-values';
import type { UnitColumnKey } from './columns';
import { orderTree } from './unit-order';
import { finalParentOf, planUnits } from './unit-plan';
import { validateUnitRows, type KnownUnit, type UnitCheckContext } from './unit-rows';
import type { SheetData } from './workbook-read';

const ALL: UnitColumnKey[] = ['code', 'name', 'shortName', 'kind', 'parentCode', 'validFrom'];

/** Rows as they come off the sheet; row numbers start at 2 like in Excel. */
function sheet(rows: Partial<Record<UnitColumnKey, Scalar>>[], present: UnitColumnKey[] = ALL): SheetData<UnitColumnKey> {
  return {
    sheetName: 'Đơn vị',
    present: new Set(present),
    rows: rows.map((r, i) => ({ row: i + 2, cells: new Map(present.map((k) => [k, r[k] ?? null] as const)) })),
  };
}

const unit = (id: number, code: string, path: string, over: Partial<KnownUnit> = {}): KnownUnit => ({
  id, code, name: `Đơn vị ${code}`, shortName: null, kind: 'xa', parentId: null, path,
  depth: path.split('/').filter(Boolean).length - 1, validFrom: null, active: true, ...over,
});

// TINH(1) ─ HUYEN(2) ─ XA(3); OTHER(4) is another province, outside the actor's scope /1/2/.
const TINH = unit(1, 'TINH', '/1/', { kind: 'tinh' });
const HUYEN = unit(2, 'HUYEN', '/1/2/', { kind: 'huyen', parentId: 1 });
const XA = unit(3, 'XA', '/1/2/3/', { parentId: 2 });
const OTHER = unit(4, 'OTHER', '/4/', { kind: 'tinh' });
const CLOSED = unit(5, 'CLOSED', '/1/2/5/', { parentId: 2, active: false });
const OTHER2 = unit(6, 'OTHER2', '/6/', { kind: 'tinh' });

function ctx(over: Partial<UnitCheckContext> = {}): UnitCheckContext {
  const all = [TINH, HUYEN, XA, OTHER, CLOSED, OTHER2];
  return {
    byCode: new Map(all.map((u) => [u.code, u])),
    byId: new Map(all.map((u) => [u.id, u])),
    writable: (p) => p.startsWith('/1/2/'),
    canCreateRoot: false,
    ...over,
  };
}

const messages = (rows: Partial<Record<UnitColumnKey, Scalar>>[], c = ctx()) =>
  validateUnitRows(sheet(rows), c).errors.sorted().map((e) => e.message);

describe('validateUnitRows', () => {
  it('accepts new units whose parent comes later in the file, and updates of units in scope', () => {
    const { inputs, errors } = validateUnitRows(
      sheet([
        { code: 'AP1', name: 'Ấp 1', kind: 'Ấp, thôn, tổ dân phố', parentCode: 'XA2' },
        { code: 'XA2', name: 'Xã Mới', kind: 'xa', parentCode: 'HUYEN', validFrom: '01/07/2025' },
        { code: 'XA', name: 'Xã Cũ (đổi tên)', kind: 'Xã' },
      ]),
      ctx(),
    );
    expect(errors.size).toBe(0);
    expect(inputs.map((i) => [i.code, i.parentCode, i.existing?.id])).toEqual([
      ['AP1', 'XA2', undefined],
      ['XA2', 'HUYEN', undefined],
      ['XA', 'HUYEN', 3], // blank parent on an existing unit keeps its parent
    ]);
    expect(inputs[1]!.validFrom).toBe('2025-07-01');
  });

  it('reports every bad cell with row, column and a Vietnamese reason', () => {
    expect(
      messages([
        { code: 'N1', name: '', kind: 'Trường học', parentCode: 'HUYEN', validFrom: '31/02/2025' },
        { code: 'N 2', name: 'Xã X', kind: 'xa', parentCode: 'HUYEN' },
      ]),
    ).toEqual([
      'Dòng 2, cột Tên đơn vị: không được để trống',
      `Dòng 2, cột Loại đơn vị: "Trường học" không có trong danh sách; chọn một trong: ${'Tỉnh, thành phố'}; Sở, ban, ngành; Huyện; Thị xã, thành phố thuộc tỉnh; Xã; Phường; Thị trấn; Phòng, ban chuyên môn; Đơn vị sự nghiệp; Liên đoàn Lao động; Công đoàn cơ sở; Ủy ban MTTQ Việt Nam; Đoàn thể, hội; Ấp, thôn, tổ dân phố; Khác`,
      'Dòng 2, cột Ngày bắt đầu hoạt động: phải là ngày có dạng dd/mm/yyyy, ví dụ 01/07/2025 (ngày không có thật)',
      'Dòng 3, cột Mã đơn vị: không được chứa khoảng trắng',
    ]);
  });

  it('refuses duplicate codes, self-parents, closed parents and new units without a parent', () => {
    expect(
      messages([
        { code: 'N1', name: 'A', kind: 'xa', parentCode: 'HUYEN' },
        { code: 'N1', name: 'B', kind: 'xa', parentCode: 'HUYEN' },
        { code: 'N3', name: 'C', kind: 'xa', parentCode: 'N3' },
        { code: 'N4', name: 'D', kind: 'xa', parentCode: 'CLOSED' },
        { code: 'N5', name: 'E', kind: 'tinh' },
      ]),
    ).toEqual([
      'Dòng 3, cột Mã đơn vị: mã "N1" trùng với dòng 2',
      'Dòng 4, cột Mã đơn vị cấp trên: không được là chính đơn vị này',
      'Dòng 5, cột Mã đơn vị cấp trên: đơn vị cấp trên "CLOSED" đã ngừng hoạt động hoặc đã sáp nhập',
      'Dòng 6, cột Mã đơn vị cấp trên: không được để trống với đơn vị mới: đơn vị mới phải thuộc một đơn vị cấp trên trong phạm vi của bạn',
    ]);
    expect(messages([{ code: 'N5', name: 'E', kind: 'tinh' }], ctx({ canCreateRoot: true }))).toEqual([]);
  });

  it('keeps other subtrees out of reach without disclosing more than the code clash', () => {
    expect(
      messages([
        { code: 'N1', name: 'A', kind: 'xa', parentCode: 'OTHER' },
        { code: 'N2', name: 'B', kind: 'xa', parentCode: 'NOWHERE' },
        { code: 'OTHER2', name: 'Tỉnh khác', kind: 'tinh' },
        { code: 'HUYEN', name: 'Huyện', kind: 'huyen', parentCode: 'TINH' },
        { code: 'XA', name: 'Xã', kind: 'xa', parentCode: 'TINH' },
      ]),
    ).toEqual([
      'Dòng 2, cột Mã đơn vị cấp trên: không tìm thấy đơn vị có mã "OTHER" trong phạm vi của bạn hoặc trong tệp',
      'Dòng 3, cột Mã đơn vị cấp trên: không tìm thấy đơn vị có mã "NOWHERE" trong phạm vi của bạn hoặc trong tệp',
      'Dòng 4, cột Mã đơn vị: mã "OTHER2" đã được dùng cho một đơn vị ngoài phạm vi của bạn',
      // HUYEN keeps its parent TINH (above the scope): allowed. XA may not be moved up there.
      'Dòng 6, cột Mã đơn vị cấp trên: không tìm thấy đơn vị có mã "TINH" trong phạm vi của bạn hoặc trong tệp',
    ]);
  });

  it('reports a formula error in a cell instead of importing it', () => {
    expect(messages([{ code: 'N1', name: { cellError: '#REF!' } as never, kind: 'xa', parentCode: 'HUYEN' }])).toEqual([
      'Dòng 2, cột Tên đơn vị: ô có lỗi #REF!; hãy nhập giá trị thay cho công thức',
    ]);
  });
});

describe('planUnits', () => {
  it('creates parents first with final paths, moves and updates existing units, counts the unchanged', () => {
    const c = ctx();
    const { inputs } = validateUnitRows(
      sheet([
        { code: 'AP1', name: 'Ấp 1', kind: 'ap', parentCode: 'XA2' },
        { code: 'XA2', name: 'Xã Mới', kind: 'xa', parentCode: 'HUYEN' },
        { code: 'XA', name: 'Đơn vị XA', kind: 'xa', parentCode: 'XA2' },
        { code: 'HUYEN', name: 'Đơn vị HUYEN', kind: 'huyen', parentCode: 'TINH' },
      ]),
      c,
    );
    const byCode = new Map(inputs.map((i) => [i.code, i]));
    const tree = orderTree(byCode.keys(), finalParentOf(byCode, c));
    const plan = planUnits(inputs, tree.depth, c, [100, 101]);
    expect(plan.creates.map((x) => [x.code, x.id, x.path, x.depth, x.parentId])).toEqual([
      ['XA2', 100, '/1/2/100/', 2, 2],
      ['AP1', 101, '/1/2/100/101/', 3, 100],
    ]);
    expect(plan.moves).toEqual([{ id: 3, code: 'XA', fromParentId: 2, parentId: 100, path: '/1/2/100/3/', depth: 3 }]);
    expect(plan.updates).toEqual([]);
    expect(plan.unchanged).toBe(1);
  });

  it('keeps columns absent from the file and updates only what changed', () => {
    const c = ctx();
    const data = sheet([{ code: 'XA', name: 'Xã Đổi Tên', kind: 'phuong' }], ['code', 'name', 'kind']);
    const { inputs } = validateUnitRows(data, c);
    const byCode = new Map(inputs.map((i) => [i.code, i]));
    const plan = planUnits(inputs, orderTree(byCode.keys(), finalParentOf(byCode, c)).depth, c, []);
    expect(plan.updates).toHaveLength(1);
    expect(plan.updates[0]).toMatchObject({ id: 3, name: 'Xã Đổi Tên', kind: 'phuong', shortName: null, searchKey: 'xa doi ten' });
    expect(plan.moves).toEqual([]);
  });
});
