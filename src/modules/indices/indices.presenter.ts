import type { IndexScoreRow } from '../../db/types';
import { indexLabels, type IndexCode } from './index-rules';
import type { IndexScoreWithUnit } from './indices.queries';
import type { IndexScoreDto } from './indices.schema';

// pg may hand back float8 as a string under some type parsers; a number always leaves the API.
const num = (v: number | string | null): number | null => (v === null ? null : Number(v));

export function presentScore(r: IndexScoreWithUnit, editable: boolean): IndexScoreDto {
  const index = r.index_code as IndexCode;
  return {
    id: r.id,
    unit: { id: r.unit_id, code: r.unit_code, name: r.unit_name, kind: r.unit_kind },
    year: r.year,
    index,
    indexName: indexLabels[index],
    score: num(r.score),
    rank: r.rank,
    rankOf: r.rank_of,
    band: r.band,
    source: r.source,
    recordedAt: new Date(r.recorded_at).toISOString(),
    editable,
  };
}

/** What the audit log keeps of a row: its values, not its bookkeeping. */
export function auditValues(r: IndexScoreRow) {
  return { unitId: r.unit_id, year: r.year, index: r.index_code, score: num(r.score), rank: r.rank, rankOf: r.rank_of, band: r.band, source: r.source };
}
