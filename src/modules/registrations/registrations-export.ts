import type { ServiceContext } from '../../http/context';
import type { ColumnSpec } from '../imports/columns';
import type { XlsxFile } from '../imports/exports.service';
import { buildWorkbook, type CellInput, type SheetSpec } from '../imports/workbook-write';
import { titleLabels } from '../standards/labels';
import { todayInVietnam } from '../units/unit-period';
import { entrySubjectLabels, registrationStatusLabels, type EntrySubject, type RegistrationStatus } from './registration-labels';
import { entriesOf } from './registrations.queries';
import { listRegistrations } from './registrations.service';

type Key = 'unit' | 'subject' | 'fullName' | 'title' | 'commitment' | 'status';

const columns: ColumnSpec<Key>[] = [
  { key: 'unit', label: 'Đơn vị', required: false, width: 36, help: 'Đơn vị đăng ký thi đua.' },
  { key: 'subject', label: 'Đối tượng', required: false, width: 12, help: 'Tập thể hoặc cá nhân.' },
  { key: 'fullName', label: 'Họ tên', required: false, width: 28, help: 'Họ tên cá nhân đăng ký; để trống với tập thể.' },
  { key: 'title', label: 'Danh hiệu đăng ký', required: false, width: 32, help: 'Danh hiệu thi đua đăng ký phấn đấu.' },
  { key: 'commitment', label: 'Cam kết', required: false, width: 60, help: 'Nội dung cam kết của đơn vị hoặc cá nhân.' },
  { key: 'status', label: 'Trạng thái', required: false, width: 14, help: 'Chưa gửi, Chờ duyệt, Trả lại hoặc Đã duyệt.' },
];

const sheet: SheetSpec<Key> = {
  sheetName: 'Đăng ký thi đua',
  title: 'Danh sách tổng hợp đăng ký thi đua',
  columns,
  lists: {},
  notes: [
    'Mỗi đơn vị có một dòng tập thể (kèm cam kết của đơn vị), tiếp theo là các cá nhân đăng ký của đơn vị.',
    'Đơn vị thuộc đối tượng thi đua nhưng chưa lập bản đăng ký được ghi trạng thái «Chưa gửi».',
  ],
  example: { unit: 'Xã An Lạc', subject: 'Cá nhân', fullName: 'Nguyễn Văn A', title: 'Chiến sĩ thi đua cơ sở', commitment: 'Có sáng kiến được công nhận', status: 'Chờ duyệt' },
};

const joinText = (...parts: (string | null)[]) => parts.filter((p): p is string => !!p && p.trim() !== '').join('\n') || null;

/** One line of the consolidated list: the unit's collective line (with its commitments), then its individuals. */
export type ConsolidatedRow = Record<Key, string | null>;

/** The consolidated list of a movement's registrations as the reader may see them: one row per entry (Excel and Word). */
export async function consolidatedRegistrations(ctx: ServiceContext, movementId: number): Promise<ConsolidatedRow[]> {
  const list = await listRegistrations(ctx, movementId);
  const ids = list.items.flatMap((i) => (i.registration ? [i.registration.id] : []));
  const [entries, commitments] = await Promise.all([
    entriesOf(ctx.db, ids),
    ids.length === 0 ? Promise.resolve([]) : ctx.db.selectFrom('registrations').select(['id', 'commitments']).where('id', 'in', ids).execute(),
  ]);
  const unitCommitment = new Map(commitments.map((c) => [c.id, c.commitments]));
  const rows: ConsolidatedRow[] = [];
  for (const item of list.items) {
    const status = registrationStatusLabels[item.status as RegistrationStatus];
    const mine = item.registration ? entries.filter((e) => e.registration_id === item.registration!.id) : [];
    const collective = mine.find((e) => e.subject === 'collective');
    rows.push({
      unit: item.unit.name,
      subject: entrySubjectLabels.collective,
      fullName: null,
      title: collective ? titleLabels[collective.target_title as keyof typeof titleLabels] : null,
      commitment: item.registration ? joinText(unitCommitment.get(item.registration.id) ?? null, collective?.commitment ?? null) : null,
      status,
    });
    for (const e of mine.filter((x) => x.subject === 'individual')) {
      rows.push({
        unit: item.unit.name,
        subject: entrySubjectLabels[e.subject as EntrySubject],
        fullName: e.person_name,
        title: titleLabels[e.target_title as keyof typeof titleLabels] ?? e.target_title,
        commitment: e.commitment,
        status,
      });
    }
  }
  return rows;
}

export async function exportRegistrations(ctx: ServiceContext, movementId: number): Promise<XlsxFile> {
  const rows: Record<Key, CellInput>[] = await consolidatedRegistrations(ctx, movementId);
  return { fileName: `dang-ky-thi-dua-${movementId}-${todayInVietnam()}.xlsx`, content: await buildWorkbook(sheet, rows) };
}
