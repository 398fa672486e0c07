import { formatTarget } from '../../movements/model/target-format';
import { communityTitleLabels, disciplineLabels, initiativeLevelLabels, ratingLabels, titleLabels } from '../labels';
import type { Rule, RuleSubject } from '../rule.schema';
import { twoDigits } from './format';


const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

export const subjectPhrases: Record<RuleSubject, string> = {
  self: '',
  own_unit: 'Đơn vị công tác ',
  leader: 'Lãnh đạo đơn vị ',
  members: 'Các thành viên ',
};

export const titleName = (code: string): string =>
  (titleLabels as Record<string, string>)[code] ?? (communityTitleLabels as Record<string, string>)[code] ?? code;

/** Short names of the indices, as sentences use them ("SIPAS 2022 = 91,2%"). */
export const indexShortNames: Record<string, string> = {
  PAR_INDEX: 'PAR Index',
  SIPAS: 'SIPAS',
  PAPI: 'PAPI',
  PCI: 'PCI',
  ICT_INDEX: 'ICT Index',
  CCHC: 'Chỉ số CCHC',
};

/** A rule in Vietnamese, for clauses written without their own sentence (catalogue rules, generated ones). */
export function describeRule(rule: Rule): string {
  switch (rule.kind) {
    case 'all':
      return `Đạt tất cả các điều kiện: ${rule.of.map((r) => lower(r.text ?? describeRule(r))).join('; ')}`;
    case 'any':
      return `Đạt một trong các điều kiện: ${rule.of.map((r) => lower(r.text ?? describeRule(r))).join('; ')}`;
    case 'criterion':
      return `${subjectPhrases[rule.subject]}Đạt tiêu chí «${rule.criterionKey}» của kế hoạch`.trim();
    case 'metric':
      return `${subjectPhrases[rule.subject]}${rule.index ? (indexShortNames[rule.index] ?? rule.indicator) : rule.indicator} ${formatTarget(rule.target)}`.trim();
    case 'rating': {
      const years = rule.years > 1 ? `${twoDigits(rule.years)} năm liên tục ` : '';
      const level = rule.atLeast === 'htxsnv' ? lower(ratingLabels.htxsnv) : `${lower(ratingLabels[rule.atLeast])} trở lên`;
      return `${subjectPhrases[rule.subject]}${years}được đánh giá, xếp loại ${level}`.trim().replace(/^./, (c) => c.toUpperCase());
    }
    case 'initiative': {
      const n = rule.count ?? 1;
      const what = n > 1 ? `${twoDigits(n)} sáng kiến` : 'sáng kiến';
      const scope = rule.minLevel === 'co_so' ? 'cơ sở' : initiativeLevelLabels[rule.minLevel];
      const by = rule.recognisedBy ? ` được ${rule.recognisedBy} công nhận` : ' được công nhận';
      const within = rule.withinYears && rule.withinYears > 1 ? ` trong ${twoDigits(rule.withinYears)} năm` : '';
      return `${subjectPhrases[rule.subject]}Có ${what}${by}, phạm vi ảnh hưởng ${scope} trở lên${within}`.trim().replace(/^./, (c) => c.toUpperCase());
    }
    case 'no_discipline': {
      const who = rule.subject === 'members' ? 'Không có thành viên nào bị' : `${subjectPhrases[rule.subject]}Không bị`.trim();
      return `${who.charAt(0).toUpperCase()}${who.slice(1)} kỷ luật từ hình thức ${disciplineLabels[rule.from]} trở lên`;
    }
    case 'title': {
      const years = rule.years > 1 ? `${twoDigits(rule.years)} năm${rule.consecutive ? ' liên tục' : ''} ` : '';
      return `${years}đạt danh hiệu ${titleName(rule.title)}`.replace(/^./, (c) => c.toUpperCase());
    }
    case 'member_share': {
      const what = [rule.title ? `đạt danh hiệu ${titleName(rule.title)}` : null, rule.rating ? `được xếp loại ${lower(ratingLabels[rule.rating])} trở lên` : null]
        .filter(Boolean)
        .join(' và ');
      return `Tỷ lệ thành viên ${what || 'đạt yêu cầu'} ${formatTarget(rule.target)}`;
    }
    case 'qualitative':
      return rule.text ?? 'Điều kiện do Hội đồng xem xét';
  }
}
