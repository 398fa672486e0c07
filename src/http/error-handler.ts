import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, errorCatalogue, type ErrorCode, type FieldErrors } from './errors';
import { labelFor } from './field-labels';

const contextLabels: Record<string, string> = {
  body: 'nội dung',
  querystring: 'tham số truy vấn',
  params: 'đường dẫn',
  headers: 'tiêu đề',
};

/** Framework errors we expect from bad requests, mapped to the catalogue with Vietnamese text. */
const fastifyCodes: Record<string, { code: ErrorCode; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'validation', message: 'Nội dung JSON không hợp lệ (sai cú pháp).' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'validation', message: 'Nội dung JSON trống.' },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'payload_too_large', message: errorCatalogue.payload_too_large.message },
  FST_REQ_FILE_TOO_LARGE: { code: 'payload_too_large', message: 'Tệp tải lên vượt quá dung lượng cho phép.' },
  FST_FILES_LIMIT: { code: 'payload_too_large', message: 'Chỉ được tải lên một tệp mỗi lần.' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'unsupported_media_type', message: 'Kiểu nội dung (Content-Type) không được hỗ trợ.' },
  FST_INVALID_MULTIPART_CONTENT_TYPE: { code: 'unsupported_media_type', message: 'Yêu cầu phải gửi tệp dạng multipart/form-data.' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: 'bad_request', message: 'Độ dài nội dung không khớp.' },
};

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields: FieldErrors = {};
      for (const issue of error.validation) {
        const path = issue.instancePath.split('/').filter(Boolean);
        if (issue.keyword === 'unrecognized_keys') {
          // Each unknown field is reported under its own name, so the client sees which one to drop.
          const keys = (issue.params as { keys?: string[] }).keys ?? [];
          for (const k of keys) fields[[...path, k].join('.')] = 'Trường này không được chấp nhận';
          continue;
        }
        const key = path.join('.') || '_';
        fields[key] ??= issue.message ?? 'Không hợp lệ';
      }
      const where = contextLabels[error.validationContext ?? 'body'] ?? 'dữ liệu';
      const summary = Object.entries(fields)
        .map(([k, m]) => `${k === '_' ? 'Dữ liệu' : labelFor(k.split('.'))}: ${m}`)
        .join('; ');
      return reply
        .status(400)
        .send({ error: { code: 'validation', message: `Dữ liệu ${where} không hợp lệ — ${summary}`, fields } });
    }
    if (error instanceof AppError) {
      return reply.status(error.status).send({ error: { code: error.code, message: error.message, fields: error.fields } });
    }
    const known = error.code ? fastifyCodes[error.code] : undefined;
    if (known) {
      return reply
        .status(errorCatalogue[known.code].status)
        .send({ error: { code: known.code, message: known.message } });
    }
    if (error.statusCode === 429) {
      return reply.status(429).send({ error: { code: 'too_many_requests', message: errorCatalogue.too_many_requests.message } });
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.status(error.statusCode).send({ error: { code: 'bad_request', message: errorCatalogue.bad_request.message } });
    }
    request.log.error({ err: error, requestId: request.id }, 'unhandled error');
    return reply.status(500).send({
      error: { code: 'internal', message: `${errorCatalogue.internal.message} (Mã yêu cầu: ${request.id})` },
    });
  });

  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send({ error: { code: 'not_found', message: `Không có đường dẫn ${request.method} ${request.url.split('?')[0]}.` } });
  });
}
