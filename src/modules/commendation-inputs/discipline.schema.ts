import { z } from 'zod';
import { resolvePeriod } from './discipline-period';
import { isoDate, optionalText, subjectDto, subjectFields, subjectProblems } from './subjects';
import { disciplineForms, disciplineFormLabels, disciplineKinds, pendingKinds, personDisciplineForms, unitDisciplineForms, type DisciplineForm } from './vocab';

export const disciplineFormSchema = z.enum(disciplineForms as [DisciplineForm, ...DisciplineForm[]], { error: 'Hình thức kỷ luật không hợp lệ' });
export const pendingKindSchema = z.enum(pendingKinds, { error: 'Loại việc đang xem xét phải là xem xét kỷ luật, thanh tra/kiểm tra hoặc khiếu nại/tố cáo' });

/**
 * A decision (form, decision date, period of effect: from the form's rule unless a different one is
 * typed with a reason), or a pending process (review, inspection, complaint) from its start until it
 * is closed. effectiveTo left out = the rule's end; null = no end.
 */
export const disciplineBody = z
  .strictObject({
    ...subjectFields,
    recordKind: z.enum(disciplineKinds, { error: 'Loại bản ghi phải là quyết định kỷ luật hoặc việc đang xem xét' }),
    disciplineForm: disciplineFormSchema.nullable().default(null),
    pendingKind: pendingKindSchema.nullable().default(null),
    decisionNumber: optionalText('Số quyết định', 100),
    decisionDate: isoDate('Ngày quyết định').nullable().default(null),
    effectiveFrom: isoDate('Ngày có hiệu lực').nullable().default(null),
    effectiveTo: isoDate('Ngày hết hiệu lực').nullable().optional(),
    overrideReason: optionalText('Lý do thay đổi thời hạn', 1000),
    note: optionalText('Ghi chú', 2000),
  })
  .superRefine((b, ctx) => {
    const add = (field: string, message: string) => ctx.addIssue({ code: 'custom', path: [field], message });
    for (const p of subjectProblems(b)) add(p.field, p.message);
    if (b.recordKind === 'pending') {
      if (!b.pendingKind) add('pendingKind', 'Chưa chọn loại việc đang xem xét');
      if (b.disciplineForm) add('disciplineForm', 'Việc đang xem xét chưa có hình thức kỷ luật');
      if (!b.effectiveFrom) add('effectiveFrom', 'Chưa nhập ngày bắt đầu xem xét');
      else if (b.effectiveTo && b.effectiveTo < b.effectiveFrom) add('effectiveTo', 'Ngày kết thúc không được trước ngày bắt đầu');
      return;
    }
    if (b.pendingKind) add('pendingKind', 'Quyết định kỷ luật không có loại việc đang xem xét');
    if (!b.decisionDate) add('decisionDate', 'Chưa nhập ngày quyết định kỷ luật');
    if (!b.disciplineForm) return add('disciplineForm', 'Chưa chọn hình thức kỷ luật');
    const allowed: readonly string[] = b.subjectKind === 'unit' ? unitDisciplineForms : personDisciplineForms;
    if (!allowed.includes(b.disciplineForm)) {
      return add('disciplineForm', `${disciplineFormLabels[b.disciplineForm]} không áp dụng cho ${b.subjectKind === 'unit' ? 'tập thể' : 'cá nhân'}`);
    }
    const from = b.effectiveFrom ?? b.decisionDate;
    if (!from) return;
    const period = resolvePeriod({ form: b.disciplineForm, effectiveFrom: from, effectiveTo: b.effectiveTo, overrideReason: b.overrideReason });
    if (!period.ok) add(period.field, period.message);
  });
export type DisciplineBody = z.infer<typeof disciplineBody>;

export const disciplineDto = z.object({
  id: z.number(),
  subject: subjectDto,
  kind: z.enum(disciplineKinds),
  kindName: z.string(),
  form: disciplineFormSchema.nullable(),
  formName: z.string().nullable(),
  pendingKind: pendingKindSchema.nullable(),
  pendingKindName: z.string().nullable(),
  decisionNumber: z.string().nullable(),
  decisionDate: z.string().nullable(),
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
  /** What the form's rule gives (decisions only), to show beside an overridden period. */
  ruleEffectTo: z.string().nullable(),
  periodOverrideReason: z.string().nullable(),
  note: z.string().nullable(),
  /** In effect (a decision) or still open (a pending process) today. */
  activeToday: z.boolean(),
  editable: z.boolean(),
});
export type DisciplineDto = z.infer<typeof disciplineDto>;
export const disciplineListResponse = z.object({ items: z.array(disciplineDto) });
export type DisciplineListResponse = z.infer<typeof disciplineListResponse>;
