import type { PlanContentInput } from '../../modules/movements/model/plan-content.schema';
import type { ReformArea } from '../../modules/movements/model/vocab';
import { bullets, item, labelled } from './items';
import { seed001Outline } from './seed-001-outline';
import { decision001, references001, signer001 } from './seed-001-decision';
import type { SeedPlan } from './types';

/**
 * Seed 001: the Kế hoạch "Đẩy mạnh cải cách hành chính xã Trà Lâm năm 2024" issued by Quyết định
 * 54/QĐ-UBND ngày 18/3/2024 of the Chủ tịch UBND xã Trà Lâm (huyện Trà Bồng, tỉnh Quảng Ngãi).
 *
 * Status: a plan for the year 2024, ended 31/12/2024; by the demo's today (23/11/2026) it is long
 * over (and the huyện level itself ended on 01/7/2025), so the movement is 'closed'.
 */
const source = '001_fa567a1bbf32afd0.txt';

type Criterion = NonNullable<PlanContentInput['criteria']>[number];
/** "100%", "từ 80% trở lên", "tối thiểu 90%": all at least the value. */
const percent = (key: string, label: string, text: string, indicator: string, value: number, reformArea: ReformArea, extra: Partial<Criterion> = {}): Criterion => ({
  key,
  label,
  text,
  indicator,
  target: { measure: 'percent', comparator: 'gte', value },
  reformArea,
  ...extra,
});

// e) and k) each state two targets in one paragraph: two criteria (e-1/e-2, k-1/k-2) keep the
// label as printed, and the outline prints the paragraph once with both as refs.
export const criteria001: Criterion[] = [
  {
    key: 'a',
    label: 'a)',
    // "Phần đầu" (for "Phấn đấu") as written.
    text: 'Phần đầu Chỉ số cải cách hành chính (sau đây viết tắt là CCHC) của xã tăng theo từng năm năm 2024 xếp thứ hạng thứ 5-6/16 xã, thị trấn.',
    indicator: 'Thứ hạng Chỉ số CCHC của xã trong 16 xã, thị trấn của huyện',
    index: 'CCHC',
    target: { measure: 'rank', comparator: 'between', value: 5, upper: 6, of: 16 },
    reformArea: 'chi_dao_dieu_hanh',
  },
  percent(
    'b',
    'b)',
    'Hằng năm 100% văn bản quy phạm pháp luật được ban hành đúng quy định, tiến độ; bảo đảm yêu cầu về chất lượng, tính khả thi.',
    'Tỷ lệ văn bản quy phạm pháp luật ban hành đúng quy định, tiến độ',
    100,
    'the_che',
  ),
  percent(
    'c',
    'c)',
    'Tối thiểu 100% hồ sơ giải quyết thủ tục hành chính được luân chuyển trong nội bộ giữa các cơ quan có thẩm quyền giải quyết hoặc các cơ quan có liên quan được thực hiện bằng phương thức điện tử.',
    'Tỷ lệ hồ sơ TTHC luân chuyển nội bộ bằng phương thức điện tử',
    100,
    'chinh_phu_so',
  ),
  percent(
    'd',
    'd)',
    'Các TTHC có nghĩa vụ thanh toán được triển khai thanh toán trực tuyến đảm bảo tỷ lệ giao dịch thanh toán trực tuyến đạt từ 80% trở lên.',
    'Tỷ lệ giao dịch thanh toán trực tuyến',
    80,
    'chinh_phu_so',
  ),
  percent(
    'e-1',
    'e)',
    '100% văn bản trao đổi giữa các cơ quan Nhà nước được thực hiện dưới dạng điện tử, được ký số bởi chữ ký số chuyên dùng (trừ văn bản mật theo quy định của pháp luật).',
    'Tỷ lệ văn bản trao đổi dưới dạng điện tử, ký số chuyên dùng',
    100,
    'chinh_phu_so',
  ),
  percent('e-2', 'e)', '100% thủ tục hành chính được công bố, công khai và cập nhật kịp thời.', 'Tỷ lệ TTHC được công bố, công khai, cập nhật kịp thời', 100, 'tthc'),
  percent(
    'g',
    'g)',
    '100% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng (trừ hồ sơ công việc thuộc phạm vi bí mật Nhà nước).',
    'Tỷ lệ hồ sơ công việc xử lý trên môi trường mạng',
    100,
    'chinh_phu_so',
  ),
  percent(
    'h',
    'h)',
    '100% thủ tục hành chính có đủ điều kiện, được cung cấp trực tuyến mức một phần và toàn trình.',
    'Tỷ lệ TTHC đủ điều kiện được cung cấp trực tuyến một phần và toàn trình',
    100,
    'chinh_phu_so',
  ),
  percent(
    'k-1',
    'k)',
    '100% cán bộ, công chức được tập huấn, bồi dưỡng, phổ cập kỹ năng số cơ bản',
    'Tỷ lệ cán bộ, công chức được phổ cập kỹ năng số cơ bản',
    100,
    'chinh_phu_so',
  ),
  percent(
    'k-2',
    'k)',
    '50% cán bộ, công chức được tập huấn, bồi dưỡng kỹ năng phân tích, khai thác dữ liệu và công nghệ số.',
    'Tỷ lệ cán bộ, công chức được bồi dưỡng kỹ năng phân tích, khai thác dữ liệu và công nghệ số',
    50,
    'chinh_phu_so',
  ),
  percent(
    'l',
    'l)',
    'Mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước đạt tối thiểu 90%.',
    'Mức độ hài lòng của người dân, tổ chức (SIPAS)',
    90,
    'tthc',
    { index: 'SIPAS' },
  ),
];

