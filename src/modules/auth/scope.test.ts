import { describe, expect, it } from 'vitest';
import type { Actor } from '../../http/context';
import { can, scopePaths } from './scope';

const actor = (roles: Actor['roles']): Actor => ({ userId: 1, username: 'u', fullName: 'U', personId: null, roles });

describe('scope', () => {
  it('grants a permission only inside the subtree of the role', () => {
    const a = actor([{ role: 'unit_officer', unitId: 5, unitPath: '/1/5/', unitName: 'Xã A' }]);
    expect(can(a, 'people.write', '/1/5/')).toBe(true);
    expect(can(a, 'people.write', '/1/5/12/')).toBe(true);
    expect(can(a, 'people.write', '/1/6/')).toBe(false);
    // '/1/55/' shares the characters '/1/5' but is a sibling, not a child.
    expect(can(a, 'people.write', '/1/55/')).toBe(false);
    expect(can(a, 'units.write', '/1/5/')).toBe(false);
  });

  it('keeps only the outermost of nested scopes', () => {
    const a = actor([
      { role: 'admin', unitId: 1, unitPath: '/1/', unitName: 'Tỉnh' },
      { role: 'unit_officer', unitId: 5, unitPath: '/1/5/', unitName: 'Xã' },
      { role: 'unit_officer', unitId: 9, unitPath: '/9/', unitName: 'Khác' },
    ]);
    expect(scopePaths(a, 'people.read').sort()).toEqual(['/1/', '/9/']);
    expect(scopePaths(a, 'units.write')).toEqual(['/1/']);
  });
});
