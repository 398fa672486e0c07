import { describe, expect, it } from 'vitest';
import { segment, splitLines } from '../segment';
import { conditionalStandards } from './award-section';
import { initials, issuerBySymbol, resolveGrantor } from './grantor';
import { contentNodes, findSection } from './sections';
import { subjectsFromProse } from './subjects';

/** Rules for what a plan states without a heading of its own; every sentence here is made up, none from a seed. */
describe('grantors as the rest of the document names them', () => {
  it('sends an award proposed to a Phòng to the committee of its level, named as the text names it', () => {
    const text = 'Thực hiện Kế hoạch số 12/KH-UBND của UBND quận Hải Châu; … đề nghị về Phòng Nội vụ quận xét khen thưởng.';
    expect(resolveGrantor('Phòng Nội vụ quận', text, 'ỦY BAN NHÂN DÂN PHƯỜNG HÒA CƯỜNG')).toBe('Ủy ban nhân dân quận Hải Châu');
    expect(resolveGrantor('Phòng Văn hóa huyện', 'không nêu tên huyện', null)).toBe('Ủy ban nhân dân huyện');
  });

  it('names the committee through its head where the text does, else keeps the body', () => {
    expect(resolveGrantor('UBND phường', 'tổng hợp hồ sơ trình Chủ tịch UBND phường khen thưởng.', null)).toBe('Chủ tịch UBND phường');
    expect(resolveGrantor('UBND phường', 'Chủ tịch UBND phường chỉ đạo.', null)).toBe('UBND phường');
    expect(resolveGrantor('Ủy ban nhân dân phường', '', 'ỦY BAN NHÂN DÂN PHƯỜNG HÒA CƯỜNG')).toBe('Ủy ban nhân dân phường Hòa Cường');
  });

  it('reads a cited document’s issuer from a symbol that abbreviates the plan’s own issuer', () => {
    expect(initials('SỞ GIÁO DỤC VÀ ĐÀO TẠO')).toBe('SGDĐT');
    const text = 'Sở Giáo dục và Đào tạo xây dựng kế hoạch … theo Kế hoạch số 40/KH-SGDĐT ngày 02/3/2023.';
    expect(issuerBySymbol('40/KH-SGDĐT', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', text)).toBe('Sở Giáo dục và Đào tạo');
    expect(issuerBySymbol('40/KH-UBND', 'ỦY BAN NHÂN DÂN PHƯỜNG HÒA CƯỜNG', text)).toBeNull();
  });
});

describe('subjects without a "Đối tượng" section', () => {
  it('takes the people the movement is launched among and the bodies the closing addresses', () => {
    const text =
      'Phát động toàn thể đoàn viên, hội viên trong cơ quan tích cực hưởng ứng phong trào.\nĐề nghị các chi hội, các tổ nhân dân và đoàn viên nghiêm túc triển khai; yêu cầu các chi hội, các tổ nhân dân và đoàn viên nghiêm túc triển khai thực hiện.';
    const s = subjectsFromProse(text);
    expect(s.individual?.value).toBe('đoàn viên, hội viên trong cơ quan');
    expect(s.collective?.value).toBe('các chi hội, các tổ nhân dân');
    for (const f of [s.individual!, s.collective!]) expect(text.slice(f.span[0], f.span[1])).toBe(f.value);
    expect(subjectsFromProse('Kế hoạch không nêu ai tham gia.')).toEqual({});
  });
});

const tree = (text: string) => segment(splitLines(text));

describe('contents and standards stated under other headings', () => {
  it('takes the items of a heading that announces contents, skips the period and the awards', () => {
    const t = tree(
      [
        'II. NỘI DUNG THI ĐUA',
        '1. Những nội dung chủ yếu',
        '- Số hóa hồ sơ.',
        '- Rút ngắn thời gian xử lý.',
        '2. Hình thức tổ chức',
        '- Phát động trong toàn ngành.',
        '- Thời gian thi đua là từ nay đến hết năm 2026.',
        '3. Khen thưởng',
        '- Chọn 02 tập thể đề nghị khen thưởng.',
      ].join('\n'),
    );
    expect(contentNodes(findSection(t, /^noi dung thi dua/)).map((n) => n.body)).toEqual(['Số hóa hồ sơ.', 'Rút ngắn thời gian xử lý.', 'Phát động trong toàn ngành.']);
  });

  it('reads "… có … thì được xem xét khen thưởng" in the award section as a standard for whom it names', () => {
    const t = tree(
      [
        'III. KHEN THƯỞNG',
        '- Hằng năm tập thể có mô hình mới được nhân rộng thì được xét khen thưởng.',
        '- Viên chức có sáng kiến được công nhận thì được xem xét khen thưởng đột xuất.',
        '- Chọn 01 tập thể đề nghị khen thưởng.',
      ].join('\n'),
    );
    expect(conditionalStandards(t).map((s) => s.scope)).toEqual(['collective', 'individual']);
  });
});

describe('the movement model’s vocabularies from the words a plan uses', () => {
  it('reads unit kinds, person categories and reform areas', async () => {
    const { unitKindsIn, personCategoriesIn, reformAreasIn, cascadeOf } = await import('./vocabulary');
    expect(unitKindsIn('Tập thể: các phòng thuộc Trung tâm, các tổ dân phố (gọi chung là các cơ quan, đơn vị).')).toEqual(['phong', 'ap']);
    expect(unitKindsIn('Ủy ban MTTQ phường, các tổ chức chính trị - xã hội, UBND các phường')).toEqual(['mttq', 'doan_the', 'phuong']);
    expect(personCategoriesIn('Cá nhân: viên chức, người lao động hợp đồng')).toEqual(['vien_chuc', 'nguoi_lao_dong']);
    expect(reformAreasIn('Nội dung về cải cách tài chính công và chuyển đổi số')).toEqual(['tai_chinh_cong', 'chinh_phu_so']);
    expect(reformAreasIn('Tổ chức hội thi văn nghệ')).toEqual([]);
    const task = (text: string) => [{ label: '-', title: null, text, children: [] }];
    const resp = [
      { unitText: 'Sở Y tế', tasks: task('Xây dựng kế hoạch phát động thi đua của ngành.') },
      { unitText: 'UBND các huyện', tasks: task('Căn cứ kế hoạch này, ban hành kế hoạch của địa phương.') },
    ];
    expect(cascadeOf(resp, [{ key: 'gui', kind: 'submit_plan' }], 'SỞ Y TẾ')).toEqual({ unitKinds: ['huyen'], deadlineKey: 'gui' });
  });
});
