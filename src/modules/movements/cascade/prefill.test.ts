import { describe, expect, it } from 'vitest';
import { blankPlan } from '../model/plan-builder';
import { planContentSchema } from '../model/plan-content.schema';
import type { Section } from '../model/outline.schema';
import { defaultOutline } from './default-outline';
import { parentPlan } from './parent-plan.fixture';
import { seedPlans } from '../../../seed/plans';
import { adaptTitle, documentTypeOfNumber, prefillChildPlan } from './prefill';

const child = () =>
  prefillChildPlan({ movementId: 7, content: parentPlan(), ownerName: 'UBND thị xã Ninh Hòa' }, { name: 'Xã Ninh An', parentName: 'UBND thị xã Ninh Hòa' });

function placedLists(sections: Section[]): string[] {
  return sections.flatMap((s) => [...s.blocks.flatMap((b) => (b.kind === 'list' ? [b.list] : b.kind === 'field' ? [b.field] : [])), ...placedLists(s.children)]);
}

describe('prefillChildPlan', () => {
  it('gives the new owner its own header, upper-cased, with no number, date or signer name yet', () => {
    const { header } = child();
    expect(header).toMatchObject({ issuerName: 'XÃ NINH AN', parentBody: 'UBND THỊ XÃ NINH HÒA', number: null, issuedOn: null, place: null });
    expect(header.signer).toEqual({ capacity: 'KT.', authority: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: null });
  });

  it('cites the parent plan as the one it implements, in the references and the preamble', () => {
    const c = child();
    expect(c.references).toEqual([
      {
        key: 'ke-hoach-cap-tren-7',
        relation: 'implements',
        documentType: 'KH',
        number: '66/KH-UBND',
        issuedOn: '2022-03-08',
        issuer: 'UBND thị xã Ninh Hòa',
        title: parentPlan().title,
        citedIn: 'plan',
      },
    ]);
    expect(c.preamble).toEqual([
      'Thực hiện Kế hoạch số 66/KH-UBND ngày 08/03/2022 của UBND thị xã Ninh Hòa về phát động phong trào thi đua “Đẩy mạnh công tác cải cách hành chính trên địa bàn thị xã Ninh Hòa” năm 2022, xã Ninh An xây dựng Kế hoạch triển khai thực hiện với các nội dung như sau:',
    ]);
  });

  it('adapts the title to the new owner’s area', () => {
    expect(child().title).toBe('Phát động phong trào thi đua “Đẩy mạnh công tác cải cách hành chính trên địa bàn xã Ninh An” năm 2022');
  });

  it('inherits every criterion, keyed and marked as coming from the parent', () => {
    const c = child();
    expect(c.criteria.map((x) => [x.key, x.inheritedFrom])).toEqual([
      ['nhiem-vu', { movementId: 7, key: 'nhiem-vu' }],
      ['sipas', { movementId: 7, key: 'sipas' }],
    ]);
    expect(c.criteria.map((x) => x.target)).toEqual(parentPlan().criteria.map((x) => x.target));
  });

  it('copies subjects, contents, goals, standards, awards, deadlines and period; leaves the owner’s own parts empty', () => {
    const c = child();
    const p = parentPlan();
    expect(c.subjects).toEqual(p.subjects);
    expect(c.contents).toEqual(p.contents);
    expect(c.goals).toEqual(p.goals);
    expect(c.standards).toEqual(p.standards);
    expect(c.awards).toEqual(p.awards);
    expect(c.deadlines).toEqual(p.deadlines);
    expect(c.period).toEqual(p.period);
    expect(c.responsibilities).toEqual([]);
    expect(c.funding).toBeNull();
    expect(c.cascade).toEqual({ unitKinds: [], deadlineKey: null });
  });

  it('is a valid plan whose outline places every list it holds', () => {
    const c = child();
    expect(planContentSchema.safeParse(c).success).toBe(true);
    expect(placedLists(c.outline)).toEqual(
      expect.arrayContaining(['purposes', 'requirements', 'goals', 'subjects', 'period', 'contents', 'criteria', 'standards.collective', 'awards', 'quotas', 'deadlines', 'responsibilities']),
    );
  });

  it('names a plan issued by a decision after the decision', () => {
    expect(documentTypeOfNumber('196/QĐ-UBND')).toBe('QĐ');
    expect(documentTypeOfNumber('135/KH-LĐLĐ')).toBe('KH');
    expect(documentTypeOfNumber(null)).toBe('KH');
  });

  it('cites the decision that issued a plan, keeping its "Về việc"', () => {
    const p = parentPlan();
    const decision = {
      header: { ...p.header, number: '54/QĐ-UBND', issuedOn: '2024-03-18' },
      title: 'Về việc ban hành Kế hoạch phát động phong trào thi đua',
      authority: 'CHỦ TỊCH ỦY BAN NHÂN DÂN THỊ XÃ NINH HÒA',
      basis: [],
      proposer: null,
      articles: ['Ban hành kèm theo Quyết định này Kế hoạch.'],
    };
    const c = prefillChildPlan({ movementId: 3, content: { ...p, header: { ...p.header, number: null }, decision }, ownerName: 'UBND thị xã Ninh Hòa' }, { name: 'UBND xã Ninh An', parentName: null });
    expect(c.references[0]).toMatchObject({ documentType: 'QĐ', number: '54/QĐ-UBND', issuedOn: '2024-03-18', title: decision.title });
    expect(c.preamble[0]).toBe(
      'Thực hiện Quyết định số 54/QĐ-UBND ngày 18/03/2024 của UBND thị xã Ninh Hòa về việc ban hành Kế hoạch phát động phong trào thi đua, UBND xã Ninh An xây dựng Kế hoạch triển khai thực hiện với các nội dung như sau:',
    );
    expect(c.header.parentBody).toBeNull();
    expect(c.decision).toBeNull();
  });

  it('keeps a title that does not name the parent’s area', () => {
    expect(adaptTitle('Đẩy mạnh cải cách hành chính năm 2015', 'UBND huyện Giồng Trôm', 'Xã Mỹ Thạnh')).toBe('Đẩy mạnh cải cách hành chính năm 2015');
    expect(adaptTitle('Thi đua huyện Giồng Trôm', 'Ủy ban nhân dân huyện Giồng Trôm', 'UBND xã Mỹ Thạnh')).toBe('Thi đua xã Mỹ Thạnh');
  });
});

