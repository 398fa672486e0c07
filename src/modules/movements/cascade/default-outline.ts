import type { Block, FieldKind, ListKind, Section } from '../model/outline.schema';
import type { PlanContent } from '../model/plan-content.schema';

const roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const list = (l: ListKind): Block => ({ kind: 'list', list: l });
const field = (f: FieldKind): Block => ({ kind: 'field', field: f });

interface Part {
  heading: string;
  blocks: Block[];
  /** Printed even when empty: the skeleton every plan has (purposes, subjects, contents, criteria, awards, organisation). */
  always: boolean;
  filled: boolean;
  inline?: boolean;
}

/**
 * The outline of a plan made in thidua (ADR 006): the usual order of a Vietnamese plan, numbered
 * I., II. for parts and 1., 2. inside them. Every element the plan holds is placed, so nothing
 * is lost in print; optional parts (goals, solutions, funding…) appear only when the plan has them,
 * while the skeleton parts appear even empty so a fresh draft prints as a recognisable plan.
 */
export function defaultOutline(c: PlanContent): Section[] {
  const dossier = c.dossier;
  const quotas = c.awards.some((a) => a.quota.mode !== 'none' || a.quota.text !== null);
  const groups: { heading: string; parts: Part[] }[] = [
    {
      heading: 'MỤC ĐÍCH, YÊU CẦU',
      parts: [
        { heading: 'Mục đích', blocks: [list('purposes')], always: true, filled: c.purposes.length > 0 },
        { heading: 'Yêu cầu', blocks: [list('requirements')], always: true, filled: c.requirements.length > 0 },
      ],
    },
    { heading: 'MỤC TIÊU', parts: [{ heading: '', blocks: [list('goals')], always: false, filled: c.goals.length > 0 }] },
    {
      heading: 'ĐỐI TƯỢNG, THỜI GIAN THI ĐUA',
      parts: [
        { heading: 'Đối tượng thi đua', blocks: [field('subjects')], always: true, filled: true },
        { heading: 'Thời gian thực hiện', blocks: [field('period')], always: true, filled: true, inline: true },
      ],
    },
    {
      heading: 'NỘI DUNG THI ĐUA',
      parts: [
        { heading: 'Chủ đề thi đua', blocks: [field('theme')], always: false, filled: c.theme !== null, inline: true },
        { heading: 'Khẩu hiệu thi đua', blocks: [field('slogan')], always: false, filled: c.slogan !== null, inline: true },
        { heading: 'Nội dung thi đua', blocks: [list('contents')], always: true, filled: c.contents.length > 0 },
        { heading: 'Giải pháp thực hiện', blocks: [list('solutions')], always: false, filled: c.solutions.length > 0 },
      ],
    },
    {
      heading: 'TIÊU CHÍ THI ĐUA',
      parts: [{ heading: '', blocks: [...(c.criteriaIntro !== null ? [field('criteriaIntro')] : []), list('criteria')], always: true, filled: c.criteria.length > 0 }],
    },
    {
      heading: 'KHEN THƯỞNG',
      parts: [
        { heading: 'Tiêu chuẩn khen thưởng đối với tập thể', blocks: [list('standards.collective')], always: false, filled: c.standards.collective.length > 0 },
        { heading: 'Tiêu chuẩn khen thưởng đối với cá nhân', blocks: [list('standards.individual')], always: false, filled: c.standards.individual.length > 0 },
        { heading: 'Hình thức khen thưởng', blocks: [list('awards')], always: true, filled: c.awards.length > 0 },
        { heading: 'Số lượng khen thưởng', blocks: [list('quotas')], always: false, filled: quotas },
        {
          heading: 'Hồ sơ đề nghị khen thưởng',
          blocks: [list('dossier'), ...(dossier?.formNote ? [field('dossier.formNote')] : []), ...(dossier?.copies || dossier?.copiesText ? [field('dossier.copies')] : [])],
          always: false,
          filled: dossier !== null,
        },
        { heading: 'Thời hạn', blocks: [list('deadlines')], always: false, filled: c.deadlines.length > 0 },
      ],
    },
    { heading: 'KINH PHÍ', parts: [{ heading: '', blocks: [field('funding')], always: false, filled: c.funding !== null }] },
    { heading: 'TỔ CHỨC THỰC HIỆN', parts: [{ heading: '', blocks: [list('responsibilities')], always: true, filled: c.responsibilities.length > 0 }] },
  ];

  const sections: Section[] = [];
  for (const g of groups) {
    const parts = g.parts.filter((p) => p.always || p.filled);
    if (parts.length === 0) continue;
    const number = `${roman[sections.length]}.`;
    // A part without its own heading is the whole of its group: its blocks sit under the group heading.
    if (parts.length === 1 && parts[0]!.heading === '') {
      sections.push({ number, heading: g.heading, inline: false, blocks: parts[0]!.blocks, children: [] });
      continue;
    }
    const children = parts.map((p, i): Section => ({ number: `${i + 1}.`, heading: p.heading, inline: p.inline ?? false, blocks: p.blocks, children: [] }));
    sections.push({ number, heading: g.heading, inline: false, blocks: [], children });
  }
  return sections;
}
