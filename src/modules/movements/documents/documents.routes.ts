import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../../http/app';
import { serviceContext } from '../../../http/request';
import { versionParam } from '../movements.schema';
import { versionDocument } from './documents.service';

export const documentQuery = z.strictObject({
  part: z.enum(['plan', 'decision'], { error: 'Phần văn bản phải là «plan» (kế hoạch) hoặc «decision» (quyết định ban hành)' }).default('plan'),
});

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** attachment; an ASCII fallback name for old clients and the Vietnamese name as RFC 5987 filename*. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(fileName.normalize('NFC')).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

export async function documentsRoutes(root: FastifyInstance, deps: AppDeps) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/movements/:id/versions/:versionNo/document.docx',
    {
      schema: {
        tags: ['Phong trào thi đua'],
        summary: 'Tải kế hoạch (hoặc quyết định ban hành kế hoạch) dạng Word theo thể thức Nghị định 30/2020',
        params: versionParam,
        querystring: documentQuery,
      },
    },
    async (request, reply) => {
      const file = await versionDocument(serviceContext(request, deps.db), request.params.id, request.params.versionNo, request.query.part);
      return reply.type(DOCX).header('content-disposition', contentDisposition(file.fileName)).header('cache-control', 'private, no-store').send(file.buffer);
    },
  );
}