describe('defaultOutline', () => {
  it('numbers the parts I., II. … and prints the skeleton of an empty plan', () => {
    const outline = defaultOutline(blankPlan({ issuerName: 'XÃ A', title: 'Kế hoạch' }));
    expect(outline.map((s) => `${s.number} ${s.heading}`)).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU',
      'II. ĐỐI TƯỢNG, THỜI GIAN THI ĐUA',
      'III. NỘI DUNG THI ĐUA',
      'IV. TIÊU CHÍ THI ĐUA',
      'V. KHEN THƯỞNG',
      'VI. TỔ CHỨC THỰC HIỆN',
    ]);
    expect(outline[0]!.children.map((s) => `${s.number} ${s.heading}`)).toEqual(['1. Mục đích', '2. Yêu cầu']);
  });

  it('adds the optional parts a plan holds, and is accepted by the plan schema', () => {
    const p = parentPlan();
    const outline = defaultOutline(p);
    expect(outline.map((s) => s.heading)).toContain('MỤC TIÊU');
    expect(outline.map((s) => s.heading)).toContain('KINH PHÍ');
    expect(planContentSchema.safeParse({ ...p, outline }).success).toBe(true);
  });
});

describe('prefillChildPlan on the five seed plans', () => {
  it.each(seedPlans.map((s) => [s.source, s] as const))('%s: a valid child draft inheriting every criterion, award and deadline', (_, seed) => {
    const parent = planContentSchema.parse(seed.content);
    const c = prefillChildPlan({ movementId: 1, content: parent, ownerName: 'UBND cấp trên' }, { name: 'Xã Thử Nghiệm', parentName: 'Huyện Thử Nghiệm' });
    expect(planContentSchema.safeParse(c).error?.issues ?? []).toEqual([]);
    expect(c.criteria.map((x) => x.inheritedFrom?.key)).toEqual(parent.criteria.map((x) => x.key));
    expect(c.awards).toEqual(parent.awards);
    expect(c.deadlines).toEqual(parent.deadlines);
    const cited = parent.header.number === null && parent.decision ? parent.decision.header : parent.header;
    expect(c.references[0]).toMatchObject({ relation: 'implements', number: cited.number, issuedOn: cited.issuedOn });
    const placed = placedLists(c.outline);
    if (c.criteria.length > 0) expect(placed).toContain('criteria');
    if (c.awards.length > 0) expect(placed).toContain('awards');
    if (c.deadlines.length > 0) expect(placed).toContain('deadlines');
  });
});
