import { heading, para, table, type DocBlock, type DocParagraph, type DocTableColumn, type OfficialDocument } from '../../../documents/model';
import { citedDate, upper } from '../../../documents/nd30-format';
import { eraAt } from '../../commendation/catalogue';
import type { DecisionDto, DecisionItemDto } from '../decisions.schema';
import { committeeName } from '../grantor-title';
import { dong, dongInWords } from './money-words';

/** What the decision, its danh sách and the tờ trình print. */
export interface DecisionDocModel {
  decision: DecisionDto;
  /** 'xa' | 'huyen' | 'tinh' | 'so' | 'don_vi' …: a People's Committee or an agency issues it. */
  grantorLevel: string;
  /** "Chủ tịch", "Giám đốc" */
  headTitle: string;
  unitName: string;
  /** The agency's parent body as named in the header ("Ủy ban nhân dân tỉnh Bình Phước"); null for a People's Committee. */
  parentBody: string | null;
  /** The place of the date line ("Mỹ Thạnh", an agency's province "Bình Phước"). */
  place: string | null;
  movement: { title: string; number: string | null; issuedOn: string | null; ownerName: string } | null;
}

export const isCommittee = (level: string) => level === 'xa' || level === 'huyen' || level === 'tinh';
const placeWords = /^(thành phố|thị xã|thị trấn|xã|phường|huyện|quận|tỉnh)\s+/i;
/** The place of the date line: "Xã Mỹ Thạnh" → "Mỹ Thạnh"; an agency takes its province's place. */
export const placeOf = (name: string | null) => {
  const m = name ? placeWords.exec(name.trim()) : null;
  return m && name ? name.trim().slice(m[0].length) : null;
};

export function issuerHeader(m: DecisionDocModel) {
  if (isCommittee(m.grantorLevel)) return { parentBody: null, issuerName: upper(committeeName(m.unitName)), place: m.place };
  return { parentBody: m.parentBody ? upper(m.parentBody) : null, issuerName: upper(m.unitName), place: m.place };
}

/** Groups awardees by award: "Giấy khen" → items, in the decision's order. */
export function byAward(items: DecisionItemDto[]): [string, DecisionItemDto[]][] {
  const groups = new Map<string, DecisionItemDto[]>();
  for (const i of items) groups.set(i.awardName, [...(groups.get(i.awardName) ?? []), i]);
  return [...groups];
}

/** "01 tập thể và 03 cá nhân" */
export function countText(items: DecisionItemDto[]): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const c = items.filter((i) => i.subjectKind === 'collective').length;
  const p = items.length - c;
  return [c > 0 ? `${pad(c)} tập thể` : null, p > 0 ? `${pad(p)} cá nhân` : null].filter(Boolean).join(' và ');
}

const inMovement = (m: DecisionDocModel) => (m.movement ? ` trong ${m.movement.title.charAt(0).toLocaleLowerCase('vi-VN')}${m.movement.title.slice(1)}` : '');

/** The legal bases in force on the date (Căn cứ), the plan, and the tờ trình. */
export function basisLines(m: DecisionDocModel, date: string, withProposal = true): string[] {
  const era = eraAt(date);
  const lines = [isCommittee(m.grantorLevel) ? 'Căn cứ Luật Tổ chức chính quyền địa phương;' : `Căn cứ quy định về chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của ${m.unitName};`];
  if (era) lines.push(`Căn cứ ${era.law};`, `Căn cứ ${era.decree} quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;`);
  const mv = m.movement;
  if (mv?.number) lines.push(`Căn cứ Kế hoạch số ${mv.number}${mv.issuedOn ? ` ngày ${citedDate(mv.issuedOn)}` : ''} của ${mv.ownerName} về ${mv.title.charAt(0).toLocaleLowerCase('vi-VN')}${mv.title.slice(1)};`);
  const d = m.decision;
  if (withProposal && d.submissionNumber) lines.push(`Theo đề nghị của Thường trực Hội đồng Thi đua - Khen thưởng tại Tờ trình số ${d.submissionNumber}${d.submissionDate ? ` ngày ${citedDate(d.submissionDate)}` : ''}.`);
  return lines;
}

