import { describe, expect, it } from 'vitest';
import { diffAudit } from './diff';

describe('diffAudit', () => {
  it('marks changed fields and keeps unchanged ones for context', () => {
    const rows = diffAudit({ name: 'Xã Trà Lâm', parentId: 1, active: true }, { name: 'Xã Trà Lâm', parentId: 4, active: false });
    expect(rows).toEqual([
      { key: 'name', before: 'Xã Trà Lâm', after: 'Xã Trà Lâm', changed: false },
      { key: 'parentId', before: '1', after: '4', changed: true },
      { key: 'active', before: 'Có', after: 'Không', changed: true },
    ]);
  });

  it('shows a creation as all fields new', () => {
    expect(diffAudit(null, { fullName: 'Nguyễn Văn A', position: null })).toEqual([
      { key: 'fullName', before: '', after: 'Nguyễn Văn A', changed: true },
      { key: 'position', before: '', after: '—', changed: true },
    ]);
  });

  it('lists fields of a deletion and a field only one side has', () => {
    expect(diffAudit({ a: 1 }, null)).toEqual([{ key: 'a', before: '1', after: '', changed: true }]);
    expect(diffAudit({ a: 1 }, { b: [1, 2] })).toEqual([
      { key: 'a', before: '1', after: '', changed: true },
      { key: 'b', before: '', after: '[1,2]', changed: true },
    ]);
  });
});
