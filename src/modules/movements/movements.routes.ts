import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../http/app';
import { serviceContext } from '../../http/request';
import { discardDraft, saveDraft, startAmendment, startAmendmentBody } from './drafts.service';
import { changeStatus, issueMovement } from './issue.service';
import {
  createMovementBody,
  diffQuery,
  diffResponse,
  issueBody,
  movementDetailDto,
  movementIdParam,
  movementListQuery,
  movementListResponse,
  saveDraftBody,
  statusBody,
  versionDto,
  versionParam,
} from './movements.schema';
import { createMovement, diffVersions, getMovement, getVersion, listMovements } from './movements.service';

const tags = ['Phong trào thi đua'];
export const versionWithContentDto = versionDto.extend({ content: z.unknown() });
export const discardDraftResponse = z.object({ movementDeleted: z.boolean(), movement: movementDetailDto.nullable() });

export async function movementsRoutes(root: FastifyInstance, deps: AppDeps) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const ctx = (request: Parameters<typeof serviceContext>[0]) => serviceContext(request, deps.db);
  const detail = { 200: movementDetailDto };

  app.get(
    '/movements',
    { schema: { tags, summary: 'Danh sách phong trào thi đua (lọc theo cấp, năm, trạng thái, đơn vị ban hành)', querystring: movementListQuery, response: { 200: movementListResponse } } },
    async (request) => listMovements(ctx(request), request.query),
  );

  app.post(
    '/movements',
    { schema: { tags, summary: 'Tạo phong trào mới (dự thảo kế hoạch)', body: createMovementBody, response: { 201: movementDetailDto } } },
    async (request, reply) => reply.status(201).send(await createMovement(ctx(request), request.body)),
  );

  app.get(
    '/movements/:id',
    { schema: { tags, summary: 'Chi tiết phong trào: kế hoạch đang có hiệu lực, dự thảo, các phiên bản', params: movementIdParam, response: detail } },
    async (request) => getMovement(ctx(request), request.params.id),
  );

  app.get(
    '/movements/:id/versions/:versionNo',
    { schema: { tags, summary: 'Một phiên bản của kế hoạch', params: versionParam, response: { 200: versionWithContentDto } } },
    async (request) => getVersion(ctx(request), request.params.id, request.params.versionNo),
  );

  app.put(
    '/movements/:id/draft',
    { schema: { tags, summary: 'Lưu dự thảo (kèm số lần lưu đã mở; lưu chồng bị từ chối)', params: movementIdParam, body: saveDraftBody, response: detail } },
    async (request) => saveDraft(ctx(request), request.params.id, request.body),
  );

  app.post(
    '/movements/:id/draft',
    { schema: { tags, summary: 'Tạo bản sửa đổi từ kế hoạch đã ban hành', params: movementIdParam, body: startAmendmentBody, response: detail } },
    async (request) => startAmendment(ctx(request), request.params.id, request.body),
  );

  app.delete(
    '/movements/:id/draft',
    { schema: { tags, summary: 'Hủy dự thảo (phong trào chưa ban hành thì xóa hẳn)', params: movementIdParam, response: { 200: discardDraftResponse } } },
    async (request) => discardDraft(ctx(request), request.params.id),
  );

  app.post(
    '/movements/:id/issue',
    { schema: { tags, summary: 'Ban hành kế hoạch (số, ký hiệu và ngày ban hành)', params: movementIdParam, body: issueBody, response: detail } },
    async (request) => issueMovement(ctx(request), request.params.id, request.body),
  );

  app.post(
    '/movements/:id/status',
    { schema: { tags, summary: 'Chuyển giai đoạn phong trào (triển khai, sơ kết, tổng kết, kết thúc)', params: movementIdParam, body: statusBody, response: detail } },
    async (request) => changeStatus(ctx(request), request.params.id, request.body.status),
  );

  app.get(
    '/movements/:id/diff',
    { schema: { tags, summary: 'So sánh hai phiên bản của kế hoạch', params: movementIdParam, querystring: diffQuery, response: { 200: diffResponse } } },
    async (request) => diffVersions(ctx(request), request.params.id, request.query.from, request.query.to),
  );
}
