import { describe, expect, it } from 'vitest';
import { ruleSchema, type Rule } from '../../../../src/modules/standards/rule.schema';
import { ruleLines, ruleText } from './rule-text';

// Rules go through the schema so the defaults (subject, years…) are the ones the server stores.
const rule = (input: unknown) => ruleSchema.parse(input) as Rule;

describe('ruleText', () => {
  it('words an index metric with its target', () => {
    expect(ruleText(rule({ kind: 'metric', index: 'SIPAS', indicator: 'SIPAS', target: { measure: 'percent', comparator: 'gte', value: 90 } }))).toBe(
      'Chỉ số SIPAS ≥ 90%',
    );
  });

  it('names whose record a clause reads', () => {
    expect(ruleText(rule({ kind: 'no_discipline', from: 'khien_trach', subject: 'leader' }))).toBe(
      'Lãnh đạo đơn vị không bị kỷ luật từ khiển trách trở lên',
    );
    expect(ruleText(rule({ kind: 'no_discipline', from: 'canh_cao' }))).toBe('Không bị kỷ luật từ cảnh cáo trở lên');
  });

  it('uses the indicator when no index is named, and bands read "trở lên"', () => {
    const onTime = rule({ kind: 'metric', indicator: 'Tỷ lệ hồ sơ giải quyết đúng hạn', target: { measure: 'percent', comparator: 'gt', value: 98 } });
    expect(ruleText(onTime)).toBe('Tỷ lệ hồ sơ giải quyết đúng hạn > 98%');
    const par = rule({
      kind: 'metric',
      index: 'PAR_INDEX',
      indicator: 'PAR Index',
      target: { measure: 'band', comparator: 'gte', band: 'Khá', scale: ['Tốt', 'Khá', 'Trung bình', 'Yếu'] },
    });
    expect(ruleText(par)).toBe('Chỉ số PAR Index xếp loại Khá trở lên');
  });

  it('writes ratings, titles over years and member shares', () => {
    expect(ruleText(rule({ kind: 'rating', atLeast: 'httnv' }))).toBe('Xếp loại «Hoàn thành tốt nhiệm vụ» trở lên');
    expect(ruleText(rule({ kind: 'rating', atLeast: 'htxsnv', years: 2 }))).toBe('Xếp loại «Hoàn thành xuất sắc nhiệm vụ» 02 năm liên tục');
    expect(ruleText(rule({ kind: 'title', title: 'cstdcs', years: 2 }))).toBe('02 năm liên tục đạt danh hiệu «Chiến sĩ thi đua cơ sở»');
    expect(ruleText(rule({ kind: 'title', title: 'ldtt' }))).toBe('Đạt danh hiệu «Lao động tiên tiến»');
    expect(
      ruleText(rule({ kind: 'member_share', title: 'ldtt', target: { measure: 'percent', comparator: 'gte', value: 70 } })),
    ).toBe('Tỷ lệ cá nhân đạt danh hiệu «Lao động tiên tiến» ≥ 70%');
  });

  it('names a criterion of the plan by its label and indicator, or by key when unknown', () => {
    const r = rule({ kind: 'criterion', criterionKey: 'd' });
    expect(ruleText(r, { d: { label: 'd)', indicator: 'Tỷ lệ thanh toán trực tuyến' } })).toBe('Đạt tiêu chí d) Tỷ lệ thanh toán trực tuyến');
    expect(ruleText(r)).toBe('Đạt tiêu chí «d»');
  });

  it('nests groups, all and any, one level per indent', () => {
    const tree = rule({
      kind: 'all',
      of: [
        { kind: 'rating', atLeast: 'httnv' },
        { kind: 'any', of: [{ kind: 'initiative' }, { kind: 'qualitative', text: 'Gương mẫu chấp hành chủ trương, chính sách' }] },
      ],
    });
    expect(ruleText(tree)).toBe(
      [
        'Đáp ứng tất cả các điều kiện sau:',
        '  - Xếp loại «Hoàn thành tốt nhiệm vụ» trở lên',
        '  - Đáp ứng ít nhất một trong các điều kiện sau:',
        '    - Có sáng kiến được công nhận ở phạm vi cơ sở trở lên',
        '    - Gương mẫu chấp hành chủ trương, chính sách',
      ].join('\n'),
    );
    expect(ruleLines(tree).children).toHaveLength(2);
  });
});
