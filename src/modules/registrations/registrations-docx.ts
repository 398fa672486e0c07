import { renderDocx } from '../../documents/docx-render';
import { para, table, type DocBlock, type DocTableColumn, type OfficialDocument } from '../../documents/model';
import { citedDate } from '../../documents/nd30-format';
import type { ServiceContext } from '../../http/context';
import { contentInForce } from '../movements/cascade/cascade.queries';
import type { PlanContent } from '../movements/model/plan-content.schema';
import { visibleMovement } from '../movements/movement-access';
import { todayInVietnam } from '../units/unit-period';
import { entrySubjectLabels, registrationStatusLabels, registrationStatuses } from './registration-labels';
import { consolidatedRegistrations, type ConsolidatedRow } from './registrations-export';

/** 165 mm of text: the commitment, the longest text, gets the widest column. */
const columns: DocTableColumn[] = [
  { header: 'TT', widthMm: 10, align: 'center' },
  { header: 'Đơn vị', widthMm: 28 },
  { header: 'Đối tượng', widthMm: 17, align: 'center' },
  { header: 'Họ và tên', widthMm: 28 },
  { header: 'Danh hiệu đăng ký', widthMm: 30 },
  { header: 'Cam kết', widthMm: 34 },
  { header: 'Trạng thái', widthMm: 18, align: 'center' },
];

export interface RegistrationListInput {
  plan: Pick<PlanContent, 'header' | 'title' | 'decision'>;
  /** The owner unit's name ("Huyện Trà Bồng"): the place of the date line when the plan names none. */
  ownerName: string;
  rows: ConsolidatedRow[];
  /** Who exports the list signs it as NGƯỜI LẬP BIỂU. */
  preparedBy: string;
  today: string;
}

const placeWords = /^(thành phố|thị xã|thị trấn|xã|phường|huyện|quận|tỉnh)\s+/i;

/** "Huyện Trà Bồng" → "Trà Bồng"; a unit that is not a place (Phòng Nội vụ) gives none. */
export function placeOf(unitName: string): string | null {
  const m = placeWords.exec(unitName.trim());
  return m ? unitName.trim().slice(m[0].length) : null;
}

/**
 * "phát động phong trào …" after "về": the first letter is lowered unless the title opens with a
 * proper name, whose next syllable is capitalised too ("Quảng Nam chung sức …").
 */
export function inSentence(title: string): string {
  const [first = '', second = ''] = title.trim().split(/\s+/);
  const lowerNext = second === '' || second.charAt(0) === second.charAt(0).toLocaleLowerCase('vi-VN');
  const plainWord = first.slice(1) === first.slice(1).toLocaleLowerCase('vi-VN');
  return lowerNext && plainWord ? title.charAt(0).toLocaleLowerCase('vi-VN') + title.slice(1) : title;
}

/** The trích yếu cites the plan the way it was issued: its own number, or the decision it is attached to. */
export function listSummary(plan: RegistrationListInput['plan']): string {
  const dated = (number: string | null, issuedOn: string | null) => `${number ? ` số ${number}` : ''}${issuedOn ? ` ngày ${citedDate(issuedOn)}` : ''}`;
  let cited = 'Kế hoạch';
  if (plan.decision?.header.number) cited = `Kế hoạch ban hành kèm theo Quyết định${dated(plan.decision.header.number, plan.decision.header.issuedOn)}`;
  else if (plan.header.number) cited = `Kế hoạch${dated(plan.header.number, plan.header.issuedOn)}`;
  const about = inSentence(plan.title);
  return `Đăng ký thi đua thực hiện ${cited} ${/^về\s/i.test(about) ? '' : 'về '}${about}`;
}

/** "Tổng cộng: 2 đơn vị (1 Đã duyệt, 1 Chưa gửi); 3 cá nhân đăng ký." */
function totalLine(rows: ConsolidatedRow[]): string {
  const units = rows.filter((r) => r.subject === entrySubjectLabels.collective);
  const people = rows.length - units.length;
  const byStatus = registrationStatuses
    .map((s) => [registrationStatusLabels[s], units.filter((u) => u.status === registrationStatusLabels[s]).length] as const)
    .filter(([, n]) => n > 0)
    .map(([label, n]) => `${n} ${label.toLocaleLowerCase('vi-VN')}`);
  return `Tổng cộng: ${units.length} đơn vị${byStatus.length ? ` (${byStatus.join(', ')})` : ''}; ${people} cá nhân đăng ký.`;
}

/** The consolidated registrations as a DANH SÁCH issued in the owner's name (Nghị định 30/2020 layout). */
export function registrationListDocument(input: RegistrationListInput): OfficialDocument<DocBlock> {
  const h = input.plan.header;
  const rows = input.rows.map((r, i) => [String(i + 1), r.unit, r.subject, r.fullName, r.title, r.commitment, r.status]);
  return {
    header: {
      parentBody: h.parentBody,
      issuerName: h.issuerName,
      number: null,
      dateLine: { place: h.place ?? placeOf(input.ownerName), issuedOn: input.today },
    },
    typeName: 'DANH SÁCH',
    summary: listSummary(input.plan),
    caption: null,
    body: [table(columns, rows), para(totalLine(input.rows), { indent: false })],
    signer: { capacity: null, authority: null, title: 'Người lập biểu', name: input.preparedBy },
    recipients: [],
  };
}

/** The same list the Excel export holds (same reader, same rows), as .docx. */
export async function registrationsDocx(ctx: ServiceContext, movementId: number): Promise<{ fileName: string; buffer: Buffer }> {
  // The list first: it checks that the reader sees the movement (404 otherwise) and keeps to their subtree.
  const rows = await consolidatedRegistrations(ctx, movementId);
  const m = await visibleMovement(ctx.db, ctx.actor, movementId);
  const plan = (await contentInForce(ctx.db, m.id)) as PlanContent;
  const doc = registrationListDocument({ plan, ownerName: m.owner_name, rows, preparedBy: ctx.actor.fullName, today: todayInVietnam() });
  const name = `Danh sách đăng ký thi đua - ${m.number ?? `phong trào ${m.id}`}`.replace(/[/\\:*?"<>|]/g, '-');
  return { fileName: `${name}.docx`.normalize('NFC'), buffer: await renderDocx(doc) };
}
