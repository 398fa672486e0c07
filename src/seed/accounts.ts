import type { Kysely } from 'kysely';
import type { Db } from '../db/database';
import type { Database, UnitRow, UserRow } from '../db/types';
import { hashPassword, verifyPassword } from '../modules/auth/password';
import { roleLabels, type Role } from '../modules/auth/roles';
import { insertUser } from './builders';
import type { SeededPerson } from './load-organisations';

/** Shared by every demo account. Demo only: anyone who reads the README knows it. */
export const DEMO_PASSWORD = 'thidua@2026';

export interface DemoAccount {
  username: string;
  role: Role;
  /** Stored unit codes the role is granted on (each covers its subtree). */
  unitCodes: string[];
  /** The person the account belongs to: the first one of this unit holding this position. */
  person?: { unitCode: string; position: string };
  fullName?: string;
}

/** One account per role, scoped so that the subtree rules can be tried out (two xã of Trà Bồng). */
export const demoAccounts: readonly DemoAccount[] = [
  { username: 'quantri', role: 'admin', unitCodes: ['TNI-LDLD', 'QNG', 'BPC', 'BTE', 'KHA'], fullName: 'Quản trị hệ thống' },
  {
    username: 'thuongtruc',
    role: 'standing',
    unitCodes: ['QNG-TRABONG'],
    person: { unitCode: 'QNG-TRABONG-NV', position: 'Chuyên viên phụ trách thi đua – khen thưởng' },
  },
  {
    username: 'canbo.tralam',
    role: 'unit_officer',
    unitCodes: ['QNG-TRABONG-TRALAM'],
    person: {
      unitCode: 'QNG-TRABONG-TRALAM-VPTK',
      position: 'Công chức Văn phòng – Thống kê (phụ trách thi đua – khen thưởng)',
    },
  },
  {
    username: 'canbo.trathuy',
    role: 'unit_officer',
    unitCodes: ['QNG-TRABONG-TRATHUY'],
    person: { unitCode: 'QNG-TRABONG-TRATHUY', position: 'Công chức Văn phòng – Thống kê' },
  },
  {
    username: 'canhan',
    role: 'individual',
    unitCodes: ['QNG-TRABONG-TRALAM-VHXH'],
    person: { unitCode: 'QNG-TRABONG-TRALAM-VHXH', position: 'Công chức Văn hóa – Xã hội' },
  },
  {
    username: 'hoidong',
    role: 'council_member',
    unitCodes: ['QNG-TRABONG'],
    person: { unitCode: 'QNG-TRABONG', position: 'Phó Chủ tịch UBND huyện' },
  },
  {
    username: 'lanhdao',
    role: 'leader',
    unitCodes: ['KHA-NINHHOA'],
    person: { unitCode: 'KHA-NINHHOA', position: 'Phó Chủ tịch UBND thị xã' },
  },
];

export async function insertDemoAccounts(
  trx: Kysely<Database>,
  units: ReadonlyMap<string, UnitRow>,
  people: readonly SeededPerson[],
): Promise<UserRow[]> {
  // One argon2id hash for all: hashing is deliberately slow and the password is the same.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const users: UserRow[] = [];
  for (const account of demoAccounts) {
    const person = account.person
      ? people.find((p) => p.unitCode === account.person?.unitCode && p.position === account.person.position)
      : undefined;
    if (account.person && !person) throw new Error(`Không tìm thấy cá nhân cho tài khoản ${account.username}`);
    const roles = account.unitCodes.map((code) => {
      const unit = units.get(code);
      if (!unit) throw new Error(`Không tìm thấy đơn vị ${code} cho tài khoản ${account.username}`);
      return { role: account.role, unitId: unit.id };
    });
    users.push(
      await insertUser(trx, {
        username: account.username,
        passwordHash,
        fullName: person?.fullName ?? account.fullName ?? account.username,
        personId: person?.id ?? null,
        roles,
      }),
    );
  }
  return users;
}

/**
 * The demo accounts as a console table (username, role, units, password). Reads the database, so an
 * account whose password was changed shows that instead of a password that no longer works.
 */
export async function demoAccountsText(db: Db): Promise<string> {
  const rows = await db
    .selectFrom('users as u')
    .innerJoin('user_roles as r', 'r.user_id', 'u.id')
    .innerJoin('units as n', 'n.id', 'r.unit_id')
    .select(['u.username', 'u.password_hash', 'n.name'])
    .where('u.username', 'in', demoAccounts.map((a) => a.username))
    .orderBy('r.id')
    .execute();
  if (rows.length === 0) return '';

  const lines: string[][] = [['Tên đăng nhập', 'Vai trò', 'Đơn vị (phạm vi)', 'Mật khẩu']];
  for (const account of demoAccounts) {
    const own = rows.filter((r) => r.username === account.username);
    const first = own[0];
    if (!first) continue;
    const unchanged = await verifyPassword(first.password_hash, DEMO_PASSWORD);
    lines.push([
      account.username,
      roleLabels[account.role],
      own.map((r) => r.name).join(', '),
      unchanged ? DEMO_PASSWORD : '(đã đổi)',
    ]);
  }
  const widths = [0, 1, 2].map((col) => Math.max(...lines.map((l) => (l[col] ?? '').length)));
  const table = lines.map((l) => `  ${l.map((cell, col) => (col < 3 ? cell.padEnd(widths[col] ?? 0) : cell)).join('  ')}`);
  return [
    'Tài khoản dùng thử — chỉ dành cho dữ liệu mẫu; hãy đổi mật khẩu hoặc khóa trước khi dùng thật:',
    ...table,
  ].join('\n');
}
