import type { ServiceContext } from '../../http/context';
import { notFound } from '../../http/errors';
import { can, requireScope } from '../auth/scope';
import { findUnit } from '../units/units.queries';
import { todayInVietnam } from '../units/unit-period';
import { peopleForExport, unitsForExport } from './exports.queries';
import type { ImportKind } from './import-jobs.queries';
import { peopleSheet, personExportRow, unitExportRow, unitSheet } from './sheets';
import { buildWorkbook } from './workbook-write';

export interface XlsxFile {
  fileName: string;
  content: Buffer;
}

/** The empty template of a kind: header, dropdowns, instructions with an example row. */
export async function template(kind: ImportKind): Promise<XlsxFile> {
  const content = kind === 'units' ? await buildWorkbook(unitSheet, []) : await buildWorkbook(peopleSheet(), []);
  return { fileName: kind === 'units' ? 'mau-nhap-don-vi.xlsx' : 'mau-nhap-ca-nhan.xlsx', content };
}

/** A unit the actor may read, else 404: a unit outside the scope is not disclosed. */
async function readableUnit(ctx: ServiceContext, unitId: number, permission: 'units.read' | 'people.read') {
  const unit = await findUnit(ctx.db, unitId);
  if (!unit || !can(ctx.actor, permission, unit.path)) throw notFound('đơn vị');
  return unit;
}

export async function exportUnits(ctx: ServiceContext, q: { unitId?: number }): Promise<XlsxFile> {
  const scope = requireScope(ctx.actor, 'units.read');
  const root = q.unitId === undefined ? undefined : await readableUnit(ctx, q.unitId, 'units.read');
  const rows = await unitsForExport(ctx.db, scope, root?.path);
  const content = await buildWorkbook(unitSheet, rows.map(unitExportRow));
  return { fileName: `don-vi-${todayInVietnam()}.xlsx`, content };
}

export async function exportPeople(ctx: ServiceContext, q: { unitId?: number; includeSubunits: boolean }): Promise<XlsxFile> {
  const scope = requireScope(ctx.actor, 'people.read');
  const unit = q.unitId === undefined ? undefined : await readableUnit(ctx, q.unitId, 'people.read');
  const filter = !unit ? {} : q.includeSubunits ? { subtreePath: unit.path } : { unitId: unit.id };
  const rows = await peopleForExport(ctx.db, scope, filter);
  const content = await buildWorkbook(peopleSheet(), rows.map(personExportRow));
  return { fileName: `ca-nhan-${todayInVietnam()}.xlsx`, content };
}
