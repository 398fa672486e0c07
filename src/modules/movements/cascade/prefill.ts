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
/** Inside a sentence a unit's kind is written in lower case ("của xã An Lạc"); "UBND", "Sở Nội vụ" keep theirs. */
const kindWords = /^(Xã|Phường|Thị trấn|Thị xã|Huyện|Quận|Thành phố|Tỉnh|Ấp|Thôn|Khu phố|Tổ dân phố)\s/u;
export const inSentence = (name: string) => (kindWords.test(name) ? lowerFirst(name) : name);
/** "về phát động…", keeping a title's own "Về việc" so "về" is not written twice. */
function about(title: string): string {
  if (/^(về việc|về)\s/iu.test(title)) return lowerFirst(title);
  if (/^v\/v\s/iu.test(title)) return `về việc ${title.replace(/^v\/v\s+/iu, '')}`;
  return `về ${lowerFirst(title)}`;
}

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
  const replacement = at > 0 ? inSentence(to) : to;
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
  // A plan issued by a decision (seed 001) carries its number on the decision: that is what is cited.
  const cited = p.header.number === null && p.decision?.header.number ? { header: p.decision.header, title: p.decision.title } : { header: p.header, title: p.title };
  const documentType = documentTypeOfNumber(cited.header.number);
  const sentence = [
    `Thực hiện ${documentTypeLabels[documentType]}${cited.header.number ? ` số ${cited.header.number}` : ''}`,
    cited.header.issuedOn ? ` ngày ${formatDay(cited.header.issuedOn)}` : '',
    ` của ${inSentence(parent.ownerName)}`,
    ` ${about(cited.title)}`,
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
        number: cited.header.number,
        issuedOn: cited.header.issuedOn,
        issuer: parent.ownerName,
        title: cited.title,
        citedIn: 'plan' as const,
      },
    ],
    preamble: [`${sentence}, ${inSentence(owner.name)} xây dựng Kế hoạch triển khai thực hiện với các nội dung như sau:`],
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