const columns: DocTableColumn[] = [
  { header: 'TT', widthMm: 10, align: 'center' },
  { header: 'Tên tập thể, họ và tên cá nhân', widthMm: 45 },
  { header: 'Đơn vị', widthMm: 40 },
  { header: 'Hình thức khen thưởng', widthMm: 35 },
  { header: 'Số tiền (đồng)', widthMm: 25, align: 'right' },
];

/** The list as table rows: I. TẬP THỂ, II. CÁ NHÂN, then the total. */
export function awardeeRows(items: DecisionItemDto[]): (string | null)[][] {
  const rows: (string | null)[][] = [];
  const parts = [
    ['I', 'TẬP THỂ', items.filter((i) => i.subjectKind === 'collective')],
    ['II', 'CÁ NHÂN', items.filter((i) => i.subjectKind !== 'collective')],
  ] as const;
  for (const [roman, label, list] of parts) {
    if (list.length === 0) continue;
    rows.push([roman, label, null, null, null]);
    list.forEach((i, n) => rows.push([String(n + 1), i.nomineeName, i.unit.name, i.awardName, dong(i.prizeAmount)]));
  }
  rows.push([null, 'Tổng cộng', null, null, dong(items.reduce((s, i) => s + i.prizeAmount, 0))]);
  return rows;
}

export const awardeeTable = (items: DecisionItemDto[]) => table(columns, awardeeRows(items));

function signer(m: DecisionDocModel) {
  const d = m.decision;
  const title = d.signerTitle ?? m.headTitle;
  const deputy = /^phó\s/i.test(title.trim());
  return { capacity: deputy ? 'KT.' : null, authority: deputy ? upper(m.headTitle) : null, title, name: d.signerName };
}

/** Quyết định khen thưởng (Nghị định 30/2020 layout): Căn cứ, Điều 1 awardees, Điều 2 money, Điều 3 execution. */
export function decisionDocument(m: DecisionDocModel): OfficialDocument {
  const d = m.decision;
  const h = issuerHeader(m);
  const date = d.signedOn ?? d.submissionDate ?? new Date().toISOString().slice(0, 10);
  const body: DocParagraph[] = [para([{ text: upper(d.grantorTitle), bold: true }], { align: 'center', keepWithNext: true })];
  for (const b of basisLines(m, date)) body.push(para([{ text: b, italic: true }]));
  body.push(para([{ text: 'QUYẾT ĐỊNH:', bold: true }], { align: 'center', keepWithNext: true }));
  const groups = byAward(d.items);
  const article1 = groups.map(([award, list]) => `Tặng ${award} cho ${countText(list)}`).join('; ');
  body.push(para([{ text: 'Điều 1. ', bold: true }, { text: `${article1} đã có thành tích xuất sắc${inMovement(m)} (có danh sách kèm theo).` }]));
  const amounts = groups.flatMap(([award, list]) =>
    [...new Set(list.map((i) => `${i.subjectKind}:${i.prizeAmount}`))].map((k) => {
      const [kind, amount] = k.split(':');
      return `mỗi ${kind === 'collective' ? 'tập thể' : 'cá nhân'} được tặng ${award} được thưởng ${dong(Number(amount))} đồng`;
    }),
  );
  body.push(
    para([
      { text: 'Điều 2. ', bold: true },
      { text: `Kèm theo ${groups.map(([a]) => a).join(', ')}, ${amounts.join('; ')}. Tổng số tiền thưởng: ${dong(d.totalAmount)} đồng (${dongInWords(d.totalAmount)}). ${d.moneySource}` },
    ]),
  );
  const office = isCommittee(m.grantorLevel) ? `Chánh Văn phòng ${committeeName(m.unitName)}` : `Chánh Văn phòng ${m.unitName}`;
  body.push(para([{ text: 'Điều 3. ', bold: true }, { text: `${office}, Thủ trưởng các cơ quan, đơn vị có liên quan và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.` }]));
  return {
    header: { parentBody: h.parentBody, issuerName: h.issuerName, number: { value: d.number }, dateLine: { place: h.place, issuedOn: d.signedOn } },
    typeName: 'QUYẾT ĐỊNH',
    summary: d.title === 'Về việc khen thưởng' ? `Về việc khen thưởng các tập thể, cá nhân${inMovement(m) ? ` có thành tích${inMovement(m)}` : ''}` : d.title,
    caption: null,
    body,
    signer: signer(m),
    recipients: ['Như Điều 3', 'Lưu: VT'],
  };
}

