import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Rule } from '../rule.schema';
import { evaluate, flattenTrace } from './evaluate';
import type { DisciplineFact, StandardsFacts, SubjectFacts } from './facts';
import { floorPercent, quotaCap } from './quota';
import { facts, nd152, nd98, nomineeOf, person, rule, unit } from './test-helpers';
import type { Clause } from './trace';

const YEAR = 2024;
const forms = ['khien_trach', 'canh_cao', 'ha_bac_luong', 'giang_chuc', 'cach_chuc', 'buoc_thoi_viec'] as const;
const factForms = [...forms, 'bai_nhiem', 'giai_tan'] as const;
const ratings = ['htxsnv', 'httnv', 'htnv', 'khtnv'] as const;
const subjects = ['self', 'leader', 'members'] as const;

const isoIn = (from: number, to: number) =>
  fc.tuple(fc.integer({ min: from, max: to }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(
    ([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  );
const discipline: fc.Arbitrary<DisciplineFact> = fc.record({
  form: fc.constantFrom(...factForms),
  decidedOn: isoIn(2020, 2025),
  effectiveFrom: fc.constant(null),
  // undefined = the settings' months; null = no end.
  effectiveTo: fc.oneof(fc.constant(undefined), fc.constant(null), isoIn(2020, 2027)),
  decisionNumber: fc.constant(null),
  source: fc.constant(null),
});
const subject = (id: number): fc.Arbitrary<SubjectFacts> =>
  fc.record({
    discipline: fc.option(fc.array(discipline, { maxLength: 2 }), { nil: undefined }),
    ratings: fc.option(
      fc.array(fc.record({ year: fc.integer({ min: 2021, max: YEAR }), rating: fc.constantFrom(...ratings), source: fc.constant(null) }), { maxLength: 4 }),
      { nil: undefined },
    ),
    initiatives: fc.option(
      fc.array(
        fc.record({
          id: fc.nat(),
          title: fc.constant('Sáng kiến'),
          level: fc.constantFrom('co_so' as const, 'tinh' as const, 'toan_quoc' as const),
          recognisedOn: isoIn(2021, 2025),
          recognisedBy: fc.constant(null),
          decisionNumber: fc.constant(null),
          source: fc.constant(null),
        }),
        { maxLength: 3 },
      ),
      { nil: undefined },
    ),
    criteria: fc.option(
      fc.dictionary(fc.constantFrom('a', 'b'), fc.record({ met: fc.constantFrom(true, false, null), value: fc.constant(null), reason: fc.constant(null), source: fc.constant(null) })),
      { nil: undefined },
    ),
    pending: fc.option(
      fc.array(fc.record({ kind: fc.constant('inspection' as const), since: isoIn(2023, 2025), resolvedOn: fc.option(isoIn(2024, 2026), { nil: null }), note: fc.constant(null), source: fc.constant(null) }), {
        maxLength: 1,
      }),
      { nil: undefined },
    ),
    titles: fc.option(
      fc.array(
        fc.record({
          year: fc.integer({ min: 2021, max: YEAR }),
          title: fc.constantFrom('ldtt', 'cstdcs'),
          status: fc.constantFrom('granted' as const, 'proposed' as const),
          decisionNumber: fc.constant(null),
          decidedOn: fc.constant(null),
          source: fc.constant(null),
        }),
        { maxLength: 4 },
      ),
      { nil: undefined },
    ),
  }).map((x) => person(id, `Người ${id}`, x));

const anyFacts: fc.Arbitrary<StandardsFacts> = fc
  .tuple(subject(1), fc.option(subject(2), { nil: null }), fc.array(fc.integer({ min: 3, max: 99 }), { maxLength: 4 }).chain((ids) => fc.tuple(...ids.map(subject))))
  .map(([self, leader, members]) => facts(unit(1, 'Tập thể', { ...self, kind: 'unit', id: 1, name: 'Tập thể' }), { leader, members }));

const leaf: fc.Arbitrary<unknown> = fc.oneof(
  fc.record({ kind: fc.constant('no_discipline'), from: fc.constantFrom(...forms), subject: fc.constantFrom(...subjects) }),
  fc.record({ kind: fc.constant('rating'), atLeast: fc.constantFrom(...ratings), years: fc.integer({ min: 1, max: 3 }), subject: fc.constantFrom(...subjects) }),
  fc.record({ kind: fc.constant('title'), title: fc.constantFrom('ldtt', 'cstdcs'), years: fc.integer({ min: 1, max: 3 }), consecutive: fc.boolean() }),
  fc.record({ kind: fc.constant('member_share'), title: fc.constant('ldtt'), target: fc.record({ measure: fc.constant('percent'), comparator: fc.constant('gte'), value: fc.integer({ min: 0, max: 100 }) }) }),
  fc.record({ kind: fc.constant('qualitative') }),
  fc.record({ kind: fc.constant('initiative'), minLevel: fc.constantFrom('co_so', 'tinh'), count: fc.integer({ min: 1, max: 2 }), withinYears: fc.integer({ min: 1, max: 3 }), subject: fc.constantFrom(...subjects) }),
  fc.record({ kind: fc.constant('criterion'), criterionKey: fc.constantFrom('a', 'b'), subject: fc.constantFrom(...subjects) }),
  fc.record({ kind: fc.constant('member_share'), title: fc.constant(null), rating: fc.constant('httnv'), target: fc.record({ measure: fc.constant('count'), comparator: fc.constant('gte'), value: fc.integer({ min: 0, max: 3 }) }) }),
);
const tree: fc.Arbitrary<unknown> = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, fc.record({ kind: fc.constantFrom('all', 'any'), of: fc.array(tie('node'), { minLength: 1, maxLength: 4 }) })),
})).node;