const awardSentence =
  'Tổ chức, đơn vị, cá nhân có thành tích trong công tác CCHC được UBND xã được UBND xã khen thưởng hoặc đề nghị cấp thẩm quyền khen thưởng theo quy định của Luật Thi đua – Khen thưởng.';

export const responsibilityTexts001 = {
  hdTdkt: [
    'Hội đồng Thi đua - Khen thưởng xã tổ chức triển khai thực hiện Phong trào thi đua CCHC; lấy kết quả thực hiện phong trào thi đua là nội dung quan trọng để đánh giá, xét thi đua khen thưởng hàng năm đối với tập thể, cá nhân.',
    'Không xét, đề nghị khen thưởng thường xuyên hàng năm (khen thưởng công trạng và thành tích đạt được) đối với tập thể cơ quan, đơn vị và cá nhân người không đạt yêu cầu.',
  ],
  vptk: [
    // "Thông kê" as written.
    'Giao Văn phòng – Thông kê xã phối hợp với các ban, ngành có liên quan có trách nhiệm tham mưu triển khai thực hiện Kế hoạch này; thường xuyên theo dõi, hướng dẫn, đôn đốc các ban, ngành thực hiện phong trào thi đua đạt hiệu quả.',
    'Tham mưu UBND xã tổng kết phong trào thi đua gắn với tổng kết thực hiện Kế hoạch CCHC; nâng cao thứ hạng các chỉ số CCHC, hiệu quả quản trị và hành chính công, năng lực cạnh tranh cấp xã giai đoạn 2021-2025. Hướng dẫn công tác khen thưởng, tổng hợp hồ sơ trình Chủ tịch UBND xã khen thưởng và đề nghị cấp trên khen thưởng theo quy định. Kịp thời phát hiện, đề nghị biểu dương, khen thưởng, nhân rộng các điển hình tiên tiến, gương người tốt, việc tốt, các mô hình tiêu biểu, những cách làm hay trong Phong trào thi đua CCHC.',
  ],
  mttq: [
    'Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội xã phát huy sức mạnh khối đại đoàn kết toàn dân trong việc tuyên truyền, vận động hội viên, đoàn viên, người lao động và các tầng lớp Nhân dân trong xã tích cực hưởng ứng, thực hiện Phong trào thi đua CCHC đạt được hiệu quả thiết thực, góp phần thực hiện thắng lợi các nhiệm vụ, chỉ tiêu phát triển kinh tế - xã hội, bảo đảm quốc phòng - an ninh.',
  ],
  vhxh: [
    'Giao Công chức Văn hóa – Xã hội xã phối hợp với Đài truyền thanh xã tăng cường công tác tuyên truyền, đưa thông tin và nêu gương điển hình tiên tiến, mô hình mới, cách làm hay trong Phong trào thi đua CCHC.',
  ],
};
const tasks = (paragraphs: string[]) => paragraphs.map((p) => item(null, p));

