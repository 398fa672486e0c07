import { describe, expect, it } from 'vitest';
import type { RegistrationDto } from '../../api/registrations';
import { formPathOf, toBody, toFormValues } from './registration-form';

const dto = {
  commitments: 'Hoàn thành 100% chỉ tiêu',
  entries: [
    { id: 1, subject: 'individual', person: { id: 7, fullName: 'Lê Văn A', position: null }, targetTitle: 'cstdcs', commitment: 'Làm tốt' },
    { id: 2, subject: 'collective', person: null, targetTitle: 'tt_ldxs', commitment: null },
  ],
} as unknown as RegistrationDto;

describe('registration form mapping', () => {
  it('splits the collective title from the people and puts it back first', () => {
    const values = toFormValues(dto);
    expect(values).toEqual({
      commitments: 'Hoàn thành 100% chỉ tiêu',
      collectiveTitle: 'tt_ldxs',
      individuals: [{ personId: 7, targetTitle: 'cstdcs', commitment: 'Làm tốt' }],
    });
    const body = toBody(values, { movementId: 3, unitId: 4, revision: 2 });
    expect(body.entries.map((e) => [e.subject, e.personId, e.targetTitle])).toEqual([
      ['collective', null, 'tt_ldxs'],
      ['individual', 7, 'cstdcs'],
    ]);
    expect(body.revision).toBe(2);
  });

  it('sends a blank commitment as null and no collective entry without a title', () => {
    const body = toBody({ commitments: '', collectiveTitle: null, individuals: [{ personId: 5, targetTitle: 'ldtt', commitment: '  ' }] }, { movementId: 1, unitId: 2 });
    expect(body.entries).toEqual([{ subject: 'individual', personId: 5, targetTitle: 'ldtt', commitment: null }]);
  });

  it('places server errors on the field they name, counting the collective entry', () => {
    expect(formPathOf('entries.0.targetTitle', true)).toEqual(['collectiveTitle']);
    expect(formPathOf('entries.2.personId', true)).toEqual(['individuals', 1, 'personId']);
    expect(formPathOf('entries.2.personId', false)).toEqual(['individuals', 2, 'personId']);
    expect(formPathOf('commitments', false)).toEqual(['commitments']);
    expect(formPathOf('unitId', false)).toBeNull();
  });
});
