import { z } from 'zod';
import { unitRefDto } from '../movements/movements.schema';
import { anyResultValueSchema } from '../scoring';

const id = (what: string) => z.number({ error: `Chưa chọn ${what}` }).int(`${what} không hợp lệ`).positive(`${what} không hợp lệ`);
const idParam = (what: string) => z.coerce.number({ error: `Mã ${what} phải là số` }).int().positive();

export const resultIdParam = z.strictObject({ id: idParam('kết quả') });
export const resultEvidenceParam = z.strictObject({ id: idParam('kết quả'), fileId: idParam('tệp minh chứng') });
export const fileIdParam = z.strictObject({ fileId: idParam('tệp minh chứng') });

/** '2024' (năm), '2024-H1' (6 tháng), '2024-Q3' (quý). */
export const periodCode = z
  .string({ error: 'Chưa nhập kỳ đánh giá' })
  .trim()
  .regex(/^\d{4}(-H[12]|-Q[1-4])?$/, 'Kỳ đánh giá phải có dạng «2024», «2024-H1» hoặc «2024-Q3»');

export const saveResultBody = z.strictObject({
  movementId: id('phong trào'),
  unitId: id('đơn vị'),
  /** Set for an individual's result; null or absent for the unit's own. */
  personId: id('cá nhân').nullable().default(null),
  criterionKey: z.string({ error: 'Chưa chọn tiêu chí' }).trim().min(1, 'Chưa chọn tiêu chí').max(100),
  period: periodCode,
  value: anyResultValueSchema,
  note: z.string().trim().max(4000, 'Ghi chú tối đa 4000 ký tự').nullable().default(null),
  /** The revision the client last read; required once the result exists (stale → 409). */
  revision: z.number().int().positive().optional(),
});
export type SaveResultBody = z.infer<typeof saveResultBody>;

export const resultsQuery = z.strictObject({
  unitId: z.coerce.number({ error: 'Mã đơn vị phải là số' }).int().positive().optional(),
  period: periodCode.optional(),
});
export type ResultsQuery = z.infer<typeof resultsQuery>;

const userRef = z.object({ id: z.number(), fullName: z.string() }).nullable();

export const evidenceDto = z.object({
  fileId: z.number(),
  fileName: z.string(),
  size: z.number(),
  mime: z.string(),
  sha256: z.string(),
  uploadedAt: z.string(),
  uploadedBy: userRef,
});
export type EvidenceDto = z.infer<typeof evidenceDto>;

export const resultDto = z.object({
  id: z.number(),
  movementId: z.number(),
  unit: unitRefDto,
  person: z.object({ id: z.number(), fullName: z.string() }).nullable(),
  criterionKey: z.string(),
  /** The criterion's label and indicator in the plan in force; null if a later version dropped it. */
  criterion: z.object({ label: z.string().nullable(), indicator: z.string() }).nullable(),
  period: z.string(),
  value: anyResultValueSchema,
  /** "91,2%", "xếp thứ 5/16" */
  valueText: z.string(),
  /** Đạt / không đạt against the plan's target, with the sentence an appraiser reads. */
  check: z.object({ met: z.boolean(), reason: z.string() }).nullable(),
  note: z.string().nullable(),
  revision: z.number(),
  updatedAt: z.string(),
  updatedBy: userRef,
  evidence: z.array(evidenceDto),
});
export type ResultDto = z.infer<typeof resultDto>;

/**
 * A criterion on an index (SIPAS, Chỉ số CCHC…) that the unit has not entered for the year takes its
 * value from the unit's recorded index result; shown beside the entered results, never stored.
 */
export const indexValueDto = z.object({
  unit: unitRefDto,
  criterionKey: z.string(),
  criterion: z.object({ label: z.string().nullable(), indicator: z.string() }),
  period: z.string(),
  value: anyResultValueSchema,
  valueText: z.string(),
  check: z.object({ met: z.boolean(), reason: z.string() }).nullable(),
  /** Where the value came from: "SIPAS 2024 = 91,2% — nguồn: chỉ số đã nhập". */
  source: z.object({ index: z.string(), year: z.number(), text: z.string() }),
});
export type IndexValueDto = z.infer<typeof indexValueDto>;

export const resultListResponse = z.object({ movementId: z.number(), items: z.array(resultDto), indexValues: z.array(indexValueDto) });
export type ResultListResponse = z.infer<typeof resultListResponse>;

export const duplicatesResponse = z.object({
  movementId: z.number(),
  items: z.array(
    z.object({
      file: z.object({ id: z.number(), sha256: z.string(), size: z.number(), mime: z.string() }),
      units: z.array(
        z.object({
          unit: unitRefDto,
          attachments: z.array(z.object({ resultId: z.number(), criterionKey: z.string(), period: z.string(), fileName: z.string() })),
        }),
      ),
    }),
  ),
});
export type DuplicatesResponse = z.infer<typeof duplicatesResponse>;

export const resultsImportSummary = z.object({
  /** Rows with a value; rows whose Kết quả is blank are skipped. */
  total: z.number(),
  created: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  skipped: z.number(),
});

export const resultsImportRejected = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
    errorCount: z.number().optional(),
    errors: z.array(z.object({ row: z.number(), column: z.string(), message: z.string() })).optional(),
  }),
});
