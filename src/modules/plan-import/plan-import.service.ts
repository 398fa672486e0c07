import { AppError } from '../../http/errors';
import type { ServiceContext } from '../../http/context';
import { scopePaths } from '../auth/scope';
import type { MovementDetailDto } from '../movements/movements.schema';
import { createMovement } from '../movements/movements.service';
import type { PlanContent } from '../movements/model/plan-content.schema';
import { importPlanDocument, type ImportedPlan } from './import-plan';
import type { DocumentKind } from './read/detect';

/** Reading a document saves nothing, but only those who may write plans may use it. */
function assertMayImport(ctx: ServiceContext): void {
  if (scopePaths(ctx.actor, 'movements.write').length === 0)
    throw new AppError('forbidden', 'Bạn không có quyền soạn kế hoạch thi đua nên không thể nhập kế hoạch từ tài liệu.');
}

/** A document → its draft, sources and normalised text. Nothing is written. */
export async function readPlanDocument(ctx: ServiceContext, bytes: Uint8Array): Promise<ImportedPlan & { kind: DocumentKind }> {
  assertMayImport(ctx);
  return importPlanDocument(bytes);
}

/** The reviewed draft → a new draft movement of the owner unit, through the movements service (scope, audit). */
export async function saveImportedPlan(ctx: ServiceContext, body: { ownerUnitId: number; content: PlanContent }): Promise<MovementDetailDto> {
  assertMayImport(ctx);
  return createMovement(ctx, body);
}
