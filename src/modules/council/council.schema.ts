import { z } from 'zod';

const id = (what: string) => z.number({ error: `Chưa chọn ${what}` }).int(`${what} không hợp lệ`).positive(`${what} không hợp lệ`);
const isoDay = z
  .string({ error: 'Ngày họp phải có dạng YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày họp phải có dạng YYYY-MM-DD')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'Ngày họp không tồn tại');
const percent = (what: string) => z.number({ error: `${what} phải là số` }).gt(0, `${what} phải lớn hơn 0%`).max(100, `${what} tối đa 100%`);
const text = (what: string, max: number) => z.string({ error: `Chưa nhập ${what}` }).trim().min(1, `Chưa nhập ${what}`).max(max, `${what} tối đa ${max} ký tự`);

export const councilRoles = ['chu_tich', 'pho_chu_tich', 'thuong_truc', 'thu_ky', 'uy_vien'] as const;
export type CouncilRole = (typeof councilRoles)[number];
export const councilRoleLabels: Record<CouncilRole, string> = {
  chu_tich: 'Chủ tịch Hội đồng',
  pho_chu_tich: 'Phó Chủ tịch Hội đồng',
  thuong_truc: 'Ủy viên thường trực',
  thu_ky: 'Thư ký Hội đồng',
  uy_vien: 'Ủy viên',
};
export const sessionStatuses = ['chuan_bi', 'dang_bo_phieu', 'da_dong'] as const;
export type SessionStatus = (typeof sessionStatuses)[number];
export const sessionStatusLabels: Record<SessionStatus, string> = { chuan_bi: 'Chuẩn bị', dang_bo_phieu: 'Đang bỏ phiếu', da_dong: 'Đã kết thúc' };

export const sessionIdParam = z.strictObject({ id: z.coerce.number({ error: 'Mã phiên họp phải là số' }).int().positive() });
export const memberParam = z.strictObject({
  id: z.coerce.number({ error: 'Mã phiên họp phải là số' }).int().positive(),
  memberId: z.coerce.number({ error: 'Mã thành viên phải là số' }).int().positive(),
});
export const itemParam = z.strictObject({
  id: z.coerce.number({ error: 'Mã phiên họp phải là số' }).int().positive(),
  nominationId: z.coerce.number({ error: 'Mã đề nghị phải là số' }).int().positive(),
});

export const sessionsQuery = z.strictObject({
  unitId: z.coerce.number({ error: 'Mã đơn vị phải là số' }).int().positive().optional(),
  movementId: z.coerce.number({ error: 'Mã phong trào phải là số' }).int().positive().optional(),
});
export type SessionsQuery = z.infer<typeof sessionsQuery>;

export const createSessionBody = z.strictObject({
  unitId: id('đơn vị có Hội đồng'),
  movementId: id('phong trào'),
  title: text('tên phiên họp', 500),
  meetingOn: isoDay,
  location: z.string().trim().max(500, 'Địa điểm tối đa 500 ký tự').nullable().default(null),
  /** Defaults from the dated council settings of the meeting day. */
  thresholdPercent: percent('Tỷ lệ đồng ý').optional(),
  quorumPercent: percent('Tỷ lệ thành viên dự họp').optional(),
});
export type CreateSessionBody = z.infer<typeof createSessionBody>;

export const updateSessionBody = z
  .strictObject({
    title: text('tên phiên họp', 500).optional(),
    meetingOn: isoDay.optional(),
    location: z.string().trim().max(500, 'Địa điểm tối đa 500 ký tự').nullable().optional(),
    thresholdPercent: percent('Tỷ lệ đồng ý').optional(),
    quorumPercent: percent('Tỷ lệ thành viên dự họp').optional(),
  })
  .refine((b) => Object.keys(b).length > 0, 'Chưa có thông tin nào để sửa');
export type UpdateSessionBody = z.infer<typeof updateSessionBody>;

export const addItemsBody = z.strictObject({
  nominationIds: z.array(id('đề nghị khen thưởng'), { error: 'Chưa chọn đề nghị khen thưởng' }).min(1, 'Chưa chọn đề nghị khen thưởng').max(500),
});
export type AddItemsBody = z.infer<typeof addItemsBody>;

export const addMemberBody = z.strictObject({
  personId: id('người là thành viên Hội đồng'),
  /** The account the member votes online with; defaults to the account linked to the person. */
  userId: id('tài khoản bỏ phiếu').nullable().optional(),
  role: z.enum(councilRoles, { error: 'Vai trò trong Hội đồng phải là chủ tịch, phó chủ tịch, thường trực, thư ký hoặc ủy viên' }),
  positionTitle: z.string().trim().max(300, 'Chức vụ tối đa 300 ký tự').nullable().optional(),
});
export type AddMemberBody = z.infer<typeof addMemberBody>;

