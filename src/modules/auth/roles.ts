import { z } from 'zod';

export const roles = ['admin', 'standing', 'unit_officer', 'individual', 'council_member', 'leader'] as const;
export type Role = (typeof roles)[number];
export const roleSchema = z.enum(roles);

export const roleLabels: Record<Role, string> = {
  admin: 'Quản trị hệ thống',
  standing: 'Thường trực Hội đồng TĐKT',
  unit_officer: 'Cán bộ đơn vị',
  individual: 'Cá nhân',
  council_member: 'Thành viên hội đồng',
  leader: 'Lãnh đạo',
};

/** What a role may do, always within the unit subtree it is granted on. */
export const permissions = [
  'units.read',
  'units.write',
  'people.read',
  'people.write',
  'imports.run',
  'audit.read',
  'users.manage',
  'movements.read',
  'movements.write',
  'movements.issue',
  'deadlines.mark',
  'registrations.submit',
  'registrations.approve',
  'indices.read',
  'indices.write',
  'results.submit',
  'appraisals.decide',
  'initiatives.write',
  'discipline.read',
  'discipline.write',
  'ratings.write',
  'nominations.submit',
  'nominations.review',
  'council.manage',
  'council.vote',
  'decisions.draft',
  'decisions.sign',
] as const;
export type Permission = (typeof permissions)[number];

const grants: Record<Role, readonly Permission[]> = {
  admin: permissions,
  standing: ['units.read', 'people.read', 'people.write', 'imports.run', 'audit.read', 'movements.read', 'movements.write', 'movements.issue', 'deadlines.mark', 'registrations.submit', 'registrations.approve', 'indices.read', 'indices.write', 'results.submit', 'appraisals.decide', 'initiatives.write', 'discipline.read', 'discipline.write', 'ratings.write', 'nominations.submit', 'nominations.review', 'council.manage', 'decisions.draft'],
  unit_officer: ['units.read', 'people.read', 'people.write', 'imports.run', 'movements.read', 'movements.write', 'deadlines.mark', 'registrations.submit', 'indices.read', 'results.submit', 'initiatives.write', 'ratings.write', 'nominations.submit'],
  // Leaders sign: they issue plans and move a movement through its stages, but do not draft.
  leader: ['units.read', 'people.read', 'audit.read', 'movements.read', 'movements.issue', 'indices.read', 'discipline.read', 'decisions.sign'],
  council_member: ['units.read', 'people.read', 'movements.read', 'indices.read', 'council.vote'],
  individual: ['units.read', 'people.read', 'movements.read', 'indices.read'],
};

export function roleAllows(role: Role, permission: Permission): boolean {
  return grants[role].includes(permission);
}
