import { formatDay } from '../../units/unit-period';
import { documentTypeLabels, type DocumentType } from '../model/vocab';
import { planContentSchema, type PlanContent } from '../model/plan-content.schema';
import { defaultOutline } from './default-outline';

export interface PrefillParent {
  movementId: number;
  /** The parent's version in force (issued). */
  content: PlanContent;
  /** The parent's owner unit as named in thidua ("UBND thị xã Ninh Hòa"). */
  ownerName: string;
}

export interface PrefillOwner {
  name: string;
  /** The unit above the new owner, printed above the issuer in the header; null at the top. */
  parentName: string | null;
}

const upper = (s: string) => s.toLocaleUpperCase('vi');
const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

/** "135/KH-LĐLĐ" → KH; a number whose symbol is not a known type is taken as a plan. */
export function documentTypeOfNumber(number: string | null): DocumentType {
  const symbol = number?.split('/')[1]?.split('-')[0];
  return symbol && symbol in documentTypeLabels && symbol !== 'khac' ? (symbol as DocumentType) : 'KH';
}

/** The parent's title with its issuing area replaced by the new owner's, when the title names it. */
export function adaptTitle(title: string, parentOwner: string, owner: string): string {
  const bare = (n: string) => n.replace(/^(ủy ban nhân dân|ubnd)\s+/iu, '');
  const from = bare(parentOwner);
  const at = title.toLocaleLowerCase('vi').indexOf(from.toLocaleLowerCase('vi'));
  if (from.length === 0 || at < 0) return title;
  const to = bare(owner);
  // Inside a sentence the kind is written in lower case: "trên địa bàn xã An Lạc".
  const replacement = at > 0 ? lowerFirst(to) : to;
  return title.slice(0, at) + replacement + title.slice(at + from.length);
}

/**
 * The draft of a lower unit's plan, prefilled from the parent's plan in force: its own header, the
 * parent cited as the plan it implements, and the parent's subjects, contents, goals, criteria
 * (marked inherited, so they can be tightened but not loosened), standards, awards, deadlines and
 * period. Responsibilities, funding and recipients are the lower unit's own and start empty.
 */
export function prefillChildPlan(parent: PrefillParent, owner: PrefillOwner): PlanContent {
  const p = parent.content;
  const documentType = documentTypeOfNumber(p.header.number);
  const typeName = documentTypeLabels[documentType];
  const cited = [
    `Thực hiện ${typeName}${p.header.number ? ` số ${p.header.number}` : ''}`,
    p.header.issuedOn ? ` ngày ${formatDay(p.header.issuedOn)}` : '',
    ` của ${parent.ownerName}`,
    ` về ${lowerFirst(p.title)}`,
  ].join('');
  const draft = {
    ...p,
    header: {
      parentBody: owner.parentName === null ? null : upper(owner.parentName),
      issuerName: upper(owner.name),
      number: null,
      place: null,
      issuedOn: null,
      signer: { ...p.header.signer, name: null },
      recipients: [`${parent.ownerName} (để báo cáo);`, 'Lưu: VT.'],
    },
    title: adaptTitle(p.title, parent.ownerName, owner.name),
    decision: null,
    references: [
      {
        key: `ke-hoach-cap-tren-${parent.movementId}`,
        relation: 'implements' as const,
        documentType,
        number: p.header.number,
        issuedOn: p.header.issuedOn,
        issuer: parent.ownerName,
        title: p.title,
        citedIn: 'plan' as const,
      },
    ],
    preamble: [`${cited}, ${owner.name} xây dựng Kế hoạch triển khai thực hiện với các nội dung như sau:`],
    criteria: p.criteria.map((c) => ({ ...c, inheritedFrom: { movementId: parent.movementId, key: c.key } })),
    funding: null,
    responsibilities: [],
    cascade: { unitKinds: [], deadlineKey: null },
    closing: null,
    outline: [],
  };
  const content = planContentSchema.parse(draft);
  return { ...content, outline: defaultOutline(content) };
}
