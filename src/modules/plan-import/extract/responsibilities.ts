import type { Item } from '../../movements/model/elements.schema';
import type { Node, Span } from '../segment';
import { spanOfNode, toItem } from './sections';

export interface ExtractedResponsibility {
  label: string | null;
  unitText: string;
  tasks: Item[];
  span: Span;
  unitSpan: Span;
  confidence: number;
}

const LEAD = /^(?:Giao|Đề nghị|Đối với|Yêu cầu)\s+/u;
/** Where the unit's name stops and its task begins. */
const VERB = /\s(?:sẽ|chủ trì|phối hợp|(?<!các\s)tổ chức|có trách nhiệm|chịu trách nhiệm|căn cứ|vận động|tham mưu|phát huy|tăng cường|thực hiện|triển khai|theo dõi|hướng dẫn|xây dựng|chủ động|phụ trách\s+\S+\s+tham mưu)(?![\p{L}\p{N}])/u;

/** "1. Văn phòng Sở" with tasks below, or "Giao Phòng Nội vụ chủ trì …" as one sentence. */
export function extractResponsibilities(section: Node | null): ExtractedResponsibility[] {
  if (!section) return [];
  const out: ExtractedResponsibility[] = [];
  for (const n of section.children) {
    if (n.kind === 'para') continue;
    let unit: string | null = null;
    let at = n.span[0];
    if (n.title && (n.body === null || n.kind !== 'bullet')) {
      unit = n.title;
      at = n.titleSpan![0];
    } else if (n.body) {
      const v = VERB.exec(n.body);
      if (v && v.index > 2) {
        unit = n.body.slice(0, v.index);
        at = n.bodySpan![0];
      }
    }
    if (!unit) continue;
    const lead = LEAD.exec(unit);
    const unitText = unit.slice(lead ? lead[0].length : 0).trim();
    const from = at + (lead ? lead[0].length : 0);
    const tasks = n.title && n.body === null ? n.children.map(toItem) : [toItem({ ...n, children: [] }), ...n.children.map(toItem)];
    out.push({ label: n.label, unitText, tasks, span: spanOfNode(n), unitSpan: [from, from + unitText.length], confidence: 0.75 });
  }
  return out;
}
