import { planFieldLabels } from '../../http/field-labels';
import { personCategoryLabels } from '../people/person-fields';
import { ratingLabels, titleLabels, type Rule } from '../standards/rule.schema';
import { unitKindLabels } from '../units/unit-kinds';
import type { DueRule } from './model/elements.schema';
import type { Target } from './model/target';
import { formatTarget } from './model/target-format';
import { documentTypeLabels, indexLabels, movementKindLabels, reformAreaLabels, subjectScopeLabels } from './model/vocab';

/** Field names inside a plan, shared with validation messages (field-labels.ts). */
export const diffFieldLabels = planFieldLabels;

const codeLabels: Record<string, Record<string, string>> = {
  kind: { ...movementKindLabels, submit_plan: 'Nộp kế hoạch', registration: 'Đăng ký thi đua', submit_report: 'Nộp báo cáo', submit_proposal: 'Nộp hồ sơ đề nghị', other: 'Khác' },
  reformArea: reformAreaLabels,
  reformAreas: reformAreaLabels,
  appliesTo: subjectScopeLabels,
  recipients: subjectScopeLabels,
  unitKinds: unitKindLabels,
  personCategories: personCategoryLabels,
  documentType: documentTypeLabels,
  index: indexLabels,
  relation: { basis: 'Căn cứ', implements: 'Thực hiện', cited: 'Trích dẫn' },
  citedIn: { plan: 'Kế hoạch', decision: 'Quyết định', both: 'Kế hoạch và quyết định' },
  recurrence: { none: 'Một lần', yearly: 'Hằng năm' },
  strict: { before: 'Trước ngày', by: 'Chậm nhất ngày' },
  period: { year: 'Năm', half_year: 'Sáu tháng', quarter: 'Quý', movement: 'Cả đợt thi đua' },
  occasion: { yearly: 'Hằng năm', final: 'Tổng kết', thematic: 'Chuyên đề', sudden: 'Đột xuất' },
  form: { giay_khen: 'Giấy khen', bang_khen_tinh: 'Bằng khen cấp tỉnh', bang_khen_bo: 'Bằng khen cấp bộ', bang_khen_ttg: 'Bằng khen của Thủ tướng', huan_chuong: 'Huân chương', danh_hieu: 'Danh hiệu thi đua', khac: 'Khác' },
};

const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/;
export const dayText = (iso: string) => iso.replace(isoDay, '$3/$2/$1');
const num = (n: number) => n.toLocaleString('vi-VN', { maximumFractionDigits: 2 });
const joinParts = (parts: (string | null | undefined)[]) => parts.filter((p) => p !== null && p !== undefined && p !== '').join(' ');

export function formatDue(due: DueRule): string {
  switch (due.kind) {
    case 'date':
      return dayText(due.date);
    case 'yearly':
      return `ngày ${String(due.day).padStart(2, '0')}/${String(due.month).padStart(2, '0')} hằng năm`;
    case 'quarter':
      return `trong Quý ${['I', 'II', 'III', 'IV'][due.quarter - 1]}/${due.year}`;
    case 'announced_later':
      return 'thông báo sau';
  }
}

function formatRule(rule: Rule): string {
  if (rule.text) return rule.text;
  switch (rule.kind) {
    case 'all':
    case 'any':
      return `(${rule.of.map(formatRule).join(rule.kind === 'all' ? ' và ' : ' hoặc ')})`;
    case 'criterion':
      return `đạt tiêu chí ${rule.criterionKey}`;
    case 'metric':
      return `${rule.indicator} ${formatTarget(rule.target)}`;
    case 'rating':
      return `xếp loại ${ratingLabels[rule.atLeast]} trở lên`;
    case 'title':
      return `${rule.years} năm đạt ${titleLabels[rule.title]}`;
    case 'member_share':
      return `${formatTarget(rule.target)} thành viên đạt ${rule.title ? titleLabels[rule.title] : 'yêu cầu'}`;
    default:
      return rule.kind === 'initiative' ? 'có sáng kiến' : rule.kind === 'no_discipline' ? 'không bị kỷ luật' : 'đánh giá định tính';
  }
}

type Quota = { mode: string; collectives: number | null; individuals: number | null; percent: number | null; by: string | null; text: string | null };
function formatQuota(q: Quota): string {
  if (q.text) return q.text;
  const counts = [q.collectives !== null ? `${q.collectives} tập thể` : null, q.individuals !== null ? `${q.individuals} cá nhân` : null].filter(Boolean).join(', ');
  const lead = { max: 'không quá', exact: 'đúng', allocated: 'theo phân bổ', discretionary: 'do cấp khen quyết định', none: 'không giới hạn' }[q.mode] ?? q.mode;
  return joinParts([lead, counts, q.percent !== null ? `(${num(q.percent)}%)` : null, q.by ? `— ${q.by}` : null]);
}

type ItemLike = { label?: string | null; title?: string | null; text?: string | null; children?: ItemLike[] };
function formatItem(item: ItemLike): string {
  const head = joinParts([item.label, item.title ? (item.text ? `${item.title}:` : item.title) : null, item.text]);
  const kids = (item.children ?? []).map(formatItem);
  return kids.length ? `${head} ${kids.join(' ')}` : head;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A value of the plan as a sentence fragment: targets "≥ 80%", dates dd/mm/yyyy, codes by their Vietnamese name. */
export function renderValue(field: string, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  if (typeof value === 'number') return num(value);
  if (typeof value === 'string') return codeLabels[field]?.[value] ?? (isoDay.test(value) ? dayText(value) : value);
  if (Array.isArray(value)) return value.map((v) => renderValue(field, v) ?? '').join('; ');
  if (!isObject(value)) return String(value);
  if (field === 'target' || 'measure' in value) return formatTarget(value as Target);
  if (field === 'due') return formatDue(value as DueRule);
  if (field === 'rule') return formatRule(value as Rule);
  if (field === 'quota') return formatQuota(value as Quota);
  if (field === 'start') return value.kind === 'on_issue' ? 'Từ ngày ban hành' : renderValue('date', value.date);
  if (field === 'signer') return joinParts([value.capacity, value.authority, value.title, value.name ? `— ${value.name}` : null].map((v) => (v === null ? null : String(v))));
  if (field === 'grantor') return renderValue('title', value.title);
  if (field === 'inheritedFrom') return `tiêu chí ${String(value.key)} của phong trào số ${String(value.movementId)}`;
  if (field === 'indexTargets') return `${renderValue('index', value.index)} ${renderValue('target', value.target)}`;
  if ('children' in value) return formatItem(value as ItemLike);
  if ('documentType' in value)
    return joinParts([renderValue('documentType', value.documentType), value.number ? `số ${String(value.number)}` : null, value.issuedOn ? `ngày ${renderValue('date', value.issuedOn)}` : null, value.issuer ? `của ${String(value.issuer)}` : null, value.title ? `— ${String(value.title)}` : null]);
  // An element added or removed whole: the sentence that names it, with its target when it has one.
  const name = [value.text, value.title, value.name, value.indicator, value.unitText].find((v) => typeof v === 'string');
  if (typeof name === 'string') return isObject(value.target) ? `${name} (${formatTarget(value.target as Target)})` : isObject(value.due) ? `${name}: ${formatDue(value.due as DueRule)}` : name;
  return Object.entries(value)
    .filter(([, v]) => v !== null && !(Array.isArray(v) && v.length === 0))
    .map(([k, v]) => `${diffFieldLabels[k] ?? k}: ${renderValue(k, v)}`)
    .join('; ');
}
