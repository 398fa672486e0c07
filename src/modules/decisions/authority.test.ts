import { describe, expect, it } from 'vitest';
import { ancestorIds, authorityFor, type AuthorityUnit } from './authority';

const tinh: AuthorityUnit = { id: 1, kind: 'tinh', path: '/1/', name: 'Tỉnh Bình Phước' };
const so: AuthorityUnit = { id: 2, kind: 'so', path: '/1/2/', name: 'Sở Lao động - Thương binh và Xã hội' };
const phongSo: AuthorityUnit = { id: 3, kind: 'phong', path: '/1/2/3/', name: 'Phòng Người có công' };
const huyen: AuthorityUnit = { id: 4, kind: 'huyen', path: '/1/4/', name: 'Huyện Giồng Trôm' };
const xa: AuthorityUnit = { id: 5, kind: 'xa', path: '/1/4/5/', name: 'Xã Mỹ Thạnh' };
const ap: AuthorityUnit = { id: 6, kind: 'ap', path: '/1/4/5/6/', name: 'Ấp 1' };
const thiXa: AuthorityUnit = { id: 7, kind: 'thi_xa', path: '/1/7/', name: 'Thị xã Ninh Hòa' };

const holder = (code: string, date: string, unit: AuthorityUnit, ancestors: AuthorityUnit[]) => {
  const a = authorityFor(code, date, unit, ancestors);
  return a?.holder ? `${a.holder.unit.name} — ${a.holder.grantor.code}` : null;
};

describe('authority (thẩm quyền) by unit kind and date', () => {
  it('a xã grants its own Giấy khen (Chủ tịch UBND xã), before and after 01/7/2025', () => {
    const before = authorityFor('giay_khen:individual', '2024-11-30', xa, [huyen, tinh])!;
    expect(before.here?.code).toBe('chu_tich_ubnd_xa');
    expect(before.holder?.unit.id).toBe(xa.id);
    expect(authorityFor('giay_khen:collective', '2025-12-01', xa, [tinh])!.here?.code).toBe('chu_tich_ubnd_xa');
  });
  it('an ấp holds no power: its Giấy khen is granted by the xã', () => {
    expect(authorityFor('giay_khen:collective', '2024-11-30', ap, [xa, huyen, tinh])!.here).toBeNull();
    expect(holder('giay_khen:collective', '2024-11-30', ap, [xa, huyen, tinh])).toBe('Xã Mỹ Thạnh — chu_tich_ubnd_xa');
  });
  it('the huyện grants Giấy khen and CSTĐCS until 30/6/2025; from 01/7/2025 (NĐ 152/2025) the xã does', () => {
    expect(holder('giay_khen:individual', '2025-06-30', thiXa, [tinh])).toBe('Thị xã Ninh Hòa — chu_tich_ubnd_huyen');
    expect(authorityFor('giay_khen:individual', '2025-07-01', thiXa, [tinh])!.holder).toBeNull();
    // CSTĐCS of a xã's civil servant: the huyện before the reform, the xã itself after.
    expect(holder('cstdcs', '2025-06-30', xa, [huyen, tinh])).toBe('Huyện Giồng Trôm — chu_tich_ubnd_huyen');
    expect(holder('cstdcs', '2025-07-01', xa, [huyen, tinh])).toBe('Xã Mỹ Thạnh — chu_tich_ubnd_xa');
  });
  it('a Sở grants Giấy khen of its Giám đốc, also for its phòng; the Bằng khen goes up to the Chủ tịch UBND tỉnh', () => {
    expect(authorityFor('giay_khen:collective', '2024-12-01', so, [tinh])!.here?.title).toBe('Giám đốc Sở, thủ trưởng cơ quan chuyên môn thuộc UBND tỉnh');
    expect(holder('giay_khen:individual', '2024-12-01', phongSo, [so, tinh])).toBe('Sở Lao động - Thương binh và Xã hội — thu_truong_co_quan_thuoc_tinh');
    const bk = authorityFor('bang_khen_tinh:collective', '2024-12-01', so, [tinh])!;
    expect(bk.here).toBeNull();
    expect(bk.holder?.unit.id).toBe(tinh.id);
    expect(bk.holder?.grantor.code).toBe('chu_tich_ubnd_tinh');
    expect(authorityFor('bang_khen_tinh:individual', '2024-12-01', tinh, [])!.here?.code).toBe('chu_tich_ubnd_tinh');
  });
  it('the Thủ tướng’s Bằng khen has no holder in a province’s tree; an unknown code or date has no authority', () => {
    expect(authorityFor('bang_khen_ttg:individual', '2024-12-01', tinh, [])!.holder).toBeNull();
    expect(authorityFor('khong_co', '2024-12-01', xa, [])).toBeNull();
    expect(authorityFor('giay_khen:individual', '2010-01-01', xa, [])).toBeNull();
  });
  it('ancestor ids come from the path, nearest first', () => {
    expect(ancestorIds('/1/4/5/6/')).toEqual([5, 4, 1]);
    expect(ancestorIds('/1/')).toEqual([]);
  });
});
