import type { Block, Section } from '../../modules/movements/model/outline.schema';
import type { PlanContentInput } from '../../modules/movements/model/plan-content.schema';

type Criterion = NonNullable<PlanContentInput['criteria']>[number];
type SectionIn = { number: string; heading: string; blocks?: Block[]; children?: SectionIn[] };

const list = (l: Extract<Block, { kind: 'list' }>['list']): Block => ({ kind: 'list', list: l });
const para = (label: string | null, text: string, refs: string[]): Block => ({ kind: 'text', label, text, italic: false, refs });

/**
 * How seed 001 prints: its numbering and headings as written. Criteria e) and k) state two targets
 * in one paragraph, the award sentence names two forms, and in section V each unit is the subject
 * of its sentence: those paragraphs are text blocks naming the elements they state.
 */
export function seed001Outline(criteria: Criterion[], awardSentence: string, resp: Record<'hdTdkt' | 'vptk' | 'mttq' | 'vhxh', string[]>): Section[] {
  const byLabel = new Map<string, Criterion[]>();
  for (const c of criteria) byLabel.set(c.label ?? '', [...(byLabel.get(c.label ?? '') ?? []), c]);
  const criteriaBlocks: Block[] = [...byLabel.entries()].map(([label, group]) =>
    group.length === 1
      ? { kind: 'element', list: 'criteria', key: group[0]!.key }
      : // k-1 ends without its ";" (a criterion is one sentence); the paragraph restores it.
        para(label, group.map((c) => c.text).join(label === 'k)' ? '; ' : ' '), group.map((c) => `criteria:${c.key}`)),
  );
  const respBlocks = (key: string, label: string, paragraphs: string[]) =>
    paragraphs.map((p, i) => para(i === 0 ? label : null, p, [`responsibilities:${key}`]));

  const outline: SectionIn[] = [
    {
      number: 'I.',
      heading: 'MỤC ĐÍCH, YÊU CẦU',
      children: [
        { number: '1.', heading: 'Mục đích', blocks: [list('purposes')] },
        { number: '2.', heading: 'Yêu cầu', blocks: [list('requirements')] },
      ],
    },
    {
      number: 'II.',
      heading: 'ĐỐI TƯỢNG, NỘI DUNG THI ĐUA',
      children: [
        { number: '1.', heading: 'Đối tượng thi đua', blocks: [{ kind: 'field', field: 'subjects' }] },
        { number: '2.', heading: 'Nội dung phong trào thi đua', blocks: [list('contents')] },
      ],
    },
    { number: 'III.', heading: 'GIẢI PHÁP THỰC HIỆN', blocks: [list('solutions')] },
    {
      number: 'IV.',
      heading: 'TIÊU CHÍ THI ĐUA, HÌNH THỨC, TIÊU CHUẨN KHEN THƯỞNG',
      children: [
        { number: '1.', heading: 'Tiêu chí thi đua', blocks: [{ kind: 'field', field: 'criteriaIntro' }, ...criteriaBlocks] },
        { number: '2.', heading: 'Hình thức khen thưởng', blocks: [para(null, awardSentence, ['awards:ubnd-xa', 'awards:cap-tham-quyen'])] },
      ],
    },
    {
      number: 'V.',
      heading: 'TỔ CHỨC THỰC HIỆN',
      blocks: [
        ...respBlocks('hd-tdkt', '1.', resp.hdTdkt),
        ...respBlocks('vptk', '2.', resp.vptk),
        ...respBlocks('mttq', '3.', resp.mttq),
        ...respBlocks('vhxh', '4.', resp.vhxh),
      ],
    },
  ];
  const fill = (s: SectionIn): Section => ({ number: s.number, heading: s.heading, inline: false, blocks: s.blocks ?? [], children: (s.children ?? []).map(fill) });
  return outline.map(fill);
}
