import type { ServiceContext } from '../../http/context';
import { formatDmy } from '../imports/cell-values';
import type { ColumnSpec } from '../imports/columns';
import type { XlsxFile } from '../imports/exports.service';
import { buildWorkbook, type CellInput, type SheetSpec } from '../imports/workbook-write';
import { todayInVietnam } from '../units/unit-period';
import { listDiscipline, type DisciplineWithSubject } from './discipline.queries';
import { disciplineFilter, disciplineVisibility } from './discipline.service';
import type { ListQuery } from './subjects';
import { disciplineEffectSource, disciplineFormLabels, disciplineKindLabels, pendingKindLabels, subjectKindLabels, type DisciplineForm, type DisciplineKind, type PendingKind } from './vocab';

type Key = 'subjectKind' | 'personId' | 'fullName' | 'unitCode' | 'unitName' | 'kind' | 'form' | 'decisionNumber' | 'decisionDate' | 'effectiveFrom' | 'effectiveTo' | 'overrideReason' | 'note';

const columns: ColumnSpec<Key>[] = [
  { key: 'subjectKind', label: 'Đối tượng', required: true, width: 12, help: 'Cá nhân hoặc Tập thể.' },
  { key: 'personId', label: 'Mã cá nhân', required: false, width: 12, text: true, help: 'Mã của cá nhân bị kỷ luật.' },
  { key: 'fullName', label: 'Họ và tên', required: false, width: 28, help: '' },
  { key: 'unitCode', label: 'Mã đơn vị', required: true, width: 16, text: true, help: 'Đơn vị của cá nhân khi ghi nhận, hoặc tập thể bị kỷ luật.' },
  { key: 'unitName', label: 'Tên đơn vị', required: false, width: 32, help: '' },
  { key: 'kind', label: 'Loại', required: true, width: 20, help: 'Quyết định kỷ luật hoặc Đang xem xét.' },
  { key: 'form', label: 'Hình thức / Nội dung xem xét', required: false, width: 28, help: '' },
  { key: 'decisionNumber', label: 'Số quyết định', required: false, width: 18, text: true, help: '' },
  { key: 'decisionDate', label: 'Ngày quyết định', suffix: '(dd/mm/yyyy)', required: false, width: 16, text: true, help: '' },
  { key: 'effectiveFrom', label: 'Từ ngày', suffix: '(dd/mm/yyyy)', required: true, width: 14, text: true, help: 'Ngày quyết định có hiệu lực, hoặc ngày bắt đầu xem xét.' },
  { key: 'effectiveTo', label: 'Đến ngày', suffix: '(dd/mm/yyyy)', required: false, width: 14, text: true, help: 'Ngày cuối còn hiệu lực, hoặc ngày kết thúc xem xét; để trống là chưa kết thúc.' },
  { key: 'overrideReason', label: 'Lý do thay đổi thời hạn', required: false, width: 30, help: '' },
  { key: 'note', label: 'Ghi chú', required: false, width: 30, help: '' },
];

const sheet: SheetSpec<Key> = {
  sheetName: 'Kỷ luật',
  title: 'DANH SÁCH KỶ LUẬT VÀ CÁC VIỆC ĐANG XEM XÉT',
  columns,
  lists: {},
  notes: [
    'Tệp chỉ để xem và lưu trữ; thông tin kỷ luật được ghi trên trang Kỷ luật.',
    `Thời hạn hiệu lực tính theo hình thức kỷ luật (${disciplineEffectSource}); thời hạn khác quy định có ghi lý do.`,
    'Theo Nghị định 152/2025/NĐ-CP, chưa xét khen thưởng khi đang xem xét kỷ luật, thanh tra, kiểm tra hoặc có khiếu nại, tố cáo chưa giải quyết.',
  ],
  example: {
    subjectKind: subjectKindLabels.person, personId: '125', fullName: 'Nguyễn Văn An', unitCode: 'SO-LDTBXH', unitName: 'Sở Lao động - Thương binh và Xã hội',
    kind: disciplineKindLabels.decision, form: disciplineFormLabels.khien_trach, decisionNumber: '12/QĐ-SLĐTBXH', decisionDate: '03/05/2024',
    effectiveFrom: '03/05/2024', effectiveTo: '02/05/2025', overrideReason: null, note: null,
  },
};

function row(r: DisciplineWithSubject): Record<Key, CellInput> {
  return {
    subjectKind: subjectKindLabels[r.person_id === null ? 'unit' : 'person'],
    personId: r.person_id === null ? null : String(r.person_id),
    fullName: r.person_name,
    unitCode: r.unit_code,
    unitName: r.unit_name,
    kind: disciplineKindLabels[r.kind as DisciplineKind],
    form: r.form ? disciplineFormLabels[r.form as DisciplineForm] : r.pending_kind ? pendingKindLabels[r.pending_kind as PendingKind] : null,
    decisionNumber: r.decision_number,
    decisionDate: r.decision_date ? formatDmy(r.decision_date) : null,
    effectiveFrom: formatDmy(r.effective_from),
    effectiveTo: r.effective_to ? formatDmy(r.effective_to) : null,
    overrideReason: r.period_override_reason,
    note: r.note,
  };
}

export async function exportDiscipline(ctx: ServiceContext, q: ListQuery): Promise<XlsxFile> {
  const v = disciplineVisibility(ctx);
  const rows = await listDiscipline(ctx.db, v, await disciplineFilter(ctx, v, q));
  return { fileName: `ky-luat-${todayInVietnam()}.xlsx`, content: await buildWorkbook(sheet, rows.map(row)) };
}
