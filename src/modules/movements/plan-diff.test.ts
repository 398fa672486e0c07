import { describe, expect, it } from 'vitest';
import { blankPlan } from './model/plan-builder';
import type { PlanContent, PlanContentInput } from './model/plan-content.schema';
import { diffPlans } from './plan-diff';

const criterion = (key: string, label: string, value: number, indicator = `Chỉ số ${key}`) => ({
  key,
  label,
  text: `${indicator} đạt từ ${value}% trở lên`,
  indicator,
  target: { measure: 'percent', comparator: 'gte', value },
});

function plan(extra: Partial<PlanContentInput> = {}): PlanContent {
  return blankPlan({
    issuerName: 'ỦY BAN NHÂN DÂN XÃ TRÀ LÂM',
    title: 'Đẩy mạnh cải cách hành chính năm 2024',
    year: 2024,
    purposes: [{ text: 'Nâng cao nhận thức' }, { text: 'Tạo phong trào sôi nổi' }],
    criteria: [criterion('a', 'a)', 80, 'Hồ sơ trực tuyến'), criterion('d', 'd)', 90, 'Thanh toán trực tuyến')],
    deadlines: [
      {
        key: 'ho-so',
        title: 'Gửi hồ sơ đề nghị khen thưởng',
        kind: 'submit_proposal',
        due: { kind: 'yearly', day: 15, month: 12 },
        responsible: { text: 'Các ban, ngành' },
      },
    ],
    ...extra,
  } as Parameters<typeof blankPlan>[0]);
}

describe('diffPlans', () => {
  it('finds nothing between equal plans', () => {
    expect(diffPlans(plan(), plan())).toEqual([]);
  });

  it('names a changed target by its criterion and renders both targets', () => {
    const after = plan({ criteria: [criterion('a', 'a)', 80, 'Hồ sơ trực tuyến'), criterion('d', 'd)', 95, 'Thanh toán trực tuyến')] } as never);
    const changes = diffPlans(plan(), after);
    expect(changes).toContainEqual({ path: 'criteria.d.target', label: 'Tiêu chí d) — Chỉ tiêu', change: 'changed', before: '≥ 90%', after: '≥ 95%' });
    expect(changes.find((c) => c.path === 'criteria.d.text')?.after).toContain('95%');
    expect(changes.every((c) => c.path.startsWith('criteria.d.'))).toBe(true);
  });

  it('pairs criteria by key: inserting one in front shows one addition, not every criterion changed', () => {
    const after = plan({
      criteria: [criterion('moi', 'a)', 70, 'Chữ ký số'), criterion('a', 'b)', 80, 'Hồ sơ trực tuyến'), criterion('d', 'd)', 90, 'Thanh toán trực tuyến')],
    } as never);
    const changes = diffPlans(plan(), after);
    expect(changes.filter((c) => c.change === 'added')).toEqual([
      { path: 'criteria.moi', label: 'Tiêu chí a)', change: 'added', before: null, after: 'Chữ ký số đạt từ 70% trở lên (≥ 70%)' },
    ]);
    // Only the relabelled criterion a → b) changed, and only its label.
    expect(changes.filter((c) => c.change === 'changed')).toEqual([
      { path: 'criteria.a.label', label: 'Tiêu chí b) — Ký hiệu mục', change: 'changed', before: 'a)', after: 'b)' },
    ]);
  });

  it('reports a removed criterion with what it said', () => {
    const after = plan({ criteria: [criterion('a', 'a)', 80, 'Hồ sơ trực tuyến')] } as never);
    expect(diffPlans(plan(), after)).toEqual([
      { path: 'criteria.d', label: 'Tiêu chí d)', change: 'removed', before: 'Thanh toán trực tuyến đạt từ 90% trở lên (≥ 90%)', after: null },
    ]);
  });

  it('names a deadline by its title and shows dates as dd/mm/yyyy', () => {
    const base = plan();
    const after = plan({
      deadlines: [{ ...base.deadlines[0]!, due: { kind: 'date', date: '2024-12-10' } }],
      period: { start: { kind: 'date', date: '2024-03-01' }, end: '2024-12-31' },
    } as never);
    const changes = diffPlans(base, after);
    expect(changes).toContainEqual({
      path: 'deadlines.ho-so.due',
      label: 'Thời hạn «Gửi hồ sơ đề nghị khen thưởng» — Ngày',
      change: 'changed',
      before: 'ngày 15/12 hằng năm',
      after: '10/12/2024',
    });
    expect(changes).toContainEqual({ path: 'period.start', label: 'Thời gian thi đua — Ngày bắt đầu', change: 'changed', before: 'Từ ngày ban hành', after: '01/03/2024' });
  });

  it('pairs lists without keys by position', () => {
    const after = plan({ purposes: [{ text: 'Nâng cao nhận thức' }, { text: 'Tạo phong trào rộng khắp' }, { text: 'Biểu dương kịp thời' }] } as never);
    const changes = diffPlans(plan(), after);
    expect(changes).toEqual([
      { path: 'purposes.2.text', label: 'Mục đích 2 — Nội dung', change: 'changed', before: 'Tạo phong trào sôi nổi', after: 'Tạo phong trào rộng khắp' },
      { path: 'purposes.3', label: 'Mục đích 3', change: 'added', before: null, after: 'Biểu dương kịp thời' },
    ]);
  });

  it('labels header fields and recipients in the words of the document', () => {
    const base = plan();
    const after = plan({ header: { ...base.header, number: '12/KH-UBND', issuedOn: '2024-03-05', recipients: ['UBND huyện', 'Lưu: VT'] } } as never);
    const changes = diffPlans(base, after);
    expect(changes).toContainEqual({ path: 'header.number', label: 'Số, ký hiệu', change: 'added', before: null, after: '12/KH-UBND' });
    expect(changes).toContainEqual({ path: 'header.issuedOn', label: 'Ngày ban hành', change: 'added', before: null, after: '05/03/2024' });
    expect(changes).toContainEqual({ path: 'header.recipients.2', label: 'Nơi nhận 2', change: 'added', before: null, after: 'Lưu: VT' });
  });

  it('shows coded values by their Vietnamese names', () => {
    const base = plan();
    const after = plan({ criteria: base.criteria.map((c) => (c.key === 'a' ? { ...c, appliesTo: 'both', reformArea: 'tthc' } : c)) } as never);
    const changes = diffPlans(base, after);
    expect(changes).toContainEqual({ path: 'criteria.a.appliesTo', label: 'Tiêu chí a) — Áp dụng cho', change: 'changed', before: 'Tập thể', after: 'Tập thể và cá nhân' });
    expect(changes).toContainEqual({ path: 'criteria.a.reformArea', label: 'Tiêu chí a) — Lĩnh vực CCHC', change: 'added', before: null, after: 'Cải cách thủ tục hành chính' });
  });
});