/** The danh sách appended to the decision (Phụ lục): no number of its own, signed through the decision. */
export function decisionListDocument(m: DecisionDocModel): OfficialDocument<DocBlock> {
  const d = m.decision;
  const h = issuerHeader(m);
  const cited = `${d.number ? `số ${d.number}` : 'số      '} ngày ${d.signedOn ? citedDate(d.signedOn) : '     /     /     '}`;
  return {
    header: { parentBody: h.parentBody, issuerName: h.issuerName, number: null, dateLine: null },
    typeName: 'DANH SÁCH',
    summary: `Tập thể, cá nhân được khen thưởng${inMovement(m)}`,
    caption: `(Kèm theo Quyết định ${cited} của ${d.grantorTitle})`,
    body: [awardeeTable(d.items), para(`Tổng cộng: ${countText(d.items)}; tổng số tiền thưởng ${dong(d.totalAmount)} đồng.`, { indent: false })],
    signer: null,
    recipients: [],
  };
}

/**
 * Tờ trình đề nghị khen thưởng with the list, to the grantor: from the standing office of the council
 * to its own head, or (`upward`, khen cao) from the unit to the upper level's grantor.
 */
export function submissionDocument(m: DecisionDocModel, opts: { upward?: boolean } = {}): OfficialDocument<DocBlock> {
  const d = m.decision;
  const h = issuerHeader(m);
  const groups = byAward(d.items);
  const committee = isCommittee(m.grantorLevel);
  const proposer = opts.upward ? (committee ? committeeName(m.unitName) : m.unitName) : 'Thường trực Hội đồng';
  const body: DocBlock[] = [
    para([{ text: `Kính gửi: ${d.grantorTitle}.` }], { align: 'center', indent: false }),
    ...basisLines(m, d.submissionDate ?? new Date().toISOString().slice(0, 10), false).map((b) => para(b)),
    para(`Căn cứ kết quả bình xét của Hội đồng Thi đua - Khen thưởng, ${proposer} kính trình ${d.grantorTitle} xem xét, ${groups.map(([award, list]) => `tặng ${award} cho ${countText(list)}`).join('; ')} đã có thành tích xuất sắc${inMovement(m)}, cụ thể như sau:`),
    heading(null, 'Danh sách đề nghị khen thưởng'),
    awardeeTable(d.items),
    para(`Tổng số tiền thưởng đề nghị: ${dong(d.totalAmount)} đồng (${dongInWords(d.totalAmount)}).${opts.upward ? '' : ` ${d.moneySource}`}`),
    para(`Kính trình ${d.grantorTitle} xem xét, quyết định./.`),
  ];
  const header = opts.upward
    ? { parentBody: h.parentBody, issuerName: h.issuerName }
    : { parentBody: h.issuerName, issuerName: 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG' };
  const signer = opts.upward
    ? { capacity: committee ? 'TM.' : null, authority: committee ? 'ỦY BAN NHÂN DÂN' : null, title: m.headTitle, name: null }
    : { capacity: 'TM.', authority: 'HỘI ĐỒNG', title: 'Thường trực', name: null };
  return {
    header: { ...header, number: { value: d.submissionNumber }, dateLine: { place: h.place, issuedOn: d.submissionDate } },
    typeName: 'TỜ TRÌNH',
    summary: `Về việc đề nghị khen thưởng${inMovement(m) ? ` các tập thể, cá nhân có thành tích${inMovement(m)}` : ''}`,
    caption: null,
    body,
    signer,
    recipients: ['Như trên', 'Lưu: VT'],
  };
}
