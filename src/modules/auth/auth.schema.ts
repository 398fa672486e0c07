import { z } from 'zod';
import { roleSchema } from './roles';

export const loginBody = z.strictObject({
  username: z.string().trim().min(1, 'Vui lòng nhập tên đăng nhập').max(100),
  password: z.string().min(1, 'Vui lòng nhập mật khẩu').max(200),
});

export const changePasswordBody = z.strictObject({
  currentPassword: z.string().min(1, 'Vui lòng nhập mật khẩu hiện tại').max(200),
  newPassword: z
    .string()
    .min(10, 'Mật khẩu mới phải có ít nhất 10 ký tự')
    .max(200, 'Mật khẩu mới quá dài (tối đa 200 ký tự)'),
});

export const roleGrantDto = z.object({
  role: roleSchema,
  roleLabel: z.string(),
  unitId: z.number().int(),
  unitName: z.string(),
});

export const meResponse = z.object({
  id: z.number().int(),
  username: z.string(),
  fullName: z.string(),
  personId: z.number().int().nullable(),
  roles: z.array(roleGrantDto),
  permissions: z.array(z.string()),
});

export type LoginBody = z.infer<typeof loginBody>;
export type ChangePasswordBody = z.infer<typeof changePasswordBody>;
export type MeResponse = z.infer<typeof meResponse>;