function walk(c: Clause, visit: (c: Clause) => void) {
  visit(c);
  c.children.forEach((x) => walk(x, visit));
}

describe('standards engine properties', () => {
  it('all() passes iff every child passes; any() iff some child passes', () => {
    fc.assert(
      fc.property(tree, anyFacts, fc.boolean(), (t, f, late) => {
        const e = evaluate(rule(t), nomineeOf(f.self), YEAR, f, late ? nd152 : nd98);
        walk(e.trace[0]!, (c) => {
          if (c.kind === 'all') expect(c.status === 'pass').toBe(c.children.every((x) => x.status === 'pass'));
          if (c.kind === 'any') expect(c.status === 'pass').toBe(c.children.some((x) => x.status === 'pass'));
        });
        expect(e.pass).toBe(e.trace[0]!.status === 'pass');
      }),
      { numRuns: 300 },
    );
  });

  it('explain: false gives the same verdict for every clause, without words', () => {
    fc.assert(
      fc.property(tree, anyFacts, fc.boolean(), (t, f, late) => {
        const r = rule(t);
        const settings = late ? nd152 : nd98;
        const full = flattenTrace(evaluate(r, nomineeOf(f.self), YEAR, f, settings).trace);
        const bare = flattenTrace(evaluate(r, nomineeOf(f.self), YEAR, f, settings, { explain: false }).trace);
        expect(bare.map((c) => [c.id, c.status])).toEqual(full.map((c) => [c.id, c.status]));
        expect(bare.every((c) => c.sentence === '')).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('adding a discipline record never turns a fail into a pass', () => {
    const who = fc.constantFrom('self', 'leader', 'member');
    fc.assert(
      fc.property(tree, anyFacts, discipline, who, fc.boolean(), (t, f, d, w, late) => {
        const r = rule(t);
        const settings = late ? nd152 : nd98;
        // A subject without discipline data is unknown; the property is about a known list growing.
        const change = (edit: (s: SubjectFacts) => SubjectFacts): StandardsFacts =>
          w === 'self'
            ? { ...f, self: edit(f.self) }
            : w === 'leader' && f.leader
              ? { ...f, leader: edit(f.leader) }
              : { ...f, members: (f.members ?? []).map((m, i) => (i === 0 ? edit(m) : m)) };
        const known = change((s) => ({ ...s, discipline: s.discipline ?? [] }));
        const g = change((s) => ({ ...s, discipline: [...(s.discipline ?? []), d] }));
        const before = evaluate(r, nomineeOf(known.self), YEAR, known, settings);
        const after = evaluate(r, nomineeOf(g.self), YEAR, g, settings);
        if (!before.pass) expect(after.pass).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('a ≥ comparator is monotonic in the value', () => {
    const r: Rule = rule({ kind: 'metric', index: 'SIPAS', indicator: 'SIPAS', target: { measure: 'percent', comparator: 'gte', value: 90 } });
    const at = (v: number) => {
      const f = facts(unit(1, 'X', { metrics: [{ index: 'SIPAS', indicator: null, year: YEAR, value: { measure: 'percent', value: v }, source: null }] }));
      return evaluate(r, nomineeOf(f.self), YEAR, f, nd98).pass;
    };
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        if (at(lo)) expect(at(hi)).toBe(true);
      }),
    );
  });

  it('the quota floor never exceeds the percentage, and is the largest whole number that does not', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 10_000 }), fc.option(fc.integer({ min: 0, max: 1000 }), { nil: null }), (base, hundredths, absolute) => {
        const percent = hundredths / 100;
        const f = floorPercent(base, percent);
        // Exact in integers: f ≤ base × hundredths / 10 000 < f + 1.
        expect(f * 10_000).toBeLessThanOrEqual(base * hundredths);
        expect((f + 1) * 10_000).toBeGreaterThan(base * hundredths);
        const q = quotaCap({ absolute, percent, base });
        expect(q.cap).toBe(absolute === null ? f : Math.min(f, absolute));
      }),
    );
  });
});
