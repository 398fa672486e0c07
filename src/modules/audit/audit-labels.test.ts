import { describe, expect, it } from 'vitest';
import { actionLabel, entityLabel } from './audit-labels';

describe('audit labels', () => {
  it('names every action the modules write in Vietnamese, never by its code', () => {
    const actions = [
      'unit.create', 'unit.update', 'unit.move', 'unit.merge', 'unit.merged', 'person.create', 'person.update',
      'person.transfer', 'person.deactivate', 'import.people', 'import.units', 'auth.login', 'auth.logout',
      'auth.login_failed', 'auth.locked', 'auth.password_changed', 'seed.loaded',
    ];
    for (const a of actions) {
      expect(actionLabel(a), a).not.toMatch(/[a-z]+\.[a-z]/);
      expect(actionLabel(a), a).not.toBe('Thao tác khác');
    }
    expect(actionLabel('import.people')).toBe('Nhập danh sách cá nhân từ Excel');
    expect(actionLabel('unit.merge')).toBe('Sáp nhập');
  });
  it('falls back to a Vietnamese phrase for unknown codes', () => {
    expect(actionLabel('x.unknown')).toBe('Thao tác khác');
    expect(entityLabel('person')).toBe('Cá nhân');
  });
});