export const seed001: SeedPlan = {
  source,
  ownerUnitCode: 'QNG-TRABONG-TRALAM',
  status: 'closed',
  unitCodes: {
    responsibilities: { vptk: 'QNG-TRABONG-TRALAM-VPTK', mttq: 'QNG-TRABONG-TRALAM-MTTQ', vhxh: 'QNG-TRABONG-TRALAM-VHXH' },
    awards: { 'ubnd-xa': 'QNG-TRABONG-TRALAM' },
  },
  content: {
    kind: 'chuyen_de',
    header: {
      // The plan is an annex of the decision: it has no number of its own and is signed through the
      // decision (no signature block of its own in the text), so it carries the decision's date and
      // signer and no recipients. The document renderer prints its caption from `decision`.
      parentBody: 'UBND HUYỆN TRÀ BỒNG',
      issuerName: 'UBND XÃ TRÀ LÂM',
      number: null,
      place: null,
      issuedOn: '2024-03-18',
      signer: signer001,
      recipients: [],
    },
    title: 'Phát động và triển khai phong trào thi đua “Đẩy mạnh cải cách hành chính xã Trà Lâm năm 2024”',
    decision: decision001,
    references: references001,
    preamble: [
      'Nhằm tạo sự chuyển biến mạnh mẽ trong công tác cải cách hành chính (CCHC), góp phần triển khai thực hiện có hiệu quả Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể CCHC nhà nước giai đoạn 2021-2030; Nghị quyết số 04-NQ/TU ngày 18/10/2021 của Hội nghị Tỉnh ủy lần thứ 5 khóa XX và Nghị quyết số 93/NQ-HĐND ngày 08/12/2021 của HĐND tỉnh về đẩy mạnh CCHC; nâng cao thứ hạng các chỉ số CCHC, hiệu quả quản trị và hành chính công, năng lực cạnh tranh cấp tỉnh giai đoạn 2021-2025; Quyết định số 1256/QĐ-UBND ngày 22/12/2021 của UBND tỉnh ban hành Kế hoạch CCHC, nâng cao thứ hạng các chỉ số CCHC, hiệu quả quản trị và hành chính công, năng lực cạnh tranh cấp tỉnh giai đoạn 2021-2025, Quyết định số 6325/QĐ-UBND ngày 25/12/2023 của Chủ tịch UBND huyện Trà Bồng về ban hành kế hoạch cải cách hành chính năm 2024, Quyết định số 6400/QĐ-UBND ngày 28/12/2021 của UBND huyện Trà Bồng ban hành Kế hoạch cải cách hành chính; nâng cao thứ hạng các chỉ số cải cách hành chính, hiệu quả quản trị và hành chính công, năng lực cạnh tranh cấp huyện giai đoạn 2021-2025; Quyết định số 04/QĐ-UBND ngày 03/01/2024 về ban hành Kế hoạch cải cách hành chính trên địa bàn xã Trà Lâm năm 2024; Quyết định số 196/QĐ-UBND ngày 31/12/2021 của UBND xã Trà Lâm về việc Ban hành Kế hoạch cải cách hành chính, nâng cao thứ hạng các chỉ số cải cách hành chính, hiệu quả quản trị hành chính công, năng lực cạnh tranh cấp xã giai đoạn 2021 - 2025; Căn cứ Quyết định 61/QĐ-UBND ngày 04/4/2022 của UBND xã Trà Lâm về việc Ban hành Kế hoạch phát động và triển khai phong trào thi đua “Đẩy mạnh cải cách hành chính xã Trà Lâm giai đoạn 2021-2025”.',
      'và các quyết định kế hoạch của UBND xã Trà Lâm về chỉ đạo công tác CCHC.',
      'UBND xã ban hành Kế hoạch phát động và triển khai Phong trào thi đua “Đẩy mạnh cải cách hành chính xã Trà Lâm năm 2024” (sau đây gọi tắt là Phong trào thi đua CCHC), cụ thể như sau:',
    ],
    purposes: bullets(
      // "Phần đầu" and the rank 5-6/16 as written; criterion a) holds the target.
      'Để tạo động lực đẩy mạnh CCHC, thúc đẩy tinh thần thi đua đổi mới sáng tạo, nâng cao thứ hạng các chỉ số CCHC, hiệu quả quản trị và hành chính công, năng lực cạnh tranh cấp xã trong từng năm 2024. Phần đầu nâng cao Chỉ số cải cách hành chính của xã tăng thứ hạng năm 2024 xếp thứ hạng thứ 5-6/16 xã, thi trần, góp phần thực hiện thắng lợi các nhiệm vụ phát triển kinh tế - xã hội, quốc phòng, an ninh của xã năm 2024 và các năm tiếp theo.',
      'Nâng cao ý thức, trách nhiệm, đạo đức công vụ của đội ngũ cán bộ, công chức, nhất là người đứng đầu các cơ quan, đơn vị trong công tác lãnh đạo, chỉ đạo và tổ chức thực hiện đạt hiệu quả cao các nhiệm vụ CCHC, phục vụ ngày càng tốt hơn nhu cầu của tổ chức, người dân và doanh nghiệp.',
      'Kịp thời biểu dương, tôn vinh, khen thưởng những tập thể, cá nhân có sáng tạo trong thực hiện Phong trào thi đua CCHC và đạt được thành tích tiêu biểu xuất sắc, qua đó phát hiện, nhân rộng những cách làm hay, mô hình mới hiệu quả, những điển hình tiên tiến, tạo sự lan tỏa trong toàn xã.',
    ),
    requirements: bullets(
      'Phong trào thi đua CCHC phải được triển khai rộng khắp, thường xuyên, liên tục, thực sự đi vào thực tế, tạo khí thế thi đua sôi nổi trong toàn thể cán bộ, công chức, phát huy tinh thần đoàn kết, sức sáng tạo, nỗ lực vươn lên của các tập thể, cá nhân, phấn đấu hoàn thành xuất sắc nhiệm vụ được giao.',
      'Gắn việc tổ chức triển khai thực hiện Phong trào thi đua CCHC với việc thực hiện phong trào thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế-xã hội năm 2024 và các phong trào thi đua khác, nhất là phong trào thi đua “Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở”, “Dân vận khéo trong cơ quan hành chính Nhà nước”...',
      'Công tác bình xét thi đua, khen thưởng phải bảo đảm kịp thời, dân chủ, khách quan, công khai, đúng đối tượng, tiêu chuẩn và thành tích đạt được của tập thể, cá nhân trong phong trào thi đua. Khen thưởng phải gắn với thi đua và kiểm điểm, đánh giá kết quả thực hiện nhiệm vụ CCHC và các chỉ số CCHC năm 2024 của xã.',
    ),
    // The text has no "Thời gian" section: the title says "năm 2024" and Điều 2 "kể từ ngày ký".
    period: { start: { kind: 'on_issue' }, end: '2024-12-31', text: null },
    subjects: {
      collective: {
        label: 'a)',
        text: 'Tập thể: Các cơ quan, ban, ngành xã; Mặt trận Tổ quốc và các tổ chức chính trị - xã hội xã; (gọi chung là các cơ quan, đơn vị).',
        // The ban, ngành are 'phong' (and the Đài Truyền thanh, 'khac'); Mặt trận and đoàn thể.
        unitKinds: ['phong', 'khac', 'mttq', 'doan_the'],
      },
      individual: {
        label: 'b)',
        text: 'Cá nhân: Cán bộ, công chức, người hoạt động không chuyên trách cấp xã.',
        personCategories: ['can_bo', 'cong_chuc', 'khong_chuyen_trach'],
      },
    },
    contents: contents001(),
    solutions: labelled([
      [
        '1.',
        'Thường xuyên tổ chức các hoạt động tuyên truyền chủ trương của Đảng, chính sách, pháp luật của Nhà nước; các văn bản chỉ đạo, điều hành của Chính phủ, Thủ tướng Chính phủ, của Tỉnh ủy, HĐND, UBND tỉnh, của Huyện ủy, HĐND, UBND huyện và Đảng ủy, UBND xã về đẩy mạnh CCHC. Tạo sự chuyển biến sâu sắc trong nhận thức của cán bộ, công chức về ý nghĩa, tầm quan trọng và trách nhiệm của từng cán bộ, công chức trong việc nâng cao chất lượng, thứ bậc xếp hạng chỉ số CCHC.',
      ],
      [
        '2.',
        'Nâng cao vai trò lãnh đạo của cấp ủy đảng, sự chỉ đạo, điều hành, tính năng động, sáng tạo của người đứng đầu các ban, ngành trong thực hiện CCHC, đảm bảo tính thống nhất, có trọng tâm, trọng điểm, sâu sát, quyết liệt, hiệu lực, hiệu quả.',
      ],
      [
        '3.',
        'Nâng cao chất lượng đội ngũ cán bộ, công chức làm công tác CCHC, chú trọng công tác đào tạo, bồi dưỡng kiến thức chuyên môn và kỹ năng mềm cho đội ngũ cán bộ, công chức. Thực hiện tốt chủ trương đổi mới thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính theo hướng nâng cao chất lượng phục vụ, tăng cường ứng dụng công nghệ thông tin, giảm thời gian, chi phí xã hội và tạo thuận lợi cho người dân, doanh nghiệp.',
      ],
      [
        '4.',
        'Tăng cường công tác kiểm tra, giám sát, theo dõi, đánh giá quá trình triển khai thực hiện công tác CCHC; phát huy vai trò giám sát của Ủy ban Mặt trận Tổ quốc Việt Nam xã và thông tin phản ánh của các tổ chức, người dân đối với công tác CCHC, tinh thần, thái độ phục vụ của cán bộ, công chức; ưu tiên bố trí đủ nguồn lực tài chính cho công tác CCHC.',
      ],
    ]),
    criteriaIntro:
      'Căn cứ chức năng, nhiệm vụ được giao, các cơ quan, ban ngành thi đua đẩy mạnh CCHC, tiếp tục củng cố và giữ vững, nâng cao những chỉ số, chỉ số thành phần đã đạt kết quả khá, tốt trong thời gian qua; có giải pháp hữu hiệu để nâng cao điểm số các chỉ số còn đạt thấp, góp phần cùng cả huyện hoàn thành các chỉ tiêu sau:',
    criteria: criteria001,
    // The heading names "TIÊU CHUẨN KHEN THƯỞNG" but the text states no standard: none are invented.
    standards: {},
    awards: [
      {
        // What UBND xã may grant under Luật Thi đua, khen thưởng 2022 is the Giấy khen of its Chủ tịch
        // (V.2: "trình Chủ tịch UBND xã khen thưởng"); the name stays the text's words.
        key: 'ubnd-xa',
        text: awardSentence,
        form: 'giay_khen',
        name: 'UBND xã khen thưởng',
        grantor: { title: 'Chủ tịch UBND xã' },
        recipients: 'both',
        occasion: 'final',
        quota: { mode: 'none' },
      },
      {
        key: 'cap-tham-quyen',
        text: awardSentence,
        form: 'khac',
        name: 'đề nghị cấp thẩm quyền khen thưởng',
        grantor: { title: 'cấp thẩm quyền' },
        recipients: 'both',
        occasion: 'final',
        quota: { mode: 'none' },
      },
    ],
    deadlines: [
      {
        // "hàng năm báo cáo kết quả": a yearly report with no date; the xã announces it.
        key: 'bao-cao-hang-nam',
        title: 'Báo cáo kết quả thực hiện phong trào thi đua CCHC hằng năm',
        kind: 'submit_report',
        due: { kind: 'announced_later' },
        responsible: { text: 'các ban, ngành; các tổ chức, cá nhân liên quan', unitKinds: ['phong', 'khac', 'mttq', 'doan_the'] },
        recipient: 'UBND xã (qua Văn phòng – Thống kê xã)',
        text: 'hàng năm báo cáo kết quả thực hiện về UBND xã (qua Văn phòng – Thống kê xã) để tổng hợp, báo cáo Chủ tịch UBND xã theo dõi, chỉ đạo',
      },
    ],
    responsibilities: [
      // The council is no unit of the demo; the sentence names it as the one that organises.
      { key: 'hd-tdkt', label: '1.', unitText: 'Hội đồng Thi đua - Khen thưởng xã', tasks: tasks(responsibilityTexts001.hdTdkt) },
      { key: 'vptk', label: '2.', unitText: 'Văn phòng – Thông kê xã', unitKinds: ['phong'], tasks: tasks(responsibilityTexts001.vptk) },
      {
        key: 'mttq',
        label: '3.',
        unitText: 'Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội xã',
        unitKinds: ['mttq', 'doan_the'],
        tasks: tasks(responsibilityTexts001.mttq),
      },
      // With the Đài truyền thanh xã, which the same sentence names as partner.
      { key: 'vhxh', label: '4.', unitText: 'Công chức Văn hóa – Xã hội xã', unitKinds: ['phong'], tasks: tasks(responsibilityTexts001.vhxh) },
    ],
    cascade: {},
    closing:
      'Yêu cầu các ban, ngành; các tổ chức, cá nhân liên quan nghiêm túc tổ chức triển khai thực hiện Kế hoạch này, hàng năm báo cáo kết quả thực hiện về UBND xã (qua Văn phòng – Thống kê xã) để tổng hợp, báo cáo Chủ tịch UBND xã theo dõi, chỉ đạo./.',
    outline: seed001Outline(criteria001, awardSentence, responsibilityTexts001),
  },
};

