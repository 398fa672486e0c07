import type { Rule, RuleSubject } from '../../../../src/modules/standards/rule.schema';
import { disciplineLabels, initiativeLevelLabels, ratingLabels, titleLabels } from '../../../../src/modules/standards/labels';
import type { Target } from '../../../../src/modules/movements/model/target';
import { formatTarget } from '../../../../src/modules/movements/model/target-format';
import type { IndexCode } from '../../../../src/modules/movements/model/vocab';

/** One clause as a sentence, with the clauses of a group under it. */
export interface RuleLine {
  text: string;
  children: RuleLine[];
}

/** How the plans name the indices in a sentence: "Chỉ số SIPAS ≥ 90%". */
export const indexShortNames: Record<IndexCode, string> = {
  PAR_INDEX: 'PAR Index',
  SIPAS: 'SIPAS',
  PAPI: 'PAPI',
  PCI: 'PCI',
  ICT_INDEX: 'ICT Index',
  CCHC: 'CCHC',
};

const subjectNames: Record<RuleSubject, string | null> = {
  self: null,
  own_unit: 'Đơn vị công tác',
  leader: 'Lãnh đạo đơn vị',
  members: 'Tất cả thành viên',
};

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
const withSubject = (subject: RuleSubject, sentence: string) => {
  const who = subjectNames[subject];
  return who ? `${who} ${lowerFirst(sentence)}` : sentence;
};
const years = (n: number) => String(n).padStart(2, '0');

export type CriterionNames = Record<string, { label: string | null; indicator: string }>;

/** The measured part of a target, worded for a clause ("≥ 90%", "xếp loại Tốt trở lên"). */
const targetText = (t: Target) => formatTarget(t);

/** A clause of an award standard as the Vietnamese sentence a council member reads. */
export function ruleLines(rule: Rule, criteria: CriterionNames = {}): RuleLine {
  const leaf = (text: string): RuleLine => ({ text, children: [] });
  switch (rule.kind) {
    case 'all':
    case 'any':
      return {
        text: rule.kind === 'all' ? 'Đáp ứng tất cả các điều kiện sau:' : 'Đáp ứng ít nhất một trong các điều kiện sau:',
        children: rule.of.map((r) => ruleLines(r, criteria)),
      };
    case 'criterion': {
      const c = criteria[rule.criterionKey];
      const name = c ? `${c.label ? `${c.label} ` : ''}${c.indicator}` : `«${rule.criterionKey}»`;
      return leaf(withSubject(rule.subject, `Đạt tiêu chí ${name}`));
    }
    case 'metric': {
      const what = rule.index ? `Chỉ số ${indexShortNames[rule.index]}` : rule.indicator;
      return leaf(withSubject(rule.subject, `${what} ${targetText(rule.target)}`));
    }
    case 'rating': {
      const level = ratingLabels[rule.atLeast];
      const upward = rule.atLeast === 'htxsnv' ? '' : ' trở lên';
      const span = rule.years > 1 ? ` ${years(rule.years)} năm liên tục` : '';
      return leaf(withSubject(rule.subject, `Xếp loại «${level}»${upward}${span}`));
    }
    case 'initiative': {
      const by = rule.recognisedBy ? ` (${rule.recognisedBy})` : '';
      return leaf(withSubject(rule.subject, `Có sáng kiến được công nhận ở phạm vi ${initiativeLevelLabels[rule.minLevel]} trở lên${by}`));
    }
    case 'no_discipline':
      return leaf(withSubject(rule.subject, `Không bị kỷ luật từ ${disciplineLabels[rule.from]} trở lên`));
    case 'title': {
      const name = titleLabels[rule.title];
      if (rule.years <= 1) return leaf(`Đạt danh hiệu «${name}»`);
      return leaf(`${years(rule.years)} năm ${rule.consecutive ? 'liên tục ' : ''}đạt danh hiệu «${name}»`);
    }
    case 'member_share': {
      const what = rule.title ? `đạt danh hiệu «${titleLabels[rule.title]}»` : rule.rating ? `xếp loại «${ratingLabels[rule.rating]}» trở lên` : 'đạt yêu cầu';
      return leaf(`Tỷ lệ cá nhân ${what} ${targetText(rule.target)}`);
    }
    case 'qualitative':
      return leaf(rule.text ?? 'Điều kiện do Hội đồng Thi đua – Khen thưởng xem xét');
  }
}

/** The whole rule as indented lines of text ("- " per level), for tooltips, diffs and tests. */
export function ruleText(rule: Rule, criteria: CriterionNames = {}): string {
  const out: string[] = [];
  const walk = (line: RuleLine, depth: number) => {
    out.push(`${'  '.repeat(depth)}${depth > 0 ? '- ' : ''}${line.text}`);
    line.children.forEach((c) => walk(c, depth + 1));
  };
  walk(ruleLines(rule, criteria), 0);
  return out.join('\n');
}
