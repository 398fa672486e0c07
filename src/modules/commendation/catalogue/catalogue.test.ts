import { describe, expect, it } from 'vitest';
import { evaluate, flattenTrace } from '../../standards/engine/evaluate';
import { quotaCap } from '../../standards/engine/quota';
import { facts, person, unit } from '../../standards/engine/test-helpers';
import { planContentSchema } from '../../movements/model/plan-content.schema';
import { seedPlans } from '../../../seed/plans';
import { catalogueAt, engineSettingsFor, entryFor, grantorFor, prizeFor, standardsFor, standardsWithPlan } from './catalogue';
import { defaultCatalogueSettings } from './settings';

const flat = (code: string, date: string, subject?: 'individual' | 'collective' | 'household') =>
  flattenTrace(evaluate(standardsFor(code, date, { subject }), { kind: subject ?? 'individual', id: 1, name: 'A' }, 2024, facts(person(1, 'A')), engineSettingsFor(date)).trace);

describe('catalogue versions', () => {
  it('switches from Nghị định 98/2023 to Nghị định 152/2025 on 01/07/2025', () => {
    expect(new Set(catalogueAt('2025-06-30').map((e) => e.era))).toEqual(new Set(['nd98']));
    expect(new Set(catalogueAt('2025-07-01').map((e) => e.era))).toEqual(new Set(['nd152']));
    expect(catalogueAt('2024-01-01')[0]!.validFrom).toBe('2024-01-01');
    expect(catalogueAt('2025-06-30')[0]!.validTo).toBe('2025-06-30');
    expect(catalogueAt('2023-12-31')[0]!.era).toBe('nd91');
    expect(catalogueAt('2010-01-01')).toEqual([]);
  });
  it('drops the huyện as a grantor from 01/07/2025', () => {
    const codes = (d: string) => entryFor('giay_khen', d, { subject: 'individual' })!.grantors.map((g) => g.code);
    expect(codes('2025-06-30')).toContain('chu_tich_ubnd_huyen');
    expect(codes('2025-07-01')).not.toContain('chu_tich_ubnd_huyen');
    expect(entryFor('cstdcs', '2025-06-30')!.grantors.map((g) => g.code)).not.toContain('chu_tich_ubnd_xa');
    expect(entryFor('cstdcs', '2025-07-01')!.grantors.map((g) => g.code)).toContain('chu_tich_ubnd_xa');
  });
  it('says which unit heads may grant: a Sở its Giấy khen, not the Bằng khen of the province; a thị xã until 30/06/2025', () => {
    expect(grantorFor(entryFor('giay_khen:individual', '2024-12-01')!, 'so')!.title).toBe('Giám đốc Sở, thủ trưởng cơ quan chuyên môn thuộc UBND tỉnh');
    expect(grantorFor(entryFor('bang_khen_tinh:collective', '2024-12-01')!, 'so')).toBeNull();
    expect(grantorFor(entryFor('bang_khen_tinh:collective', '2024-12-01')!, 'tinh')!.code).toBe('chu_tich_ubnd_tinh');
    expect(grantorFor(entryFor('giay_khen:collective', '2025-06-30')!, 'thi_xa')!.code).toBe('chu_tich_ubnd_huyen');
    expect(grantorFor(entryFor('giay_khen:collective', '2025-07-01')!, 'thi_xa')).toBeNull();
  });
  it('holds awards during pending discipline and no longer requires a lower form first under NĐ 152/2025', () => {
    expect(engineSettingsFor('2025-06-30').holdWhilePending).toBe(false);
    expect(engineSettingsFor('2025-07-01').holdWhilePending).toBe(true);
    const texts = (d: string) => flat('bang_khen_ttg', d, 'individual').map((c) => c.text);
    expect(texts('2025-06-30')).toContain('Đã được tặng Bằng khen cấp bộ, ban, ngành, tỉnh');
    expect(texts('2025-07-01')).not.toContain('Đã được tặng Bằng khen cấp bộ, ban, ngành, tỉnh');
  });
  it('before 2024 a CSTĐCS needs an initiative; from 2024 a year of hoàn thành xuất sắc is enough', () => {
    const htxs = (year: number) =>
      person(1, 'An', {
        ratings: [{ year, rating: 'htxsnv', source: null }],
        initiatives: [],
        discipline: [],
        titles: [{ year, title: 'ldtt', status: 'granted', decisionNumber: null, decidedOn: null, source: null }],
      });
    const status = (date: string, year: number) =>
      evaluate(standardsFor('cstdcs', date), { kind: 'individual', id: 1, name: 'An' }, year, facts(htxs(year)), engineSettingsFor(date)).status;
    // Without an initiative only a research topic is left, which the council must judge: not a pass.
    expect(status('2023-12-20', 2023)).toBe('pending');
    expect(status('2024-12-20', 2024)).toBe('pass');
  });
});

