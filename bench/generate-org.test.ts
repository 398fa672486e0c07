import { describe, expect, it } from 'vitest';
import { searchKey } from '../src/lib/text';
import { unitKinds } from '../src/modules/units/unit-kinds';
import { genderSchema, personCategories } from '../src/modules/people/person-fields';
import { allPeople, apportion, generateOrg, peopleOfUnit, scales } from './generate-org';

describe('generateOrg', () => {
  it('gives the same organisation and people for the same seed, another one for another seed', () => {
    const a = generateOrg(scales.small, 7);
    const b = generateOrg(scales.small, 7);
    const c = generateOrg(scales.small, 8);
    expect(b.units).toEqual(a.units);
    expect([...allPeople(b)]).toEqual([...allPeople(a)]);
    expect([...allPeople(c)].map((p) => p.fullName)).not.toEqual([...allPeople(a)].map((p) => p.fullName));
  });

  it('builds the whole country: 34 tỉnh, 3,321 xã/phường with 4–6 phòng each, 15–20 Sở per tỉnh, 2,000,000 people', () => {
    const org = generateOrg(scales.country);
    const count = (kinds: string[]) => org.units.filter((u) => kinds.includes(u.kind)).length;
    expect(count(['tinh'])).toBe(34);
    expect(count(['xa', 'phuong'])).toBe(3_321);
    expect(org.units.reduce((n, u) => n + u.people, 0)).toBe(2_000_000);
    const childrenOf = new Map<number, string[]>();
    for (const u of org.units) if (u.parent !== null) childrenOf.set(u.parent, [...(childrenOf.get(u.parent) ?? []), u.kind]);
    for (const u of org.units) {
      const children = childrenOf.get(u.index) ?? [];
      if (u.kind === 'tinh') expect(children.filter((k) => k === 'so').length).toBeGreaterThanOrEqual(15);
      if (u.kind === 'tinh') expect(children.filter((k) => k === 'so').length).toBeLessThanOrEqual(20);
      if (u.kind === 'xa' || u.kind === 'phuong') expect(children.length).toBeGreaterThanOrEqual(4);
      if (u.kind === 'xa' || u.kind === 'phuong') expect(children.length).toBeLessThanOrEqual(6);
    }
    expect(new Set(org.units.map((u) => u.code)).size).toBe(org.units.length);
  });

  it('puts every parent before its children, one depth below it', () => {
    const { units } = generateOrg(scales.province);
    for (const u of units) {
      if (u.parent === null) continue;
      const parent = units[u.parent];
      expect(u.parent).toBeLessThan(u.index);
      expect(u.depth).toBe((parent?.depth ?? -99) + 1);
      expect(u.province).toBe(parent?.province);
    }
    expect(units.every((u) => (unitKinds as string[]).includes(u.kind))).toBe(true);
  });

  it('generates exactly the people of the scale, one head per unit, with valid fields', () => {
    const org = generateOrg(scales.small);
    const people = [...allPeople(org)];
    expect(people).toHaveLength(scales.small.people);
    expect(people.filter((p) => p.isUnitHead)).toHaveLength(org.units.length);
    for (const p of people) {
      expect(genderSchema.safeParse(p.gender).success).toBe(true);
      expect(personCategories).toContain(p.category);
      expect(p.birthYear).toBeGreaterThanOrEqual(1966);
      expect(p.birthYear).toBeLessThanOrEqual(2003);
      expect(p.position.length).toBeGreaterThan(0);
    }
    expect(peopleOfUnit(org, org.units[5]!)).toEqual(people.filter((p) => p.unit === 5));
  });

  it('writes Vietnamese names with diacritics, in NFC, with varied họ, tên đệm and tên', () => {
    const people = [...allPeople(generateOrg(scales.small))];
    const names = people.map((p) => p.fullName);
    expect(names.every((n) => n === n.normalize('NFC') && /^\p{Lu}\p{Ll}*( \p{Lu}\p{Ll}*){1,4}$/u.test(n))).toBe(true);
    // Most names carry a diacritic somewhere (Nguyễn, Thị, Văn…): folding changes them.
    expect(names.filter((n) => searchKey(n) !== n.toLowerCase()).length / names.length).toBeGreaterThan(0.9);
    const surnames = new Set(names.map((n) => n.split(' ')[0]));
    const given = new Set(names.map((n) => n.split(' ').at(-1)));
    expect(surnames.size).toBeGreaterThan(30);
    expect(given.size).toBeGreaterThan(60);
    const nguyen = names.filter((n) => n.startsWith('Nguyễn ')).length / names.length;
    expect(nguyen).toBeGreaterThan(0.3);
    expect(nguyen).toBeLessThan(0.45);
    expect(names.some((n) => n.includes(' Thị '))).toBe(true);
    expect(names.some((n) => n.includes(' Văn '))).toBe(true);
  });
});

describe('apportion', () => {
  it('splits a total into integers that add up exactly, in proportion', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(2_000_000, [3, 1]).reduce((a, b) => a + b, 0)).toBe(2_000_000);
    expect(apportion(100, [3, 1])).toEqual([75, 25]);
  });
});
