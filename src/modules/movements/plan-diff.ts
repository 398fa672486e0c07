import type { PlanContent } from './model/plan-content.schema';
import type { PlanChangeDto } from './movements.schema';
import { diffFieldLabels, renderValue } from './plan-diff-render';

/**
 * What changed between two versions of a plan, in the words of the plan: "Tiêu chí d) — Chỉ tiêu:
 * ≥ 80% → ≥ 90%". Elements with a `key` are paired by key (ADR 006), so reordering or inserting a
 * criterion does not show every later one as changed; lists without keys (mục đích, yêu cầu, giải
 * pháp, nơi nhận, lời mở đầu) are paired by position.
 */
const sections: { field: keyof PlanContent | 'standards.collective' | 'standards.individual'; label: string }[] = [
  { field: 'kind', label: 'Loại phong trào' },
  { field: 'header', label: '' },
  { field: 'title', label: 'Tên kế hoạch' },
  { field: 'decision', label: 'Quyết định ban hành' },
  { field: 'references', label: 'Văn bản căn cứ' },
  { field: 'preamble', label: 'Đoạn mở đầu' },
  { field: 'theme', label: 'Chủ đề' },
  { field: 'slogan', label: 'Khẩu hiệu' },
  { field: 'purposes', label: 'Mục đích' },
  { field: 'requirements', label: 'Yêu cầu' },
  { field: 'goals', label: 'Mục tiêu' },
  { field: 'period', label: 'Thời gian thi đua' },
  { field: 'subjects', label: 'Đối tượng thi đua' },
  { field: 'contents', label: 'Nội dung thi đua' },
  { field: 'solutions', label: 'Giải pháp' },
  { field: 'criteriaIntro', label: 'Lời dẫn tiêu chí' },
  { field: 'criteria', label: 'Tiêu chí' },
  { field: 'standards.collective', label: 'Tiêu chuẩn khen thưởng tập thể' },
  { field: 'standards.individual', label: 'Tiêu chuẩn khen thưởng cá nhân' },
  { field: 'awards', label: 'Hình thức khen thưởng' },
  { field: 'dossier', label: 'Hồ sơ đề nghị khen thưởng' },
  { field: 'funding', label: 'Kinh phí' },
  { field: 'deadlines', label: 'Thời hạn' },
  { field: 'responsibilities', label: 'Tổ chức thực hiện' },
  { field: 'cascade', label: 'Đơn vị cấp dưới xây dựng kế hoạch' },
  { field: 'closing', label: 'Phần kết' },
  { field: 'outline', label: 'Bố cục văn bản' },
];

/** Parts compared whole: they read as one sentence, or (the outline) only place other elements. */
const wholeFields = new Set(['target', 'due', 'rule', 'quota', 'start', 'signer', 'grantor', 'inheritedFrom', 'indexTargets', 'outline', 'unitKinds', 'personCategories', 'reformAreas', 'deadlineKeys', 'unitIds']);


type Json = unknown;
const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
const same = (a: Json, b: Json) => stable(a) === stable(b);
function stable(v: Json): string {
  if (Array.isArray(v)) return `[${v.map(stable).join(',')}]`;
  if (isObject(v))
    return `{${Object.keys(v)
      .filter((k) => v[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable(v[k])}`)
      .join(',')}}`;
  return JSON.stringify(v ?? null);
}

const join = (label: string, part: string) => (label ? `${label} — ${part}` : part);
const shorten = (s: string, max = 60) => (s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s);

/** "Tiêu chí d)", "Thời hạn «Gửi hồ sơ đề nghị khen thưởng»", "Mục đích 2". */
function elementName(listLabel: string, el: Json, position: number): string {
  if (isObject(el)) {
    const label = typeof el.label === 'string' ? el.label.trim() : '';
    if (label && !/^[-+•*]$/.test(label)) return `${listLabel} ${label}`;
    const named = [el.title, el.name, el.indicator, el.unitText, el.number].find((v) => typeof v === 'string' && v.trim() !== '');
    if (typeof named === 'string') return `${listLabel} «${shorten(named)}»`;
  }
  return `${listLabel} ${position + 1}`;
}

const keyOf = (el: Json) => (isObject(el) && typeof el.key === 'string' ? el.key : null);

class Differ {
  readonly changes: PlanChangeDto[] = [];

  leaf(path: string, label: string, field: string, before: Json, after: Json): void {
    const b = renderValue(field, before);
    const a = renderValue(field, after);
    if (b === a) return;
    this.changes.push({ path, label, change: b === null ? 'added' : a === null ? 'removed' : 'changed', before: b, after: a });
  }

  node(path: string, label: string, field: string, before: Json, after: Json): void {
    if (same(before, after)) return;
    if (wholeFields.has(field)) return this.leaf(path, label, field, before, after);
    if (Array.isArray(before) && Array.isArray(after)) return this.list(path, label, field, before, after);
    if (isObject(before) && isObject(after)) {
      const keys = [...new Set([...Object.keys(after), ...Object.keys(before)])].filter((k) => k !== 'key');
      for (const k of keys) this.node(`${path}.${k}`, join(label, diffFieldLabels[`${field}.${k}`] ?? diffFieldLabels[k] ?? k), k, before[k], after[k]);
      return;
    }
    this.leaf(path, label, field, before, after);
  }

  list(path: string, label: string, field: string, before: Json[], after: Json[]): void {
    const keyed = [...before, ...after].every((el) => keyOf(el) !== null);
    if (keyed) {
      const old = new Map(before.map((el) => [keyOf(el)!, el]));
      const now = new Set(after.map(keyOf));
      after.forEach((el, i) => {
        const key = keyOf(el)!;
        this.node(`${path}.${key}`, elementName(label, el, i), field, old.get(key) ?? null, el);
      });
      before.forEach((el, i) => {
        const key = keyOf(el)!;
        if (!now.has(key)) this.node(`${path}.${key}`, elementName(label, el, i), field, el, null);
      });
      return;
    }
    for (let i = 0; i < Math.max(before.length, after.length); i++) {
      const b = before[i] ?? null;
      const a = after[i] ?? null;
      this.node(`${path}.${i + 1}`, elementName(label, a ?? b, i), field, b, a);
    }
  }
}

function sectionValue(plan: PlanContent, field: (typeof sections)[number]['field']): Json {
  if (field === 'standards.collective') return plan.standards.collective;
  if (field === 'standards.individual') return plan.standards.individual;
  return plan[field];
}

export function diffPlans(before: PlanContent, after: PlanContent): PlanChangeDto[] {
  const d = new Differ();
  for (const s of sections) d.node(s.field, s.label, s.field, sectionValue(before, s.field), sectionValue(after, s.field));
  return d.changes;
}
