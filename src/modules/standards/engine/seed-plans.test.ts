import { describe, expect, it } from 'vitest';
import { planContentSchema } from '../../movements/model/plan-content.schema';
import { seedPlans } from '../../../seed/plans';
import { evaluate, flattenTrace } from './evaluate';
import { facts, nd98, person, unit } from './test-helpers';

// Every standard the five seed plans state must be readable by the engine: no clause of an unknown
// kind, and with no data at all nothing passes by accident (missing or pending, never a false "đạt").
describe.each(seedPlans.map((s) => [s.source, s] as const))('seed plan %s', (_, seed) => {
  const plan = planContentSchema.parse(seed.content);
  const groups = [
    ['collective', plan.standards.collective, facts(unit(1, 'Đơn vị A'))],
    ['individual', plan.standards.individual, facts(person(1, 'Nguyễn Văn A'))],
  ] as const;

  it.each(groups)('%s standards evaluate without an unknown clause', (kind, standards, f) => {
    const e = evaluate(standards, { kind: kind === 'collective' ? 'collective' : 'individual', id: 1, name: f.self.name }, 2024, f, nd98);
    const clauses = flattenTrace(e.trace);
    expect(clauses.filter((c) => c.kind === 'unknown')).toEqual([]);
    expect(clauses.every((c) => c.sentence.length > 0 && c.text.length > 0)).toBe(true);
    if (standards.length > 0) {
      expect(e.pass).toBe(false);
      expect(clauses.filter((c) => c.children.length === 0).every((c) => c.status === 'missing' || c.status === 'pending')).toBe(true);
    }
  });
});

it('seed 002: the collective whose leader was disciplined (khiển trách) is excluded', () => {
  const plan = planContentSchema.parse(seedPlans.find((s) => s.source.startsWith('002'))!.content);
  const f = facts(unit(1, 'Phòng Chính sách'), {
    leader: person(2, 'Trần Văn Bình', {
      discipline: [{ form: 'khien_trach', decidedOn: '2024-05-03', effectiveFrom: null, decisionNumber: null, source: null }],
    }),
  });
  const e = evaluate(plan.standards.collective, { kind: 'collective', id: 1, name: 'Phòng Chính sách' }, 2024, f, nd98);
  expect(e.status).toBe('fail');
  expect(flattenTrace(e.trace).map((c) => c.sentence)).toContain('Lãnh đạo đơn vị (Trần Văn Bình) bị kỷ luật khiển trách ngày 03/05/2024 — không đạt');
});