function contents001(): NonNullable<PlanContentInput['contents']> {
  const c = (key: string, label: string, reformAreas: ReformArea[], text: string) => ({ key, label, text, reformAreas });
  return [
    c(
      'a',
      'a)',
      ['tuyen_truyen', 'cong_vu'],
      'Thi đua thực hiện đổi mới trong công tác tuyên truyền chủ trương của Đảng, chính sách, pháp luật của Nhà nước về CCHC, Nghị quyết của Chính phủ, Tỉnh ủy, HĐND tỉnh, Huyện ủy, HĐND, UBND huyện và các Kế hoạch của UBND xã về nhiệm vụ CCHC, để nâng cao ý thức, trách nhiệm, đạo đức công vụ của đội ngũ cán bộ, công chức, nhất là người đứng đầu các cơ quan, đơn vị trong thực thi công vụ, góp phần nâng cao chất lượng phục vụ người dân, doanh nghiệp.',
    ),
    c(
      'b',
      'b)',
      ['tthc', 'chinh_phu_so'],
      'Thi đua thực hiện tốt các nhiệm vụ được giao tại Quyết định số 196/QĐ-UBND ngày 31/12/2021 của UBND xã Trà Lâm về việc Ban hành Kế hoạch cải cách hành chính, nâng cao thứ hạng các chỉ số cải cách hành chính, hiệu quả quản trị hành chính công, năng lực cạnh tranh cấp xã giai đoạn 2021 - 2025; Quyết định số 04/QĐ-UBND ngày 03/01/2024 về ban hành Kế hoạch cải cách hành chính trên địa bàn xã Trà Lâm năm 2024. Thực hiện lấy sự hài lòng của người dân và doanh nghiệp khi yêu cầu giải quyết các hồ sơ thủ tục hành chính và sử dụng các dịch vụ công thuộc thẩm quyền giải quyết của UBND xã làm thước đo đánh giá chất lượng hoạt động của tổ chức, cá nhân trong thực hiện nhiệm vụ CCHC. Tăng tỷ lệ giải quyết hồ sơ thủ tục hành chính đúng và trước hạn; nâng cao tỷ lệ người dân và doanh nghiệp tham gia sử dụng dịch vụ công trực tuyến một phần và toàn trình tại địa phương.',
    ),
    c(
      'c',
      'c)',
      ['chinh_phu_so', 'tthc'],
      'Thi đua trong việc nghiên cứu, đề xuất các sáng kiến, giải pháp, cách làm mới, sáng tạo trong thực hiện nhiệm vụ CCHC; đặc biệt là các giải pháp ứng dụng công nghệ thông tin vào công tác quản lý, điều hành giải quyết thủ tục hành chính ở các cơ quan hành chính Nhà nước, tạo sự chuyển biến có tính đột phá, mang lại hiệu quả thiết thực, nâng cao các chỉ số CCHC của xã, sự hài lòng của tổ chức, cá nhân và doanh nghiệp đối với sự phục vụ của UBND xã Trà Lâm.',
    ),
    c(
      'd',
      'd)',
      ['tai_chinh_cong', 'chinh_phu_so'],
      'Thi đua hoàn thành vượt mức các chỉ tiêu, nhiệm vụ về phát triển kinh tế - xã hội, tăng thu ngân sách. Hoàn thành thực hiện giải ngân kế hoạch đầu tư vốn ngân sách Nhà nước năm 2024; 100% vốn đầu tư được phân bổ kịp thời, đúng nguyên tắc. Xây dựng kế hoạch và các giải pháp thúc đẩy tiến trình chuyển đổi số, gắn kết chặt chẽ với cải cách hành chính, xây dựng chính quyền điện tử.',
    ),
  ];
}
