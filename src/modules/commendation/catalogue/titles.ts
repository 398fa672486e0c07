import { art, conduct, std } from './build';
import type { Era } from './instruments';
import { catalogueSettingSources, type CatalogueSettings } from './settings';
import type { CatalogueStandard } from './types';

const pct = (s: { comparator: 'gt' | 'gte'; value: number }) => ({ measure: 'percent', comparator: s.comparator, value: s.value });
const shareWords = (s: { comparator: 'gt' | 'gte'; value: number }) => `${s.comparator === 'gt' ? 'trên' : 'từ'} ${s.value}%${s.comparator === 'gte' ? ' trở lên' : ''}`;

export interface TitleDef {
  code: string;
  subject: 'individual' | 'collective' | 'household';
  source: string;
  standards: CatalogueStandard[];
  uncertain: string[];
}

/** Individual titles (Luật TĐKT Điều 21–24). */
export function individualTitles(era: Era, s: CatalogueSettings): TitleDef[] {
  const old = era.id === 'nd91';
  const d24 = art(era, 'Điều 24');
  const noDiscipline = (source: string) =>
    std('ky-luat', `Không bị kỷ luật từ hình thức ${s.individualDisciplineFrom === 'khien_trach' ? 'khiển trách' : 'cảnh cáo'} trở lên trong năm`, source, {
      kind: 'no_discipline',
      from: s.individualDisciplineFrom,
    });
  const ldtt: CatalogueStandard[] = [
    std('nhiem-vu', 'Hoàn thành tốt nhiệm vụ trở lên', d24, { kind: 'rating', atLeast: 'httnv' }),
    conduct(d24),
    std('hoc-tap', 'Tích cực học tập chính trị, văn hóa, chuyên môn, nghiệp vụ; có đạo đức, lối sống lành mạnh', art(era, 'Điều 24', false), { kind: 'qualitative' }),
    noDiscipline(catalogueSettingSources.individualDisciplineFrom),
  ];
  const d23 = art(era, 'Điều 23');
  const cstdcsMerit = old
    ? std('sang-kien', 'Có sáng kiến được cơ sở công nhận, hoặc có đề tài nghiên cứu khoa học đã nghiệm thu được áp dụng tại cơ quan, đơn vị', d23, {
        kind: 'any',
        of: [{ kind: 'initiative' }, { kind: 'qualitative', text: 'Có đề tài nghiên cứu khoa học đã nghiệm thu được áp dụng, hoặc giải pháp công tác được công nhận' }],
      })
    : std(
        'sang-kien-hoac-htxsnv',
        'Hoàn thành xuất sắc nhiệm vụ, hoặc có sáng kiến được cơ quan, đơn vị công nhận, hoặc có đề tài khoa học, đề án được nghiệm thu và áp dụng',
        d23,
        {
          kind: 'any',
          of: [
            { kind: 'rating', atLeast: 'htxsnv' },
            { kind: 'initiative' },
            { kind: 'qualitative', text: 'Có đề tài khoa học, đề án khoa học, công trình khoa học và công nghệ đã được nghiệm thu và áp dụng' },
          ],
        },
      );
  const years = String(s.cstdTinhYears).padStart(2, '0');
  return [
    { code: 'ldtt', subject: 'individual', source: d24, standards: ldtt, uncertain: ['Điều kiện kỷ luật là thực tiễn bình xét, không phải câu chữ của Luật'] },
    {
      code: 'cstdcs',
      subject: 'individual',
      source: d23,
      standards: [std('ldtt', 'Đạt danh hiệu Lao động tiên tiến', d23, { kind: 'title', title: 'ldtt', years: 1 }), cstdcsMerit, noDiscipline(catalogueSettingSources.individualDisciplineFrom)],
      uncertain: [],
    },
    {
      code: 'cstd_tinh',
      subject: 'individual',
      source: art(era, 'Điều 22'),
      standards: [
        std('cstdcs', `Có ${years} lần liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở`, art(era, 'Điều 22'), { kind: 'title', title: 'cstdcs', years: s.cstdTinhYears }),
        std('sang-kien', 'Có sáng kiến, đề tài khoa học có phạm vi ảnh hưởng trong bộ, ngành, tỉnh được người đứng đầu công nhận', art(era, 'Điều 22'), {
          kind: 'initiative',
          minLevel: 'tinh',
          withinYears: s.cstdTinhYears,
        }),
        std('tieu-bieu', 'Có thành tích tiêu biểu xuất sắc trong số những cá nhân đạt điều kiện', art(era, 'Điều 22'), { kind: 'qualitative' }),
      ],
      uncertain: ['Sáng kiến được tính trong các năm của chuỗi CSTĐCS (suy luận)'],
    },
    {
      code: 'cstd_toan_quoc',
      subject: 'individual',
      source: art(era, 'Điều 21'),
      standards: [
        std('cstd-tinh', 'Có 02 lần liên tục đạt danh hiệu Chiến sĩ thi đua cấp bộ, ngành, tỉnh', art(era, 'Điều 21'), {
          kind: 'title',
          title: 'cstd_tinh',
          years: 2,
          consecutive: false,
        }),
        std('sang-kien', 'Có sáng kiến, đề tài khoa học có phạm vi ảnh hưởng toàn quốc', art(era, 'Điều 21'), { kind: 'initiative', minLevel: 'toan_quoc', withinYears: 6 }),
        std('tieu-bieu', 'Có thành tích tiêu biểu xuất sắc trong số những cá nhân đạt điều kiện', art(era, 'Điều 21'), { kind: 'qualitative' }),
      ],
      uncertain: ['"02 lần liên tục" được kiểm tra là 02 lần đạt (không xét liên tiếp theo năm); khoảng thời gian tính sáng kiến (06 năm) là suy luận'],
    },
  ];
}

