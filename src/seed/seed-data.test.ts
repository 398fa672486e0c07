import { describe, expect, it } from 'vitest';
import { unitKinds } from '../modules/units/unit-kinds';
import { personCategories } from '../modules/people/person-fields';
import { demoAccounts } from './accounts';
import { flattenOrganisations } from './load-organisations';
import { createNameGenerator } from './names';
import { organisations } from './organisations';
import { staffOf } from './staff';

const flat = flattenOrganisations(organisations);

describe('demo organisation data', () => {
  it('has unique ASCII codes, known kinds, NFC names and ISO start dates', () => {
    expect(new Set(flat.map((u) => u.code)).size).toBe(flat.length);
    for (const u of flat) {
      expect(u.code).toMatch(/^[A-Z0-9]+(-[A-Z0-9]+)*$/);
      expect(unitKinds).toContain(u.spec.kind);
      expect(u.spec.name).toBe(u.spec.name.normalize('NFC'));
      expect(u.validFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('comes from each of the five seed plans once', () => {
    expect(organisations.map((o) => o.source.slice(0, 3))).toEqual(['000', '001', '002', '003', '004']);
  });

  it('gives every unit 2–8 people, at most one head, with known categories', () => {
    for (const u of flat) {
      const staff = staffOf(u.spec);
      expect(staff.length, u.code).toBeGreaterThanOrEqual(2);
      expect(staff.length, u.code).toBeLessThanOrEqual(8);
      expect(staff.filter((s) => s.head).length, u.code).toBeLessThanOrEqual(1);
      for (const s of staff) expect(personCategories).toContain(s.category);
    }
  });

  it('points every demo account at units and people that exist in the data', () => {
    const codes = new Set(flat.map((u) => u.code));
    for (const a of demoAccounts) {
      for (const code of a.unitCodes) expect(codes, `${a.username} → ${code}`).toContain(code);
      if (!a.person) continue;
      const unit = flat.find((u) => u.code === a.person?.unitCode);
      expect(unit, a.username).toBeDefined();
      expect(staffOf(unit!.spec).map((s) => s.position)).toContain(a.person.position);
    }
  });
});

describe('createNameGenerator', () => {
  it('is deterministic, never repeats a name and keeps reserved names out', () => {
    const a = createNameGenerator(7);
    const b = createNameGenerator(7);
    a.reserve('Nguyễn Văn An');
    b.reserve('Nguyễn Văn An');
    const namesA = Array.from({ length: 2_000 }, (_, i) => a.fullName(i % 2 ? 'nu' : 'nam'));
    const namesB = Array.from({ length: 2_000 }, (_, i) => b.fullName(i % 2 ? 'nu' : 'nam'));
    expect(namesA).toEqual(namesB);
    expect(new Set(namesA).size).toBe(namesA.length);
    expect(namesA).not.toContain('Nguyễn Văn An');
    expect(namesA.filter((_, i) => i % 2 === 1).every((n) => !/ Văn /.test(n))).toBe(true);
  });
});
