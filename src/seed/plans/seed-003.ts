import { item } from './items';
import type { SeedPlan } from './types';

/**
 * Seed 003 (../shared/seeds/003_01449c1526a0dd33.txt): Kế hoạch 369/KH-UBND ngày 09/7/2015 of UBND xã
 * Mỹ Thạnh (huyện Giồng Trôm), "năm 2015 và những năm tiếp theo", ending at the end of 2020.
 * The plan has no "Đối tượng" section: its subjects are taken from the people it launches the movement
 * for (Yêu cầu) and the bodies its closing sentence addresses, and are not printed.
 * Everything in section II is a content of the movement, including the bullets of II.2 around the
 * period, so the outline places each one by key and the period between them, as written.
 * Awards and deadlines are stated in prose bullets; the outline prints the bullets and names the
 * elements they state.
 */
const initiativeBullet =
  'Trong thực hiện cải cách thủ tục hành chính và cải cách chế độ công vụ, công chức hàng năm cán bộ, công chức hoặc người hoạt động không chuyên trách có sáng kiến giảm thủ tục hành chính, thành phần hồ sơ, rút ngắn thời gian thủ tục được cơ quan có thẩm quyền chấp thuận thì được xem xét khen thưởng chuyên đề theo mức độ thành tích đạt được và theo thẩm quyền của các cấp.';
const communeAward = 'Tổng kết phong trào thi đua đẩy mạnh công tác CCHC hàng năm sẽ chọn 01 tập thể, 03 cá nhân đề nghị về Ủy ban nhân dân xã khen thưởng';
const districtAward =
  'Hội đồng Thi đua, khen thưởng xã sẽ xét chọn 01 tập thể, 01 cá nhân thực hiện công tác CCHC đạt hiệu quả đề nghị về Phòng Nội vụ huyện xét khen thưởng';
const deadlineText = 'Thời gian đề nghị khen thưởng gửi về xã chậm nhất là ngày 25 tháng 11 và về huyện là ngày 10 tháng 12 hàng năm.';
const communeUnits = ['phong', 'mttq', 'doan_the', 'ap'] as const;

const tasks = {
  ubnd: 'Ủy ban nhân dân xã sẽ tổ chức triển khai thực hiện tốt kế hoạch.',
  radio:
    'Đài truyền thanh xã, tổ thông tin các ấp phối hợp tăng cường công tác viết tin, bài về thành quả đạt được qua phong trào thi đua đẩy mạnh CCHC gắn với việc học tập và làm theo tấm gương đạo đức Hồ Chí Minh; lập thành tích chào mừng Đại hội Đảng các cấp, các ngày lễ, các sự kiện trọng đại của đất nước; nêu gương điển hình tiên tiến cho những tập thể, cá nhân thực hiện tốt công tác CCHC.',
  front:
    'Đề nghị Ủy ban Mặt trận tổ quốc xã vận động các ngành đoàn thể, các tổ chức chính trị, xã hội đẩy mạnh công tác tuyên truyền, phổ biến sâu rộng về tầm quan trọng, ý nghĩa, mục tiêu, tác động của công tác CCHC đến phát triển kinh tế, xã hội; các quan điểm, chủ trương của Đảng, chính sách pháp luật của Nhà nước về công tác CCHC đến tất cả các cơ quan, tổ chức và nhân dân; phát huy dân chủ, đề cao việc thực hiện quyền giám sát của Mặt trận tổ quốc, các Đoàn thể và nhân dân đối với hoạt động của bộ máy hành chính xã, nhất là đánh giá tinh thần, thái độ phục vụ của cán bộ, công chức trong thực thi công vụ.',
  office:
    'Công chức Văn phòng – Thống kê phụ trách nội vụ tham mưu theo dõi, đôn đốc việc triển khai thực hiện kế hoạch; tổng hợp báo cáo sơ, tổng kết đánh giá kết quả thực hiện phong trào thi đua, đề xuất biểu dương khen thưởng kịp thời cho những tập thể, cá nhân điển hình, tiêu biểu của phong trào thi đua đẩy mạnh công tác CCHC năm 2015 và những năm tiếp theo.',
};

const dash = (text: string) => item('-', text);
const XA = 'BTE-GIONGTROM-MYTHANH';