describe('catalogue content', () => {
  it('has every title and award form with a subject, a grantor and legal standards with sources', () => {
    for (const date of ['2023-06-01', '2024-06-01', '2026-01-01']) {
      const all = catalogueAt(date);
      expect(all.map((e) => e.code)).toEqual(
        expect.arrayContaining(['ldtt', 'cstdcs', 'cstd_tinh', 'cstd_toan_quoc', 'tt_ldtt', 'tt_ldxs', 'co_thi_dua_tinh', 'co_thi_dua_cp', 'xa_tieu_bieu', 'thon_van_hoa', 'gia_dinh_van_hoa']),
      );
      expect(all.map((e) => e.code)).toEqual(expect.arrayContaining(['giay_khen:individual', 'giay_khen:collective', 'giay_khen:household', 'bang_khen_tinh:collective', 'bang_khen_bo:individual', 'bang_khen_ttg:individual']));
      for (const e of all) {
        expect(e.grantors.length, e.code).toBeGreaterThan(0);
        expect(e.standards.length, e.code).toBeGreaterThan(0);
        for (const s of e.standards) expect(s.source.length * s.text.length, `${e.code}/${s.key}`).toBeGreaterThan(0);
      }
      expect(all.find((e) => e.code === 'gia_dinh_van_hoa')!.subject).toBe('household');
    }
  });
  it('every standard evaluates without an unknown clause', () => {
    for (const date of ['2023-06-01', '2024-06-01', '2026-01-01'])
      for (const e of catalogueAt(date)) expect(flat(e.code, date, e.subject).filter((c) => c.kind === 'unknown'), e.code).toEqual([]);
  });
  it('pays coefficient × lương cơ sở of the decision date, rounded up to 10.000 đ', () => {
    const ldtt = entryFor('ldtt', '2024-12-01')!;
    expect(prizeFor(ldtt, '2024-12-01')).toMatchObject({ amount: 710_000, reason: '0,3 × 2.340.000 đ = 702.000 đ → 710.000 đ (làm tròn lên 10.000 đ)' });
    expect(prizeFor(ldtt, '2024-06-30')!.amount).toBe(540_000);
    expect(prizeFor(entryFor('bang_khen_ttg', '2025-08-01', { subject: 'collective' })!, '2025-08-01')!.amount).toBe(7_020_000);
    expect(prizeFor(entryFor('giay_khen:collective', '2025-08-01')!, '2025-08-01')!.amount).toBe(1_410_000);
  });
  it('makes the uncertain thresholds settings: Tập thể LĐTT "trên 50%" by default, overridable', () => {
    const team = facts(unit(1, 'Tổ một cửa', { ratings: [{ year: 2024, rating: 'httnv', source: null }] }), {
      members: Array.from({ length: 10 }, (_, i) =>
        person(i + 2, `Người ${i + 2}`, { discipline: [], titles: i < 5 ? [{ year: 2024, title: 'ldtt', status: 'granted', decisionNumber: null, decidedOn: null, source: null }] : [] }),
      ),
    });
    const share = (settings = defaultCatalogueSettings) => {
      const e = evaluate(standardsFor('tt_ldtt', '2024-12-01', { settings }), { kind: 'collective', id: 1, name: 'Tổ một cửa' }, 2024, team, engineSettingsFor('2024-12-01'));
      return flattenTrace(e.trace).find((c) => c.id === 'ldtt')!;
    };
    expect(share()).toMatchObject({ status: 'fail', sentence: '5/10 thành viên đạt danh hiệu Lao động tiên tiến năm 2024: 50% ≤ 50% — không đạt' });
    expect(share({ ...defaultCatalogueSettings, ttLdttShare: { comparator: 'gte', value: 50 } }).status).toBe('pass');
  });
  it('carries the CSTĐCS quota of 15% of LĐTT, floor-rounded', () => {
    const q = entryFor('cstdcs', '2024-12-01')!.quota!;
    expect(quotaCap({ absolute: null, percent: q.percent, base: 23 })).toMatchObject({ cap: 3, reason: '15% × 23 = 3,45 → 3 (làm tròn xuống) → tối đa 3' });
  });
  it("adds a plan's standards to the law's with keys that cannot collide (seed 002, Bằng khen tỉnh for a collective)", () => {
    const plan = planContentSchema.parse(seedPlans.find((x) => x.source.startsWith('002'))!.content);
    const all = standardsWithPlan('bang_khen_tinh', '2024-12-01', plan.standards.collective, 'Kế hoạch của Sở LĐTBXH', { subject: 'collective' });
    expect(all.map((x) => x.key)).toEqual(['luat:thanh-tich', 'kh:tt-thanh-tich', 'kh:tt-sang-kien', 'kh:tt-ky-luat']);
    expect(all[3]!.source).toBe('Kế hoạch của Sở LĐTBXH');
    const e = evaluate(all, { kind: 'collective', id: 1, name: 'Phòng A' }, 2024, facts(unit(1, 'Phòng A')), engineSettingsFor('2024-12-01'));
    expect(flattenTrace(e.trace).some((c) => c.kind === 'unknown')).toBe(false);
  });
  it('finds nothing for an unknown code', () => {
    expect(standardsFor('huan_chuong_lao_dong', '2024-12-01')).toEqual([]);
  });
});