/** Collective and community titles (Luật TĐKT Điều 25–28; xã, thôn, gia đình: Điều 8, Nghị định 86/2023 [K]). */
export function collectiveTitles(era: Era, s: CatalogueSettings): TitleDef[] {
  const d28 = art(era, 'Điều 28', false);
  const d27 = art(era, 'Điều 27', false);
  const members = (source: string) =>
    std('ky-luat-thanh-vien', `Không có cá nhân bị kỷ luật từ hình thức ${s.memberDisciplineFrom === 'canh_cao' ? 'cảnh cáo' : 'khiển trách'} trở lên`, source, {
      kind: 'no_discipline',
      from: s.memberDisciplineFrom,
      subject: 'members',
    });
  const movement = (source: string) => std('phong-trao', 'Có phong trào thi đua thường xuyên, thiết thực, hiệu quả; nội bộ đoàn kết, chấp hành tốt chủ trương, chính sách, pháp luật', source, { kind: 'qualitative' });
  const community = (code: string, text: string): TitleDef => ({
    code,
    subject: code === 'gia_dinh_van_hoa' ? 'household' : 'collective',
    source: `${art(era, 'Điều 8', false)}; Nghị định 86/2023/NĐ-CP`,
    standards: [std('tieu-chuan', text, 'Nghị định 86/2023/NĐ-CP (chưa đối chiếu văn bản)', { kind: 'qualitative' })],
    uncertain: ['Tiêu chuẩn chi tiết theo Nghị định 86/2023/NĐ-CP chưa được mã hóa: Hội đồng xem xét'],
  });
  return [
    {
      code: 'tt_ldtt',
      subject: 'collective',
      source: d28,
      standards: [
        std('nhiem-vu', 'Hoàn thành tốt nhiệm vụ và kế hoạch được giao', d28, { kind: 'rating', atLeast: 'httnv' }),
        movement(d28),
        std('ldtt', `Có ${shareWords(s.ttLdttShare)} cá nhân trong tập thể đạt danh hiệu Lao động tiên tiến`, d28, { kind: 'member_share', title: 'ldtt', target: pct(s.ttLdttShare) }),
        members(d28),
      ],
      uncertain: ['Tỷ lệ LĐTT và mức kỷ luật là thiết lập (Luật 2003 sửa đổi 2013, chưa đối chiếu Luật 2022)'],
    },
    {
      code: 'tt_ldxs',
      subject: 'collective',
      source: d27,
      standards: [
        std('nhiem-vu', 'Hoàn thành xuất sắc nhiệm vụ và kế hoạch được giao', d27, { kind: 'rating', atLeast: 'htxsnv' }),
        movement(d27),
        std('hoan-thanh', '100% cá nhân trong tập thể hoàn thành nhiệm vụ được giao', d27, { kind: 'member_share', title: null, rating: 'htnv', target: { measure: 'percent', comparator: 'gte', value: 100 } }),
        std('ldtt', `Có ${shareWords(s.ttLdxsShare)} cá nhân trong tập thể đạt danh hiệu Lao động tiên tiến`, d27, { kind: 'member_share', title: 'ldtt', target: pct(s.ttLdxsShare) }),
        std('cstdcs', 'Có cá nhân đạt danh hiệu Chiến sĩ thi đua cơ sở', d27, { kind: 'member_share', title: 'cstdcs', target: { measure: 'count', comparator: 'gte', value: 1 } }),
        members(d27),
      ],
      uncertain: ['Tỷ lệ LĐTT và mức kỷ luật là thiết lập (Luật 2003 sửa đổi 2013, chưa đối chiếu Luật 2022)'],
    },
    {
      code: 'co_thi_dua_tinh',
      subject: 'collective',
      source: art(era, 'Điều 26', false),
      standards: [
        std('nhiem-vu', 'Hoàn thành xuất sắc, toàn diện nhiệm vụ', art(era, 'Điều 26', false), { kind: 'rating', atLeast: 'htxsnv' }),
        std('dan-dau', 'Là tập thể tiêu biểu xuất sắc, dẫn đầu cụm, khối thi đua của bộ, ngành, tỉnh', art(era, 'Điều 26', false), { kind: 'qualitative' }),
        members(art(era, 'Điều 26', false)),
      ],
      uncertain: ['Tiêu chuẩn theo hiểu biết chung (Thông tư 08/2017 Điều 8), chưa đối chiếu'],
    },
    {
      code: 'co_thi_dua_cp',
      subject: 'collective',
      source: art(era, 'Điều 25'),
      standards: [
        std('nhiem-vu', 'Hoàn thành xuất sắc, toàn diện nhiệm vụ', art(era, 'Điều 25'), { kind: 'rating', atLeast: 'htxsnv' }),
        std('dan-dau', 'Tiêu biểu xuất sắc trong số các tập thể dẫn đầu cụm, khối thi đua của bộ, ngành, tỉnh; hoặc dẫn đầu phong trào thi đua từ 05 năm trở lên do Thủ tướng phát động', art(era, 'Điều 25'), {
          kind: 'qualitative',
        }),
      ],
      uncertain: [],
    },
    community('xa_tieu_bieu', 'Đạt các tiêu chuẩn xã, phường, thị trấn tiêu biểu (kinh tế - xã hội, quốc phòng - an ninh, đời sống văn hóa)'),
    community('thon_van_hoa', 'Đạt các tiêu chuẩn thôn, tổ dân phố văn hóa (đời sống kinh tế, văn hóa, môi trường, an ninh, trật tự)'),
    community('gia_dinh_van_hoa', 'Đạt các tiêu chuẩn gia đình văn hóa (gương mẫu chấp hành pháp luật, hòa thuận, tham gia phong trào ở khu dân cư)'),
  ];
}
