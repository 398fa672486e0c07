import type { ServiceContext } from '../../http/context';
import { AppError, conflict, forbidden, notFound } from '../../http/errors';
import { recordAudit } from '../audit/audit.queries';
import { can } from '../auth/scope';
import { contentInForce } from '../movements/cascade/cascade.queries';
import type { PlanContent } from '../movements/model/plan-content.schema';
import { isVisible, visibleMovement } from '../movements/movement-access';
import { putEvidence, readEvidence, removeEvidence } from './evidence-store';
import { detectFileType } from './file-type';
import { assertMaySubmit, assertOpenForResults, visibleResult } from './result-rules';
import { presentDuplicates } from './results.presenter';
import { attachment, attachmentsOfFile, fileIdFor, fileStored, lockResult, sharedEvidence } from './results.queries';
import { resultDetail } from './results.service';
import type { DuplicatesResponse, ResultDto } from './results.schema';

/** Whether the actor may change the evidence of a result now: visible (404), allowed (403), open (409/422). */
export async function assertMayChangeEvidence(ctx: ServiceContext, resultId: number) {
  const seen = await visibleResult(ctx.db, ctx.actor, resultId);
  assertMaySubmit(ctx.actor, { path: seen.r.unit_path, name: seen.r.unit_name });
  assertOpenForResults(seen.m, (await contentInForce(ctx.db, seen.m.id)) as PlanContent);
  return seen;
}

const megabytes = (bytes: number) => `${(bytes / 1_048_576).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;

export function tooLarge(fileName: string, limit: number): AppError {
  return new AppError('payload_too_large', `Tệp «${fileName}» vượt quá dung lượng tối đa ${megabytes(limit)} cho mỗi tệp minh chứng.`, {
    file: `Tối đa ${megabytes(limit)}`,
  });
}

/**
 * Stores the file by its SHA-256 (once, however many results use it) and attaches it to the result.
 * The file is written before the transaction; if the transaction fails and this call created the
 * file while no row refers to that content, the file is removed again, so nothing is left behind.
 */
export async function attachEvidence(ctx: ServiceContext, dataDir: string, resultId: number, upload: { buffer: Buffer; fileName: string }): Promise<ResultDto> {
  const detected = detectFileType(upload.buffer);
  if (!detected.ok)
    throw new AppError('unsupported_media_type', `Tệp «${upload.fileName}» không phải PDF, ảnh hoặc tệp Office (Word, Excel, PowerPoint): không nhận làm minh chứng.`, {
      file: detected.reason === 'executable' ? 'Tệp chương trình chạy được, không nhận' : 'Định dạng không được hỗ trợ',
    });
  const stored = await putEvidence(dataDir, upload.buffer);
  try {
    await ctx.db.transaction().execute(async (trx) => {
      const seen = await visibleResult(trx, ctx.actor, resultId);
      assertMaySubmit(ctx.actor, { path: seen.r.unit_path, name: seen.r.unit_name });
      await lockResult(trx, resultId);
      assertOpenForResults(seen.m, (await contentInForce(trx, seen.m.id)) as PlanContent);
      const fileId = await fileIdFor(trx, { sha256: stored.sha256, size: upload.buffer.length, mime: detected.type.mime, originalName: upload.fileName });
      if (await attachment(trx, resultId, fileId)) throw conflict(`Tệp «${upload.fileName}» đã được đính kèm vào kết quả này.`, { file: 'Tệp đã có trong minh chứng' });
      await trx
        .insertInto('result_evidence')
        .values({ result_id: resultId, file_id: fileId, unit_id: seen.r.unit_id, file_name: upload.fileName, uploaded_by: ctx.actor.userId })
        .execute();
      await recordAudit(trx, {
        userId: ctx.actor.userId,
        action: 'result.evidence_add',
        entity: 'result',
        entityId: resultId,
        unitId: seen.r.unit_id,
        after: { fileId, sha256: stored.sha256, fileName: upload.fileName, size: upload.buffer.length, mime: detected.type.mime },
        requestId: ctx.requestId,
      });
    });
  } catch (err) {
    if (stored.created && !(await fileStored(ctx.db, stored.sha256))) await removeEvidence(dataDir, stored.sha256);
    throw err;
  }
  return resultDetail(ctx.db, ctx, resultId);
}

/**
 * Detaches a file from a result. The stored file itself stays: the audit log refers to it by hash and
 * other results may use the same content.
 */
export async function detachEvidence(ctx: ServiceContext, resultId: number, fileId: number): Promise<ResultDto> {
  await ctx.db.transaction().execute(async (trx) => {
    const seen = await visibleResult(trx, ctx.actor, resultId);
    assertMaySubmit(ctx.actor, { path: seen.r.unit_path, name: seen.r.unit_name });
    await lockResult(trx, resultId);
    const link = await attachment(trx, resultId, fileId);
    if (!link) throw notFound('tệp minh chứng của kết quả này');
    assertOpenForResults(seen.m, (await contentInForce(trx, seen.m.id)) as PlanContent);
    await trx.deleteFrom('result_evidence').where('id', '=', link.id).execute();
    await recordAudit(trx, {
      userId: ctx.actor.userId,
      action: 'result.evidence_remove',
      entity: 'result',
      entityId: resultId,
      unitId: seen.r.unit_id,
      before: { fileId, fileName: link.file_name },
      requestId: ctx.requestId,
    });
  });
  return resultDetail(ctx.db, ctx, resultId);
}

/**
 * A file is downloaded by whoever reads a result it is attached to, under the name that result gave
 * it (never another unit's name for the same content). 404 for anyone else.
 */
export async function downloadEvidence(ctx: ServiceContext, dataDir: string, fileId: number) {
  const rows = await attachmentsOfFile(ctx.db, fileId);
  const seen = rows.find((r) => isVisible(ctx.actor, { owner_path: r.owner_path, status: r.status }) && can(ctx.actor, 'movements.read', r.unit_path));
  if (!seen) throw notFound('tệp minh chứng');
  return { content: await readEvidence(dataDir, seen.sha256), mime: seen.mime, fileName: seen.file_name };
}

/** Files attached by two or more units of one movement, for whoever appraises it (movements.issue on the owner). */
export async function evidenceDuplicates(ctx: ServiceContext, movementId: number): Promise<DuplicatesResponse> {
  const m = await visibleMovement(ctx.db, ctx.actor, movementId);
  if (!can(ctx.actor, 'movements.issue', m.owner_path))
    throw forbidden(`Chỉ Thường trực Hội đồng TĐKT, lãnh đạo của «${m.owner_name}» mới xem được minh chứng trùng giữa các đơn vị.`);
  return presentDuplicates(m.id, await sharedEvidence(ctx.db, m.id));
}
