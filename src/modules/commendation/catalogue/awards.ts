import { art, conduct, std } from './build';
import type { Era } from './instruments';
import type { AwardFormCode, CatalogueStandard } from './types';

export interface AwardDef {
  form: AwardFormCode;
  subject: 'individual' | 'collective' | 'household';
  name: string;
  source: string;
  standards: CatalogueStandard[];
  uncertain: string[];
}

const unverified = 'Tiêu chuẩn theo hiểu biết chung về Luật TĐKT (Điều 73–75), chưa đối chiếu văn bản';

/** Bằng khen and Giấy khen for individuals, collectives and households. */
export function awardForms(era: Era): AwardDef[] {
  const gk = art(era, 'Điều 75', false);
  const bk = art(era, 'Điều 74', false);
  const ttg = art(era, 'Điều 73', false);
  const sudden = { kind: 'qualitative', text: 'Lập được thành tích đột xuất' };
  const household = (source: string) => [std('dong-gop', 'Gương mẫu chấp hành chủ trương, chính sách, pháp luật; có đóng góp về công sức, đất đai, tài sản cho địa phương, xã hội', source, { kind: 'qualitative' })];
  // NĐ 152/2025: a lower form is no longer a prerequisite for a higher one.
  const priorBangKhen = era.id !== 'nd152' ? [{ kind: 'qualitative', text: 'Đã được tặng Bằng khen cấp bộ, ban, ngành, tỉnh' }] : [];
  return [
    {
      form: 'giay_khen',
      subject: 'individual',
      name: 'Giấy khen',
      source: gk,
      standards: [
        conduct(gk),
        std('thanh-tich', 'Có thành tích được bình xét trong phong trào thi đua; hoặc lập được thành tích đột xuất; hoặc hoàn thành tốt nhiệm vụ', gk, {
          kind: 'any',
          of: [{ kind: 'qualitative', text: 'Có thành tích được bình xét trong phong trào thi đua' }, sudden, { kind: 'rating', atLeast: 'httnv' }],
        }),
      ],
      uncertain: [unverified],
    },
    {
      form: 'giay_khen',
      subject: 'collective',
      name: 'Giấy khen',
      source: gk,
      standards: [
        std('thanh-tich', 'Có thành tích được bình xét trong phong trào thi đua; hoặc lập được thành tích đột xuất; hoặc hoàn thành tốt nhiệm vụ, nội bộ đoàn kết', gk, {
          kind: 'any',
          of: [{ kind: 'qualitative', text: 'Có thành tích được bình xét trong phong trào thi đua' }, sudden, { kind: 'rating', atLeast: 'httnv' }],
        }),
      ],
      uncertain: [unverified],
    },
    { form: 'giay_khen', subject: 'household', name: 'Giấy khen', source: gk, standards: household(gk), uncertain: [unverified] },
    ...(['bang_khen_tinh', 'bang_khen_bo'] as const).flatMap((form): AwardDef[] => {
      const name = form === 'bang_khen_tinh' ? 'Bằng khen của Chủ tịch UBND tỉnh' : 'Bằng khen của Bộ trưởng';
      return [
        {
          form,
          subject: 'individual',
          name,
          source: bk,
          standards: [
            conduct(bk),
            std('thanh-tich', 'Có thành tích xuất sắc được bình xét trong phong trào thi đua; hoặc 02 năm liên tục hoàn thành xuất sắc nhiệm vụ, có 02 sáng kiến được công nhận; hoặc lập được thành tích đột xuất', bk, {
              kind: 'any',
              of: [
                { kind: 'qualitative', text: 'Có thành tích xuất sắc được bình xét trong các phong trào thi đua do bộ, ngành, tỉnh phát động' },
                { kind: 'all', of: [{ kind: 'rating', atLeast: 'htxsnv', years: 2 }, { kind: 'initiative', count: 2, withinYears: 2 }] },
                sudden,
              ],
            }),
          ],
          uncertain: [unverified],
        },
        {
          form,
          subject: 'collective',
          name,
          source: bk,
          standards: [
            std('thanh-tich', 'Có thành tích xuất sắc được bình xét trong phong trào thi đua; hoặc 02 năm liên tục hoàn thành xuất sắc nhiệm vụ, nội bộ đoàn kết; hoặc lập được thành tích đột xuất', bk, {
              kind: 'any',
              of: [
                { kind: 'qualitative', text: 'Có thành tích xuất sắc được bình xét trong các phong trào thi đua do bộ, ngành, tỉnh phát động' },
                { kind: 'all', of: [{ kind: 'rating', atLeast: 'htxsnv', years: 2 }, { kind: 'qualitative', text: 'Nội bộ đoàn kết, thực hiện tốt dân chủ ở cơ sở' }] },
                sudden,
              ],
            }),
          ],
          uncertain: [unverified],
        },
        ...(form === 'bang_khen_tinh' ? [{ form, subject: 'household' as const, name, source: bk, standards: household(bk), uncertain: [unverified] }] : []),
      ];
    }),
    {
      form: 'bang_khen_ttg',
      subject: 'individual',
      name: 'Bằng khen của Thủ tướng Chính phủ',
      source: ttg,
      standards: [
        conduct(ttg),
        std('thanh-tich', 'Có thành tích xuất sắc tiêu biểu; hoặc 05 năm liên tục hoàn thành xuất sắc nhiệm vụ với 05 sáng kiến được công nhận; hoặc lập được thành tích đột xuất', ttg, {
          kind: 'any',
          of: [
            { kind: 'qualitative', text: 'Có thành tích xuất sắc tiêu biểu được bình xét trong các phong trào thi đua do Thủ tướng phát động' },
            { kind: 'all', of: [...priorBangKhen, { kind: 'rating', atLeast: 'htxsnv', years: 5 }, { kind: 'initiative', count: 5, withinYears: 5 }] },
            sudden,
          ],
        }),
      ],
      uncertain: [unverified, 'Quy tắc cũ (Nghị định 65/2014): đã có Bằng khen cấp tỉnh, sau đó 05 năm liên tục HTXSNV, 05 sáng kiến'],
    },
    {
      form: 'bang_khen_ttg',
      subject: 'collective',
      name: 'Bằng khen của Thủ tướng Chính phủ',
      source: ttg,
      standards: [
        std('thanh-tich', 'Có thành tích xuất sắc tiêu biểu; hoặc 05 năm liên tục hoàn thành xuất sắc nhiệm vụ, nội bộ đoàn kết; hoặc lập được thành tích đột xuất', ttg, {
          kind: 'any',
          of: [
            { kind: 'qualitative', text: 'Có thành tích xuất sắc tiêu biểu được bình xét trong các phong trào thi đua do Thủ tướng phát động' },
            { kind: 'all', of: [...priorBangKhen, { kind: 'rating', atLeast: 'htxsnv', years: 5 }, { kind: 'qualitative', text: 'Nội bộ đoàn kết, thực hiện tốt dân chủ ở cơ sở' }] },
            sudden,
          ],
        }),
      ],
      uncertain: [unverified],
    },
    { form: 'bang_khen_ttg', subject: 'household', name: 'Bằng khen của Thủ tướng Chính phủ', source: ttg, standards: household(ttg), uncertain: [unverified] },
  ];
}
