import { describe, expect, it } from 'vitest';
import { auditObjectName, diffAudit } from './diff';

describe('diffAudit', () => {
  it('marks changed fields and keeps unchanged ones for context', () => {
    const rows = diffAudit({ name: 'Xã Trà Lâm', parentId: 1, active: true }, { name: 'Xã Trà Lâm', parentId: 4, active: false });
    expect(rows).toEqual([
      { key: 'name', before: 'Xã Trà Lâm', after: 'Xã Trà Lâm', changed: false },
      { key: 'parentId', before: '1', after: '4', changed: true },
      { key: 'active', before: 'Có', after: 'Không', changed: true },
    ]);
  });

  it('shows a creation as all fields new, ISO days as dd/mm/yyyy', () => {
    expect(diffAudit(null, { fullName: 'Nguyễn Văn A', position: null, validFrom: '2025-07-01' })).toEqual([
      { key: 'fullName', before: '', after: 'Nguyễn Văn A', changed: true },
      { key: 'position', before: '', after: '—', changed: true },
      { key: 'validFrom', before: '', after: '01/07/2025', changed: true },
    ]);
  });

  it('lists fields of a deletion and a field only one side has', () => {
    expect(diffAudit({ a: 1 }, null)).toEqual([{ key: 'a', before: '1', after: '', changed: true }]);
    expect(diffAudit({ a: 1 }, { b: [1, 2] })).toEqual([
      { key: 'a', before: '1', after: '', changed: true },
      { key: 'b', before: '', after: '1, 2', changed: true },
    ]);
  });

  it('lets the caller name coded values', () => {
    const text = (key: string, v: unknown) => (key === 'kind' && v === 'xa' ? 'Xã' : undefined);
    expect(diffAudit({ kind: 'xa' }, { kind: 'phuong' }, text)).toEqual([{ key: 'kind', before: 'Xã', after: 'phuong', changed: true }]);
  });
});

describe('auditObjectName', () => {
  const base = { entity: 'x', entityLabel: '', entityId: null, unitId: null, unitName: null, before: null, after: null };
  it('prefers the name recorded in the change', () => {
    expect(auditObjectName({ ...base, entityLabel: 'Đơn vị', entityId: '33', after: { name: 'Xã Trà Lâm' } })).toBe('Đơn vị: Xã Trà Lâm');
    expect(auditObjectName({ ...base, entityLabel: 'Cá nhân', entityId: '5', before: { fullName: 'Lê Thị B' } })).toBe('Cá nhân: Lê Thị B');
  });
  it('names a unit by the unit the row belongs to when the change records no name', () => {
    const merged = { ...base, entity: 'unit', entityLabel: 'Đơn vị', entityId: '33', unitId: 33, unitName: 'Xã Trà Lâm', after: { eventId: 2 } };
    expect(auditObjectName(merged)).toBe('Đơn vị: Xã Trà Lâm');
    expect(auditObjectName({ ...merged, unitId: 7 })).toBe('Đơn vị #33');
  });
  it('falls back to the id', () => {
    expect(auditObjectName({ ...base, entityLabel: 'Tài khoản', entityId: '1', after: { failures: 2 } })).toBe('Tài khoản #1');
    expect(auditObjectName({ ...base, entityLabel: 'Dữ liệu mẫu', entityId: null })).toBe('Dữ liệu mẫu');
  });
});