/**
 * Status: the movement ended with 2020, long before the demo's today (23/11/2026): closed.
 * The plan names no award form: UBND xã grants a Giấy khen (Luật Thi đua, khen thưởng) and the huyện
 * level is reached through Phòng Nội vụ huyện; the names keep the text's words.
 */
export const seed003: SeedPlan = {
  source: '003_01449c1526a0dd33.txt',
  ownerUnitCode: XA,
  status: 'closed',
  unitCodes: {
    responsibilities: {
      'ubnd-xa': XA,
      'dai-truyen-thanh': `${XA}-DTT`,
      mttq: `${XA}-MTTQ`,
      'van-phong-thong-ke': `${XA}-VPTK`,
    },
    awards: { 'khen-thuong-xa': XA, 'khen-thuong-huyen': 'BTE-GIONGTROM' },
    deadlines: { 'de-nghi-huyen': [XA] },
  },
  content: {
    kind: 'chuyen_de',
    header: {
      parentBody: null,
      issuerName: 'ỦY BAN NHÂN DÂN XÃ MỸ THẠNH',
      number: '369/KH-UBND',
      place: 'Mỹ Thạnh',
      issuedOn: '2015-07-09',
      signer: { capacity: null, authority: null, title: 'CHỦ TỊCH', name: 'Phạm Thanh Diễn' },
      recipients: [
        'Phòng Nội vụ huyện;',
        'TT.Đảng ủy-HĐND xã;',
        'Chủ tịch, các phó Chủ tịch;',
        'Các ngành Đoàn thể;',
        'HĐTĐKT xã;',
        'Trưởng các ấp;',
        'Lưu: VT, viet.27b.',
      ],
    },
    title: 'Về việc phát động phong trào thi đua đẩy mạnh cải cách hành chính năm 2015 và những năm tiếp theo trên địa bàn xã Mỹ Thạnh',
    references: [
      {
        key: 'kh-1716-ubnd',
        relation: 'implements',
        documentType: 'KH',
        number: '1716/KH-UBND',
        issuedOn: '2015-06-29',
        issuer: 'Ủy ban nhân dân huyện Giồng Trôm',
        title: 'về việc phát động phong trào thi đua đẩy mạnh cải cách hành chính năm 2015 và những năm tiếp theo trên địa bàn huyện Giồng Trôm',
      },
    ],
    preamble: [
      'Thực hiện Kế hoạch số 1716/KH-UBND ngày 29 tháng 6 năm 2015 của Ủy ban nhân dân huyện Giồng Trôm về việc phát động phong trào thi đua đẩy mạnh cải cách hành chính năm 2015 và những năm tiếp theo trên địa bàn huyện Giồng Trôm;',
      'Ủy ban nhân dân xã Mỹ Thạnh xây dựng kế hoạch phát động phong trào thi đua đẩy mạnh cải cách hành chính năm 2015 và những năm tiếp theo trên địa bàn xã gồm những nội dung cụ thể sau:',
    ],
    purposes: [
      dash(
        'Nâng cao nhận thức của đội ngũ cán bộ, công chức, người hoạt động không chuyên trách về vai trò, ý nghĩa, tầm quan trọng của công tác cải cách hành chính (CCHC) đối với sự phát triển kinh tế - xã hội; phát huy tính năng động, sáng tạo của cán bộ, công chức nhằm nâng cao chất lượng, hiệu quả công việc, góp phần xây dựng một nền hành chính “chuyên nghiệp, trách nhiệm, năng động, minh bạch, hiệu quả” hướng đến mục tiêu “dân giàu, nước mạnh, dân chủ, công bằng, văn minh”.',
      ),
      dash(
        'Thực hiện có hiệu quả Chỉ thị, Kế hoạch, Chương trình về công tác cải cách hành chính và thực hiện các nội dung cải cách hành chính từng năm, từng giai đoạn của Ủy ban nhân dân tỉnh, huyện và xã.',
      ),
      dash(
        'Xây dựng nền hành chính dân chủ, minh bạch, hiện đại với bộ máy tin gọn, hoạt động có hiệu lực, hiệu quả; Đội ngũ cán bộ, công chức chuyên nghiệp, có trách nhiệm, năng động nhằm nâng cao mức độ hài lòng của người dân và các tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước cấp xã đáp ứng yêu cầu phát triển kinh tế xã hội xã nhà.',
      ),
    ],
    requirements: [
      dash(
        'Phát động toàn thể cán bộ, công chức, người hoạt động không chuyên trách trong cơ quan, đơn vị tích cực hưởng ứng phong trào thi đua đẩy mạnh cải cách hành chính, thiết thực lập thành tích chào mừng các ngày lễ, các sự kiện trọng đại của đất nước trong năm 2015 và những năm tiếp theo.',
      ),
      dash(
        'Tổ chức phong trào thi đua đẩy mạnh CCHC để cán bộ, công chức, người hoạt động không chuyên trách trong cơ quan khơi dậy lòng yêu nước, tính năng động, sáng tạo, cần cù trong lao động, trong công việc, phát huy mạnh mẽ tinh thần trách nhiệm hết lòng, hết sức phụng sự tổ quốc, phục vụ nhân dân tạo bước đột phá về cải cách hành chính, góp phần quan trọng thực hiện thẳng lợi các chỉ tiêu nghị quyết năm 2015 và kế hoạch phát triển kinh tế - xã hội 5 năm (2015-2020) theo Nghị quyết Đại hội Đảng bộ.',
      ),
      dash(
        'Phong trào thi đua phải được triển khai sâu rộng từ xã đến ấp với nội dung, hình thức phong phú, thiết thực, không phô trương, hình thức, phù hợp với sự chỉ đạo của tỉnh, huyện năm 2015 và những năm tiếp theo.',
      ),
      dash(
        'Việc thực hiện phong trào thi đua đẩy mạnh CCHC phải trở thành nhiệm vụ thường xuyên hàng ngày của cán bộ, công chức, người hoạt động không chuyên trách gắn với việc thực hiện nhiệm vụ chính trị của cơ quan, đơn vị; đưa phong trào thi đua đẩy mạnh CCHC vào tiêu chuẩn nhận xét, đánh giá cán bộ, công chức hàng năm đồng thời tạo được sự đồng thuận tích cực trong cơ quan, đơn vị và nhân dân.',
      ),
      dash(
        'Phát hiện, bồi dưỡng và nhân rộng các điển hình, sáng kiến, sáng tạo, kinh nghiệm, biện pháp, cách làm hay trong thực hiện CCHC; Biểu dương, khen thưởng kịp thời các tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua đẩy mạnh CCHC.',
      ),
      dash('Phong trào thi đua đẩy mạnh CCHC phải được tổ chức triển khai thực hiện nghiêm túc, hiệu quả, thiết thực.'),
    ],
    period: {
      start: { kind: 'date', date: '2015-07-09' },
      end: '2020-12-31',
      recurrence: 'yearly',
      text: 'Thời gian phát động phong trào thi đua đẩy mạnh công tác CCHC năm 2015 là thời gian bắt đầu triển khai kế hoạch này, hàng năm sẽ có kế hoạch phát động thi đua theo những nội dung chuyên đề riêng và được triển khai ngay từ đầu năm và kết thúc phong trào thi đua đẩy mạnh công tác CCHC là đến cuối năm 2020.',
    },
    subjects: {
      collective: { text: 'các ngành, các Đoàn thể, các ấp', unitKinds: [...communeUnits] },
      individual: {
        text: 'cán bộ, công chức, người hoạt động không chuyên trách trong cơ quan, đơn vị',
        personCategories: ['can_bo', 'cong_chuc', 'khong_chuyen_trach'],
      },
    },
    contents: [
      {
        key: 'trong-tam',
        text: 'Xác định cải cách thủ tục hành chính và cải cách chế độ công vụ, công chức là nhiệm vụ quan trọng, thường xuyên, liên tục trong công tác chỉ đạo, điều hành và quán triệt đến từng cán bộ, công chức, người hoạt động không chuyên trách các nội dung này để nâng cao nhận thức và tích cực tham gia thực hiện.',
        reformAreas: ['tthc', 'cong_vu', 'chi_dao_dieu_hanh'],
      },
      {
        key: 'hai-long',
        text: 'Lấy sự hài lòng của người dân đối với chất lượng cung cấp dịch vụ công làm thước đo hiệu quả hoạt động của cơ quan; thực hiện đạt hiệu quả Bộ chỉ số CCHC; khảo sát mức độ hài lòng của tổ chức, cá nhân đối với sự phục vụ của cơ quan để kịp thời chỉ đạo khắc phục những hạn chế, tồn tại.',
        reformAreas: ['chi_dao_dieu_hanh'],
      },
      {
        key: 'tthc',
        label: 'a)',
        title: 'Nội dung về cải cách thủ tục hành chính',
        reformAreas: ['tthc'],
        children: [
          dash(
            'Hàng năm tổ chức rà soát đề kiến nghị đơn giản hóa, rút ngắn thời gian giải quyết thủ tục hành chính, nhất là một số thủ tục hành chính có liên quan đến Tư pháp, Bảo hiểm y tế....',
          ),
          dash(
            'Cập nhật đầy đủ, chính xác, kịp thời các thủ tục hành chính thuộc thẩm quyền giải quyết và công khai tất cả các thủ tục hành chính tại Bộ phận tiếp nhận và trả kết quả của cơ quan, đơn vị.',
          ),
          dash(
            'Bố trí công chức có trình độ, năng lực, có phẩm chất đạo đức tốt vào làm việc tại Bộ phận tiếp nhận và trả kết quả; thường xuyên kiểm tra, giám sát chặt chẽ việc giải quyết thủ tục hành chính đối với cá nhân, tổ chức của công chức tại Bộ phận “một cửa”.',
          ),
          dash(
            'Công khai số điện thoại của Lãnh đạo Ủy ban nhân dân xã tại Bộ phận tiếp nhận và trả kết quả, trên Đài Truyền thanh xã, lắp đặt hòm thư góp ý tại Bộ phận một cửa và văn phòng 6 ấp để tiếp nhận những phản ánh, kiến nghị về các quy định thủ tục hành chính, thái độ phục vụ của công chức tại bộ phận “một cửa” tạo điều kiện để cá nhân, tổ chức giám sát chặt chẽ.',
          ),
          dash('Thực hiện tốt quy trình liên thông nhóm thủ tục hành chính ở lĩnh vực tư pháp-hộ tịch, bảo hiểm y tế và đăng ký quản lý hộ khẩu cho trẻ.'),
        ],
      },
      {
        key: 'cong-vu',
        label: 'b)',
        title: 'Nội dung về cải cách chế độ công vụ, công chức',
        reformAreas: ['cong_vu'],
        children: [
          dash(
            'Quan tâm thực hiện tốt công tác đào tạo, bồi dưỡng chuyên môn nghiệp vụ cho công chức; bố trí công chức phù hợp với chuyên môn, đảm bảo khung năng lực cần có, đảm bảo cho công chức thực hiện đạt hiệu quả nhiệm vụ được giao; đánh giá đúng mức về chất lượng thực thi công vụ của công chức.',
          ),
          dash(
            'Nêu cao tinh thần trách nhiệm của cán bộ lãnh đạo, đổi mới phương pháp lãnh đạo trong chỉ đạo điều hành thực thi công vụ; tăng cường mối quan hệ phối hợp trong thực hiện nhiệm vụ; nâng cao chất lượng, hiệu quả giải quyết công việc; từng bước nâng cao chất lượng đội ngũ cán bộ, công chức.',
          ),
          dash(
            'Quản lý chặt chẽ quá trình thực hiện nhiệm vụ, công vụ của công chức; xem xét đề xuất thay đổi vị trí công tác đối với cán bộ, công chức qua nhận xét, đánh giá cuối năm không đáp ứng được yêu cầu công vụ, nhiệm vụ theo vị trí việc làm.',
          ),
          dash(
            'Cán bộ, công chức, người hoạt động không chuyên trách phải làm tròn chức trách theo vị trí việc làm; giải quyết công việc cho cá nhân, tổ chức phải nhanh chóng, kịp thời, không kéo dài thời gian, không được tự ý đặt ra những quy định trái pháp luật, trái với những quy định của cấp có thẩm quyền để gây khó khăn, phiền hà, những nhiễu cho nhân dân trong thực thi nhiệm vụ, công vụ nhất là trong giải quyết thủ tục hành chính giữa cơ quan hành chính nhà nước với tổ chức và cá nhân.',
          ),
        ],
      },
      {
        key: 'hinh-thuc',
        label: '-',
        text: 'Ủy ban nhân dân xã tăng cường công tác chỉ đạo, điều hành thực hiện công tác CCHC, tổ chức phát động phong trào thi đua đẩy mạnh CCHC năm 2015 và những năm tiếp theo sâu rộng trong nội bộ cơ quan và rộng rãi ra dân với nội dung trọng tâm là cải cách thủ tục hành chính và cải cách công vụ, công chức.',
        reformAreas: ['chi_dao_dieu_hanh', 'tthc', 'cong_vu'],
      },
      {
        key: 'tong-ket',
        label: '-',
        text: 'Hàng năm có tổng kết đánh giá kết quả thực hiện phong trào; tổ chức bình xét khen thưởng và trình cấp trên khen thưởng cho các tổ chức, cá nhân thực hiện công tác CCHC khoa học, linh hoạt, sáng tạo, hiệu quả để nêu gương, học tập, nhân rộng, đồng thời rút ra những kinh nghiệm, hạn chế cần khắc phục và đề ra mục tiêu, nhiệm vụ của phong trào thi đua đẩy mạnh CCHC cho năm sau.',
        reformAreas: ['chi_dao_dieu_hanh'],
      },
    ],
    standards: {
      collective: [],
      individual: [
        {
          key: 'sang-kien-tthc',
          label: '-',
          text: initiativeBullet,
          rule: {
            kind: 'initiative',
            minLevel: 'co_so',
            recognisedBy: 'cơ quan có thẩm quyền',
            subject: 'self',
            text: 'có sáng kiến giảm thủ tục hành chính, thành phần hồ sơ, rút ngắn thời gian thủ tục được cơ quan có thẩm quyền chấp thuận',
          },
        },
      ],
    },
    awards: [
      {
        key: 'chuyen-de-sang-kien',
        label: '-',
        text: initiativeBullet,
        form: 'khac',
        name: 'khen thưởng chuyên đề',
        grantor: { title: 'Cấp có thẩm quyền' },
        recipients: 'individual',
        occasion: 'thematic',
        quota: { mode: 'none', text: 'theo mức độ thành tích đạt được và theo thẩm quyền của các cấp' },
      },
      {
        key: 'khen-thuong-xa',
        label: '-',
        text: communeAward,
        form: 'giay_khen',
        name: 'Ủy ban nhân dân xã khen thưởng',
        grantor: { title: 'Ủy ban nhân dân xã Mỹ Thạnh' },
        recipients: 'both',
        occasion: 'yearly',
        quota: { mode: 'exact', collectives: 1, individuals: 3, text: 'chọn 01 tập thể, 03 cá nhân đề nghị về Ủy ban nhân dân xã khen thưởng' },
        deadlineKeys: ['de-nghi-xa'],
      },
      {
        key: 'khen-thuong-huyen',
        label: '-',
        text: districtAward,
        form: 'giay_khen',
        name: 'Phòng Nội vụ huyện xét khen thưởng',
        grantor: { title: 'Ủy ban nhân dân huyện Giồng Trôm' },
        recipients: 'both',
        occasion: 'yearly',
        quota: {
          mode: 'exact',
          collectives: 1,
          individuals: 1,
          by: 'Hội đồng Thi đua, khen thưởng xã',
          text: 'xét chọn 01 tập thể, 01 cá nhân thực hiện công tác CCHC đạt hiệu quả đề nghị về Phòng Nội vụ huyện xét khen thưởng',
        },
        deadlineKeys: ['de-nghi-huyen'],
      },
    ],
    deadlines: [
      {
        key: 'de-nghi-xa',
        title: 'Gửi đề nghị khen thưởng về xã',
        kind: 'submit_proposal',
        due: { kind: 'yearly', day: 25, month: 11 },
        strict: 'by',
        responsible: { text: 'các ngành, các Đoàn thể, các ấp', unitKinds: [...communeUnits] },
        recipient: 'Ủy ban nhân dân xã',
        text: deadlineText,
      },
      {
        key: 'de-nghi-huyen',
        title: 'Gửi đề nghị khen thưởng về huyện (Phòng Nội vụ huyện)',
        kind: 'submit_proposal',
        due: { kind: 'yearly', day: 10, month: 12 },
        strict: 'by',
        responsible: { text: 'Hội đồng Thi đua, khen thưởng xã', unitKinds: ['xa'] },
        recipient: 'Phòng Nội vụ huyện',
        text: deadlineText,
      },
    ],
    responsibilities: [
      { key: 'ubnd-xa', label: '-', unitText: 'Ủy ban nhân dân xã', unitKinds: ['xa'], tasks: [dash(tasks.ubnd)], deadlineKeys: ['de-nghi-huyen'] },
      { key: 'dai-truyen-thanh', label: '-', unitText: 'Đài truyền thanh xã, tổ thông tin các ấp', unitKinds: ['khac', 'ap'], tasks: [dash(tasks.radio)] },
      { key: 'mttq', label: '-', unitText: 'Ủy ban Mặt trận tổ quốc xã', unitKinds: ['mttq'], tasks: [dash(tasks.front)] },
      {
        key: 'van-phong-thong-ke',
        label: '-',
        unitText: 'Công chức Văn phòng – Thống kê phụ trách nội vụ',
        unitKinds: ['phong'],
        tasks: [dash(tasks.office)],
      },
    ],
    cascade: { unitKinds: [], deadlineKey: null },
    closing:
      'Trên đây là kế hoạch phát động phong trào thi đua đẩy mạnh công tác CCHC của Ủy ban nhân dân xã Mỹ Thạnh báo cáo về Ủy ban nhân dân huyện, phòng Nội vụ huyện năm, theo dõi đồng thời Ủy ban nhân dân xã yêu cầu các ngành, các Đoàn thể, các ấp và cán bộ, công chức nghiêm túc triển khai thực hiện tốt kế hoạch này. /.',
    outline: [
      {
        number: 'I.',
        heading: 'MỤC ĐÍCH YÊU CẦU',
        children: [
          { number: '1.', heading: 'Mục đích', blocks: [{ kind: 'list', list: 'purposes' }] },
          { number: '2.', heading: 'Yêu cầu', blocks: [{ kind: 'list', list: 'requirements' }] },
        ],
      },
      {
        number: 'II.',
        heading: 'NỘI DUNG PHONG TRÀO THI ĐUA',
        children: [
          {
            number: '1.',
            heading: 'Những nội dung cần tập trung thực hiện',
            blocks: ['trong-tam', 'hai-long', 'tthc', 'cong-vu'].map((key) => ({ kind: 'element' as const, list: 'contents' as const, key })),
          },
          {
            number: '2.',
            heading: 'Hình thức, thời gian tổ chức phong trào thi đua',
            blocks: [
              { kind: 'element', list: 'contents', key: 'hinh-thuc' },
              { kind: 'field', field: 'period' },
              { kind: 'element', list: 'contents', key: 'tong-ket' },
            ],
          },
          {
            number: '3.',
            heading: 'Khen thưởng',
            blocks: [
              { kind: 'text', label: '-', text: initiativeBullet, refs: ['awards:chuyen-de-sang-kien', 'standards.individual:sang-kien-tthc'] },
              {
                kind: 'text',
                label: '-',
                text: `${communeAward}, riêng ${districtAward}.`,
                refs: ['awards:khen-thuong-xa', 'quotas:khen-thuong-xa', 'awards:khen-thuong-huyen', 'quotas:khen-thuong-huyen'],
              },
              { kind: 'text', label: '-', text: deadlineText, refs: ['deadlines:de-nghi-xa', 'deadlines:de-nghi-huyen'] },
            ],
          },
        ],
      },
      {
        number: 'III.',
        heading: 'TỔ CHỨC THỰC HIỆN',
        blocks: [
          { kind: 'text', label: '-', text: tasks.ubnd, refs: ['responsibilities:ubnd-xa'] },
          { kind: 'text', label: '-', text: tasks.radio, refs: ['responsibilities:dai-truyen-thanh'] },
          { kind: 'text', label: '-', text: tasks.front, refs: ['responsibilities:mttq'] },
          { kind: 'text', label: '-', text: tasks.office, refs: ['responsibilities:van-phong-thong-ke'] },
        ],
      },
    ],
  },
};
