import { z } from 'zod';
import { queryBoolean } from '../units/units.schema';

// ---- requests ----

export const importQuery = z.strictObject({
  /** 1 (default): NDJSON progress stream; 0: one plain JSON answer at the end. */
  stream: z
    .enum(['0', '1', 'true', 'false'], { error: 'Tham số stream phải là 0 hoặc 1' })
    .default('1')
    .transform((v) => v === '1' || v === 'true'),
});

export const exportUnitsQuery = z.strictObject({
  /** Only this unit and its subunits; default: everything in the caller's scope. */
  unitId: z.coerce.number({ error: 'Mã đơn vị phải là số' }).int().positive().optional(),
});

export const exportPeopleQuery = z.strictObject({
  unitId: z.coerce.number({ error: 'Mã đơn vị phải là số' }).int().positive().optional(),
  /** With unitId: also people of its subunits (default true). */
  includeSubunits: queryBoolean.default(true),
});

// ---- responses ----

export const rowErrorDto = z.object({
  /** Excel row number (the header is row 1). */
  row: z.number().int(),
  /** Column label as in the template, without "*". */
  column: z.string(),
  /** Full Vietnamese sentence: "Dòng 7, cột Năm sinh: phải là số từ 1900 đến 2026". */
  message: z.string(),
});

export const importResultDto = z.object({
  jobId: z.string(),
  status: z.enum(['succeeded', 'rejected']),
  total: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  errorCount: z.number().int(),
  errors: z.array(rowErrorDto),
});

/** A line of the NDJSON stream while the import runs. */
export const importProgressLine = z.object({
  phase: z.enum(['parse', 'validate', 'write']),
  processed: z.number().int(),
  total: z.number().int(),
});

const errorBody = z.object({ code: z.string(), message: z.string(), fields: z.record(z.string(), z.string()).optional() });

/** The last line of the stream: the result (which may list row errors), or an error that stopped the import. */
export const importDoneLine = z.union([
  z.object({ done: z.literal(true), result: importResultDto }),
  z.object({ done: z.literal(true), error: errorBody }),
]);

/** Body of the 400 answer of a non-streamed import whose file has row errors. */
export const importRejectedResponse = z.object({
  error: errorBody.extend({ jobId: z.string(), errorCount: z.number().int(), errors: z.array(rowErrorDto) }),
});

export type ImportQuery = z.infer<typeof importQuery>;
export type ExportPeopleQuery = z.infer<typeof exportPeopleQuery>;
export type RowErrorDto = z.infer<typeof rowErrorDto>;
export type ImportResultDto = z.infer<typeof importResultDto>;
export type ImportProgressLine = z.infer<typeof importProgressLine>;
export type ImportDoneLine = z.infer<typeof importDoneLine>;
export type ImportStreamLine = ImportProgressLine | ImportDoneLine;
export type ImportRejectedResponse = z.infer<typeof importRejectedResponse>;
