import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/app';
import { serviceContext } from '../../http/request';
import { contentDisposition } from '../movements/documents/documents.routes';
import { awardCertificate, decisionCertificates } from '../certificates/certificates.service';
import { idParam } from './decisions.schema';
import { decisionDocx, submissionDocx } from './documents/documents.service';
import { decisionDossier } from './documents/dossier';
import { forwardedSubmissionDocx } from './documents/forward-submission';

const tags = ['Quyết định khen thưởng'];
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 *   GET /api/decisions/:id/submission.docx    tờ trình đề nghị khen thưởng kèm danh sách
 *   GET /api/decisions/:id/decision.docx      quyết định khen thưởng, danh sách kèm theo
 *   GET /api/decisions/:id/certificates.pdf   giấy khen, bằng khen của quyết định (đã ban hành)
 *   GET /api/decisions/:id/dossier.zip        toàn bộ hồ sơ
 *   GET /api/awards/:id/certificate.pdf       giấy khen, bằng khen của một người, một tập thể
 *   GET /api/decisions/forwarded/:id/submission.docx  tờ trình chuyển cấp trên (id: đợt đề nghị đã chuyển)
 */
export async function decisionDocumentsRoutes(root: FastifyInstance, deps: AppDeps) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const ctx = (request: Parameters<typeof serviceContext>[0]) => serviceContext(request, deps.db);
  const params = idParam;
  const send = (type: string) => (file: { fileName: string; buffer: Buffer }, reply: import('fastify').FastifyReply) =>
    reply.type(type).header('content-disposition', contentDisposition(file.fileName)).header('cache-control', 'private, no-store').send(file.buffer);

  app.get('/decisions/:id/submission.docx', { schema: { tags, summary: 'Tải tờ trình đề nghị khen thưởng (Word)', params } }, async (r, reply) => send(DOCX)(await submissionDocx(ctx(r), r.params.id), reply));
  app.get('/decisions/:id/decision.docx', { schema: { tags, summary: 'Tải quyết định khen thưởng kèm danh sách (Word)', params } }, async (r, reply) => send(DOCX)(await decisionDocx(ctx(r), r.params.id), reply));
  app.get('/decisions/:id/certificates.pdf', { schema: { tags, summary: 'In giấy khen, bằng khen của quyết định (PDF, A4 ngang)', params } }, async (r, reply) =>
    send('application/pdf')(await decisionCertificates(ctx(r), r.params.id), reply),
  );
  app.get('/decisions/:id/dossier.zip', { schema: { tags, summary: 'Tải toàn bộ hồ sơ khen thưởng (zip)', params } }, async (r, reply) => send('application/zip')(await decisionDossier(ctx(r), r.params.id), reply));
  app.get('/decisions/forwarded/:id/submission.docx', { schema: { tags, summary: 'Tải tờ trình đề nghị cấp trên khen thưởng (khen cao, Word)', params } }, async (r, reply) =>
    send(DOCX)(await forwardedSubmissionDocx(ctx(r), r.params.id), reply),
  );
  app.get('/awards/:id/certificate.pdf', { schema: { tags, summary: 'In giấy khen, bằng khen của một tập thể, cá nhân (PDF)', params } }, async (r, reply) =>
    send('application/pdf')(await awardCertificate(ctx(r), r.params.id), reply),
  );
}
