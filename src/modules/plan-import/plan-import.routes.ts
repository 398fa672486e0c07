/*
 * Import a plan from its document (issue #6).
 *
 * POST /api/plan-imports        multipart/form-data, ONE file in field "file" (.docx, .pdf or .txt,
 *                               told apart by content). Needs movements.write (any unit). Saves nothing.
 *   200 { kind: "docx"|"pdf"|"text", content: PlanContent, sources: { "<field path>": { span: [start, end],
 *         confidence } }, text: normalised text the spans point into, dropped: string[] }
 *   400 empty file / not a plan / image-only PDF · 403 no movements.write · 413 too large ·
 *   415 not .docx/.pdf/UTF-8 text (a renamed zip, a binary file)
 * POST /api/plan-imports/save   { ownerUnitId, content } → 201 MovementDetailDto: a draft movement of
 *                               the owner unit (movements.write on it), as POST /api/movements.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../http/app';
import { AppError } from '../../http/errors';
import { serviceContext } from '../../http/request';
import { createMovementBody, movementDetailDto } from '../movements/movements.schema';
import { readPlanDocument, saveImportedPlan } from './plan-import.service';

const tags = ['Nhập kế hoạch từ tài liệu'];

const importedPlanDto = z.object({
  kind: z.enum(['docx', 'pdf', 'text']),
  content: z.record(z.string(), z.unknown()).describe('PlanContent (planContentSchema), ngày theo ISO, số ký hiệu như trong văn bản'),
  sources: z.record(z.string(), z.object({ span: z.tuple([z.number(), z.number()]), confidence: z.number() })),
  text: z.string(),
  dropped: z.array(z.string()),
});

export async function planImportRoutes(root: FastifyInstance, deps: AppDeps) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.post(
    '/plan-imports',
    {
      schema: {
        tags,
        summary: 'Đọc kế hoạch từ tệp Word, PDF hoặc văn bản thành bản nháp (không lưu)',
        description: 'multipart/form-data, một tệp ở trường "file" (.docx, .pdf, .txt).',
        response: { 200: importedPlanDto },
      },
    },
    async (request) => {
      const ctx = serviceContext(request, deps.db);
      if (!request.isMultipart()) throw new AppError('unsupported_media_type', 'Gửi tệp kế hoạch dạng multipart/form-data ở trường "file".');
      const part = await request.file();
      if (!part) throw new AppError('validation', 'Chưa có tệp tải lên: gửi một tệp .docx, .pdf hoặc .txt trong trường "file".', { file: 'Chưa chọn tệp' });
      const bytes = await part.toBuffer();
      return readPlanDocument(ctx, bytes);
    },
  );

  app.post(
    '/plan-imports/save',
    { schema: { tags, summary: 'Lưu bản nháp đã rà soát thành dự thảo phong trào', body: createMovementBody, response: { 201: movementDetailDto } } },
    async (request, reply) => reply.status(201).send(await saveImportedPlan(serviceContext(request, deps.db), request.body)),
  );
}
