import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/app';
import { serviceContext } from '../../http/request';
import { auditFiltersResponse, auditListResponse, auditQuery } from './audit.schema';
import { auditFilters, listAuditEntries } from './audit.service';

export async function auditRoutes(root: FastifyInstance, deps: AppDeps) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/audit',
    { schema: { tags: ['Nhật ký'], summary: 'Nhật ký thay đổi', querystring: auditQuery, response: { 200: auditListResponse } } },
    async (request) => listAuditEntries(serviceContext(request, deps.db), request.query),
  );
  app.get(
    '/audit/filters',
    { schema: { tags: ['Nhật ký'], summary: 'Giá trị lọc của nhật ký', response: { 200: auditFiltersResponse } } },
    async (request) => auditFilters(serviceContext(request, deps.db)),
  );
}