export const attendanceBody = z.strictObject({
  attendance: z
    .array(z.strictObject({ memberId: id('thành viên'), present: z.boolean({ error: 'Có mặt phải là đúng hoặc sai' }) }), { error: 'Chưa có danh sách điểm danh' })
    .min(1, 'Chưa có danh sách điểm danh'),
});
export type AttendanceBody = z.infer<typeof attendanceBody>;

export const recusalBody = z.strictObject({
  memberId: id('thành viên'),
  nominationId: id('đề nghị khen thưởng'),
  reason: text('lý do không tham gia biểu quyết', 2000),
});
export type RecusalBody = z.infer<typeof recusalBody>;

export const ballotBody = z.strictObject({
  votes: z
    .array(
      z.strictObject({
        nominationId: id('người được đề nghị'),
        choice: z.enum(['dong_y', 'khong_dong_y'], { error: 'Phiếu phải là «đồng ý» hoặc «không đồng ý»' }),
      }),
      { error: 'Chưa có phiếu bầu' },
    )
    .min(1, 'Chưa có phiếu bầu'),
});
export type BallotBody = z.infer<typeof ballotBody>;

const ref = z.object({ id: z.number(), name: z.string() });

export const memberDto = z.object({
  id: z.number(),
  personId: z.number().nullable(),
  userId: z.number().nullable(),
  fullName: z.string(),
  positionTitle: z.string().nullable(),
  unit: ref.nullable(),
  role: z.enum(councilRoles),
  roleLabel: z.string(),
  present: z.boolean().nullable(),
  /** The member's account exists, is enabled and holds council.vote on the council's unit. */
  canVoteOnline: z.boolean(),
});

export const itemDto = z.object({
  nominationId: z.number(),
  position: z.number(),
  nomineeName: z.string(),
  subjectKind: z.string(),
  catalogueCode: z.string(),
  unit: ref,
  batchId: z.number(),
  status: z.string(),
  /** Members who have voted on this nominee (receipts): a count only, never who chose what. */
  voted: z.number(),
});

export const recusalDto = z.object({ memberId: z.number(), nominationId: z.number(), reason: z.string(), automatic: z.boolean() });

export const nomineeTallyDto = z.object({
  nominationId: z.number(),
  nomineeName: z.string(),
  agree: z.number(),
  disagree: z.number(),
  notVoted: z.number(),
  recused: z.number(),
  totalMembers: z.number(),
  eligible: z.number(),
  percent: z.number(),
  passed: z.boolean(),
  resultLabel: z.string(),
});

export const sessionSummaryDto = z.object({
  id: z.number(),
  unit: ref,
  movement: z.object({ id: z.number(), title: z.string() }),
  title: z.string(),
  meetingOn: z.string(),
  location: z.string().nullable(),
  status: z.enum(sessionStatuses),
  statusLabel: z.string(),
  thresholdPercent: z.number(),
  quorumPercent: z.number(),
  memberCount: z.number(),
  itemCount: z.number(),
});
export type SessionSummaryDto = z.infer<typeof sessionSummaryDto>;
export const sessionListResponse = z.object({ items: z.array(sessionSummaryDto) });

export const sessionDto = sessionSummaryDto.extend({
  openedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  settingsSource: z.string(),
  canManage: z.boolean(),
  members: z.array(memberDto),
  items: z.array(itemDto),
  recusals: z.array(recusalDto),
  quorum: z.object({ present: z.number(), members: z.number(), percent: z.number(), met: z.boolean() }),
  /** The signed-in user's own ballot state: which nominees they voted on or stand aside from. */
  me: z.object({ memberId: z.number().nullable(), mayVote: z.boolean(), votedNominationIds: z.array(z.number()), recusedNominationIds: z.array(z.number()) }),
  /** Only once the session is closed: counts per nominee, never a ballot. */
  tally: z.object({ issued: z.number(), returned: z.number(), valid: z.number(), nominees: z.array(nomineeTallyDto) }).nullable(),
});
export type SessionDto = z.infer<typeof sessionDto>;

export const candidateDto = z.object({
  nominationId: z.number(),
  nomineeName: z.string(),
  subjectKind: z.string(),
  catalogueCode: z.string(),
  unit: ref,
  batch: z.object({ id: z.number(), title: z.string(), status: z.string(), proposingUnit: ref }),
});
export const candidateListResponse = z.object({ items: z.array(candidateDto) });

export const ballotResponse = z.object({ sessionId: z.number(), votedNominationIds: z.array(z.number()), message: z.string() });
