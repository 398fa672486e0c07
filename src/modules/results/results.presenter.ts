import type { PlanContent } from '../movements/model/plan-content.schema';
import { evaluateTarget, formatResultValue, ResultValueError, type ResultValue } from '../scoring';
import type { EvidenceRow, ResultWithUnit, SharedEvidenceRow } from './results.queries';
import type { IndexCriterionValue } from '../indices/index-values';
import type { DuplicatesResponse, EvidenceDto, IndexValueDto, ResultDto } from './results.schema';

const iso = (d: Date | string) => new Date(d).toISOString();
const userRef = (id: number | null, name: string | null) => (id === null ? null : { id, fullName: name ?? '' });

export function presentEvidence(e: EvidenceRow): EvidenceDto {
  return {
    fileId: e.file_id,
    fileName: e.file_name,
    size: e.size,
    mime: e.mime,
    sha256: e.sha256,
    uploadedAt: iso(e.uploaded_at),
    uploadedBy: userRef(e.uploaded_by, e.uploaded_by_name),
  };
}

type Criterion = PlanContent['criteria'][number];

export function presentResult(r: ResultWithUnit, evidence: EvidenceRow[], criterion: Criterion | undefined): ResultDto {
  const value = r.value as ResultValue;
  const check = criterion ? evaluateTarget(criterion.target, value) : null;
  return {
    id: r.id,
    movementId: r.movement_id,
    unit: { id: r.unit_id, code: r.unit_code, name: r.unit_name, kind: r.unit_kind },
    person: r.person_id === null ? null : { id: r.person_id, fullName: r.person_name ?? '' },
    criterionKey: r.criterion_key,
    criterion: criterion ? { label: criterion.label, indicator: criterion.indicator } : null,
    period: r.period,
    value,
    valueText: formatResultValue(value, criterion?.target),
    // A value saved under an earlier version may no longer fit an amended target: shown as not judged.
    check: check === null || check instanceof ResultValueError ? null : check,
    note: r.note,
    revision: r.revision,
    updatedAt: iso(r.updated_at),
    updatedBy: userRef(r.updated_by, r.updated_by_name),
    evidence: evidence.filter((e) => e.result_id === r.id).map(presentEvidence),
  };
}

export function presentIndexValue(v: IndexCriterionValue, unit: { id: number; code: string; name: string; kind: string }, criterion: Criterion): IndexValueDto {
  const check = evaluateTarget(criterion.target, v.value);
  return {
    unit: { id: unit.id, code: unit.code, name: unit.name, kind: unit.kind },
    criterionKey: v.criterionKey,
    criterion: { label: criterion.label, indicator: criterion.indicator },
    period: v.period,
    value: v.value,
    valueText: formatResultValue(v.value, criterion.target),
    check: check instanceof ResultValueError ? null : check,
    source: { index: v.index, year: v.year, text: v.sourceText },
  };
}

/** Groups attachments by file, then by unit, in the order the query gave them. */
export function presentDuplicates(movementId: number, rows: SharedEvidenceRow[]): DuplicatesResponse {
  const files = new Map<number, DuplicatesResponse['items'][number]>();
  for (const row of rows) {
    let file = files.get(row.file_id);
    if (!file) {
      file = { file: { id: row.file_id, sha256: row.sha256, size: row.size, mime: row.mime }, units: [] };
      files.set(row.file_id, file);
    }
    let unit = file.units.find((u) => u.unit.id === row.unit_id);
    if (!unit) {
      unit = { unit: { id: row.unit_id, code: row.unit_code, name: row.unit_name, kind: row.unit_kind }, attachments: [] };
      file.units.push(unit);
    }
    unit.attachments.push({ resultId: row.result_id, criterionKey: row.criterion_key, period: row.period, fileName: row.file_name });
  }
  return { movementId, items: [...files.values()] };
}
