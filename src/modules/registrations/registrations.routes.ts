import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/app';
import { serviceContext } from '../../http/request';
import { movementIdParam } from '../movements/movements.schema';
import { contentDisposition } from '../movements/documents/documents.routes';
import { registrationsDocx } from './registrations-docx';
import { exportRegistrations } from './registrations-export';
import { registrationDto, registrationIdParam, registrationListResponse, returnBody, saveRegistrationBody } from './registrations.schema';
import { decideRegistration, getRegistration, listRegistrations, saveRegistration } from './registrations.service';

const tags = ['Đăng ký thi đua'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export async function registrationsRoutes(root: FastifyInstance, deps: AppDeps) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const ctx = (request: Parameters<typeof serviceContext>[0]) => serviceContext(request, deps.db);

  app.get(
    '/movements/:id/registrations',
    {
      schema: {
        tags,
        summary: 'Tình hình đăng ký thi đua của các đơn vị (gồm cả đơn vị chưa gửi)',
        params: movementIdParam,
        response: { 200: registrationListResponse },
      },
    },
    async (request) => listRegistrations(ctx(request), request.params.id),
  );

  app.get(
    '/movements/:id/registrations/export.xlsx',
    { schema: { tags, summary: 'Tải danh sách tổng hợp đăng ký thi đua (Excel)', params: movementIdParam } },
    async (request, reply) => {
      const file = await exportRegistrations(ctx(request), request.params.id);
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('cache-control', 'no-store')
        .send(file.content);
    },
  );

  app.get(
    '/movements/:id/registrations/export.docx',
    { schema: { tags, summary: 'Tải danh sách tổng hợp đăng ký thi đua (Word, thể thức Nghị định 30/2020)', params: movementIdParam } },
    async (request, reply) => {
      const file = await registrationsDocx(ctx(request), request.params.id);
      return reply.type(DOCX).header('content-disposition', contentDisposition(file.fileName)).header('cache-control', 'private, no-store').send(file.buffer);
    },
  );

  app.get(
    '/registrations/:id',
    { schema: { tags, summary: 'Chi tiết bản đăng ký thi đua', params: registrationIdParam, response: { 200: registrationDto } } },
    async (request) => getRegistration(ctx(request), request.params.id),
  );

  app.put(
    '/registrations',
    {
      schema: {
        tags,
        summary: 'Lập hoặc sửa bản đăng ký thi đua của đơn vị (khi chưa gửi hoặc bị trả lại)',
        body: saveRegistrationBody,
        response: { 200: registrationDto },
      },
    },
    async (request) => saveRegistration(ctx(request), request.body),
  );

  app.post(
    '/registrations/:id/submit',
    { schema: { tags, summary: 'Gửi bản đăng ký lên cấp trên duyệt', params: registrationIdParam, response: { 200: registrationDto } } },
    async (request) => decideRegistration(ctx(request), request.params.id, { action: 'submit' }),
  );

  app.post(
    '/registrations/:id/return',
    {
      schema: { tags, summary: 'Trả lại bản đăng ký kèm lý do', params: registrationIdParam, body: returnBody, response: { 200: registrationDto } },
    },
    async (request) => decideRegistration(ctx(request), request.params.id, { action: 'return', reason: request.body.reason }),
  );

  app.post(
    '/registrations/:id/approve',
    { schema: { tags, summary: 'Duyệt bản đăng ký thi đua', params: registrationIdParam, response: { 200: registrationDto } } },
    async (request) => decideRegistration(ctx(request), request.params.id, { action: 'approve' }),
  );
}
