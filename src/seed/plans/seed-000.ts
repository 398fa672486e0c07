import { standardScales } from '../../modules/movements/model/target';
import { bullets, titled } from './items';
import type { SeedPlan } from './types';

/**
 * Seed 000: Kế hoạch 135/KH-LĐLĐ ngày 03/3/2022 of the Ban Thường vụ LĐLĐ huyện Dương Minh Châu
 * (tỉnh Tây Ninh), under Kế hoạch 301/KH-LĐLĐ of the Ban Thường vụ LĐLĐ tỉnh. It states no
 * criteria, awards, quotas or deadlines; its goals set index targets for the province to 2025.
 *
 * Status: the period ended 31/12/2025, almost a year before the demo's today (23/11/2026), and no
 * later document extends it, so the movement is 'closed' (its final review is the LĐLĐ tỉnh's,
 * not recorded here).
 */
const source = '000_cf2ccd11ccf38346.txt';

const contentText = [
  'Tăng cường sự lãnh đạo, chỉ đạo của các cấp ủy Đảng, chính quyền; sự phối hợp của các cơ quan, đơn vị, địa phương, sự giám sát của Mặt trận Tổ quốc Việt Nam các cấp và nhân dân trong thực hiện công tác cải cách hành chính. Xác định công tác cải cách hành chính thực sự là nhiệm vụ trọng tâm, thường xuyên và là khâu đột phá của huyện.',
  'Đẩy mạnh công tác thông tin, tuyên truyền về cải cách hành chính gắn với nâng cao chất lượng quản trị và hành chính công, công tác thanh tra, kiểm tra, giám sát việc thực hiện công tác cải cách hành chính; kiểm tra việc thực hiện nhiệm vụ, công vụ, kỷ luật, kỷ cương hành chính; văn hóa công vụ, văn hóa giao tiếp với nhân dân.',
  'Nâng cao nhận thức, trách nhiệm của cán bộ, công chức, viên chức đối với công tác cải cách hành chính, đặc biệt là nâng cao trách nhiệm, vai trò chỉ đạo trực tiếp của người đứng đầu các cơ quan, đơn vị, địa phương trong thực hiện công tác cải cách hành chính; thi đua thực hiện có hiệu quả Chỉ thị số 05-CT/TU ngày 20/7/2021 của Ban Thường vụ Tỉnh ủy về việc đẩy mạnh kỷ luật, kỷ cương, trách nhiệm của cán bộ, đảng viên, công chức, viên chức trong thực hiện nhiệm vụ.',
  'Khuyến khích các tổ chức, cá nhân tham gia vào tiến trình cải cách và giám sát chất lượng thực thi công vụ của cán bộ, công chức, viên chức. Tập trung thi đua đề xuất các giải pháp, sáng kiến thiết thực, hiệu quả trong triển khai thực hiện cải cách hành chính.',
  'Nâng cao vai trò, trách nhiệm của người đứng đầu các đơn vị trong chỉ đạo triển khai, thực hiện các yêu cầu trong việc áp dụng Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015.',
];
// Which Nghị quyết 76/NQ-CP areas each content serves (the plan does not say; read from its wording).
const contentAreas = [
  ['chi_dao_dieu_hanh'],
  ['tuyen_truyen', 'cong_vu'],
  ['cong_vu', 'chi_dao_dieu_hanh'],
  ['khac'],
  ['to_chuc_bo_may', 'tthc'],
] as const;

export const seed000: SeedPlan = {
  source,
  ownerUnitCode: 'TNI-LDLD-DMC',
  status: 'closed',
  unitCodes: { responsibilities: { 'ldld-huyen': 'TNI-LDLD-DMC' } },
  content: {
    kind: 'chuyen_de',
    header: {
      // The text lost its header block; the issuer is named by the symbol (LĐLĐ), the preamble
      // ("Ban Thường vụ Liên đoàn Lao động huyện") and the place line; the parent by Kế hoạch 301.
      parentBody: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH TÂY NINH',
      issuerName: 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN DƯƠNG MINH CHÂU',
      // Written "135 /KH - LĐLĐ".
      number: '135/KH-LĐLĐ',
      place: 'Huyện Dương Minh Châu',
      issuedOn: '2022-03-03',
      signer: { capacity: 'TM.', authority: 'BAN THƯỜNG VỤ', title: 'PHÓ CHỦ TỊCH', name: 'Thái Thị Bích Thủy' },
      recipients: ['Thường trực LĐLĐ tỉnh;', 'Ban Dân vận HU;', 'Các CĐCS;', 'Website LĐLĐ huyện;', 'Lưu: VP.'],
    },
    title:
      'Phát động phong trào thi đua thực hiện nhiệm vụ cải cách hành chính và kiểm soát thủ tục hành chính trên địa bàn tỉnh từ nay đến năm 2025',
    references: [
      {
        key: 'kh-301-ldld',
        relation: 'basis',
        documentType: 'KH',
        number: '301/KH-LĐLĐ',
        // As written: five days after this plan's own date (03/3/2022) — kept, not corrected.
        issuedOn: '2022-03-08',
        issuer: 'Ban Thường vụ Liên đoàn Lao động tỉnh Tây Ninh',
        title: 'về phát động phong trào thi đua thực hiện nhiệm vụ cải cách hành chính và kiểm soát thủ tục hành chính trên địa bàn tỉnh Tây Ninh từ nay đến năm 2025',
      },
      {
        key: 'qd-1364-ubnd',
        relation: 'cited',
        documentType: 'QĐ',
        number: '1364/QĐ-UBND',
        issuedOn: '2021-06-25',
        issuer: 'UBND tỉnh',
        title:
          'về phê duyệt Đề án “Thực hiện các nhiệm vụ, giải pháp cải thiện điểm số và nâng cao vị trí xếp hạng các chỉ số: PCI, PAPI, PAR INDEX, SIPAS và ICT INDEX của tỉnh Tây Ninh giai đoạn 2021-2025',
      },
      {
        key: 'qd-490-ubnd',
        relation: 'cited',
        documentType: 'QĐ',
        number: '490/QĐ-UBND',
        issuedOn: '2021-03-05',
        issuer: 'UBND tỉnh',
        title: 'về việc ban hành Chương trình hành động thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XI về cải cách hành chính giai đoạn 2021 - 2025',
      },
      {
        key: 'ct-05-tu',
        relation: 'cited',
        documentType: 'CT',
        number: '05-CT/TU',
        issuedOn: '2021-07-20',
        issuer: 'Ban Thường vụ Tỉnh ủy',
        title: 'về việc đẩy mạnh kỷ luật, kỷ cương, trách nhiệm của cán bộ, đảng viên, công chức, viên chức trong thực hiện nhiệm vụ',
      },
      {
        // A national standard, cited by the last content.
        key: 'tcvn-iso-9001',
        relation: 'cited',
        documentType: 'khac',
        number: 'TCVN ISO 9001:2015',
        title: 'Hệ thống quản lý chất lượng',
      },
    ],
    preamble: [
      'Căn cứ Kế hoạch số 301/KH-LĐLĐ ngày 08/3/2022 Ban Thường vụ Liên đoàn Lao động tỉnh Tây Ninh về phát động phong trào thi đua thực hiện nhiệm vụ cải cách hành chính và kiểm soát thủ tục hành chính trên địa bàn tỉnh Tây Ninh từ nay đến năm 2025.',
      'Ban Thường vụ Liên đoàn Lao động huyện ban hành kế hoạch phát động phong trào thi đua thực hiện nhiệm vụ cải cách hành chính và kiểm soát thủ tục hành chính trên địa bàn huyện từ nay đến năm 2025 với các nội dung như sau:',
    ],
    theme:
      'Đẩy mạnh cải cách hành chính, thực hiện đạo đức và văn hóa công vụ, nâng cao chất lượng phục vụ người dân và doanh nghiệp, xây dựng nền hành chính hiện đại, năng động, trách nhiệm và linh hoạt.',
    purposes: bullets(
      'Phát huy vai trò của từng tập thể, cá nhân trong việc tổ chức, triển khai, thực hiện thắng lợi nhiệm vụ cải cách hành chính và kiểm soát thủ tục hành chính, góp phần thực hiện thắng lợi Quyết định số 1364/QĐ-UBND ngày 25/6/2021 của UBND tỉnh về phê duyệt Đề án “Thực hiện các nhiệm vụ, giải pháp cải thiện điểm số và nâng cao vị trí xếp hạng các chỉ số: PCI, PAPI, PAR INDEX, SIPAS và ICT INDEX của tỉnh Tây Ninh giai đoạn 2021-2025; Quyết định số 490/QĐ-UBND ngày 05/3/2021 của UBND tỉnh về việc ban hành Chương trình hành động thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XI về cải cách hành chính giai đoạn 2021 - 2025.',
      'Tạo ra phong trào thi đua sôi nổi, rộng khắp trong đoàn viên, cán bộ, công chức, viên chức các cơ quan hành chính nhà nước các cấp.',
    ),
    requirements: bullets(
      'Phong trào thi đua chuyên đề thực hiện nhiệm vụ cải cách hành chính, kiểm soát thủ tục hành chính được phát động sâu rộng đến đoàn viên, cán bộ, công chức, viên chức trong cơ quan hành chính nhà nước các cấp và được đăng ký tham gia một cách tự nguyện với phương châm: thiết thực, hiệu quả, tránh phô trương hình thức.',
      'Việc bình xét, khen thưởng phải bảo đảm kịp thời, dân chủ, khách quan, đúng đối tượng, tiêu chuẩn và thành tích đạt được của tập thể, cá nhân.',
    ),
    goals: [
      {
        key: 'muc-tieu-1',
        label: '-',
        text: 'Đẩy mạnh cải cách hành chính đồng bộ trong hệ thống chính trị, đổi mới phương thức lãnh đạo của Đảng, điều hành của Chính quyền nhằm xây dựng nền hành chính dân chủ, hiện đại, chuyên nghiệp, kỷ cương, công khai, minh bạch, nâng cao trách nhiệm giải trình; xây dựng tổ chức bộ máy, cơ chế hoạt động theo hướng tinh gọn, hiệu quả; quản lý biên chế theo vị trí việc làm.',
      },
      {
        key: 'muc-tieu-2',
        label: '-',
        text: 'Chú trọng xây dựng chuẩn hóa đội ngũ cán bộ, công chức, viên chức. Tinh giản biên chế gắn với cơ cấu lại đội ngũ cán bộ, công chức, viên chức có đủ phẩm chất, năng lực, trình độ, đáp ứng yêu cầu nhiệm vụ trong tình hình mới, đồng thời bảo đảm tỷ lệ cán bộ nữ theo quy định. Tăng cường công tác đào tạo, bồi dưỡng theo ngạch, bậc và tiêu chuẩn chức danh lãnh đạo, quản lý.',
      },
      {
        key: 'muc-tieu-3',
        label: '-',
        text: 'Đề cao kỷ luật, kỷ cương hành chính, quy định rõ trách nhiệm của người đứng đầu trong thực thi nhiệm vụ, công vụ.',
      },
      {
        key: 'muc-tieu-4',
        label: '-',
        text: 'Đẩy mạnh cải cách hành chính công. Hiện đại hóa hành chính, ứng dụng công nghệ thông tin phục vụ hoạt động quản lý, điều hành trong hệ thống chính trị, phục vụ người dân, doanh nghiệp.',
      },
      {
        key: 'chi-so-2025',
        label: '-',
        // "HÀi lòng" and "Par Index" as written.
        text: 'Duy trì, cải thiện, nâng cao điểm số và vị trí xếp hạng đối với các chỉ số phản ánh nền hành chính của tỉnh qua từng năm. Cụ thể, phấn đấu đến năm 2025, chỉ số Năng lực cạnh tranh cấp tỉnh (PCI) thuộc nhóm tốt; chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) thuộc nhóm Trung bình cao; chỉ số Cải cách hành chính (Par Index) thuộc nhóm 30 tỉnh dẫn đầu; chỉ số HÀi lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) cao hơn mức trung bình của cả nước; chỉ số Sẵn sàng cho phát triển và ứng dụng công nghệ thông tin - truyền thông Việt Nam (ICT Index) thuộc nhóm 10 tỉnh, thành phố dẫn đầu cả nước.',
        // Province-level index goals; "nhóm tốt" and "Trung bình cao" are at least those bands.
        indexTargets: [
          { index: 'PCI', year: 2025, target: { measure: 'band', comparator: 'gte', band: 'Tốt', scale: [...standardScales.pci] } },
          { index: 'PAPI', year: 2025, target: { measure: 'band', comparator: 'gte', band: 'Trung bình cao', scale: [...standardScales.papi] } },
          // The text does not say out of how many provinces, so `of` stays null.
          { index: 'PAR_INDEX', year: 2025, target: { measure: 'rank', comparator: 'top_n', value: 30 } },
          { index: 'SIPAS', year: 2025, target: { measure: 'relative', comparator: 'gt', reference: 'national_average' } },
          { index: 'ICT_INDEX', year: 2025, target: { measure: 'rank', comparator: 'top_n', value: 10 } },
        ],
      },
    ],
    period: {
      start: { kind: 'on_issue' },
      end: '2025-12-31',
      text: 'Phong trào thi đua được triển khai, thực hiện từ nay đến hết ngày 31/12/2025.',
    },
    subjects: {
      text: 'Công đoàn cơ sở, đoàn viên công đoàn, cán bộ, công chức, viên chức thuộc liên đoàn lao động huyện.',
      collective: { text: 'Công đoàn cơ sở', unitKinds: ['cong_doan_co_so'] },
      // Union members are the staff of the member bodies, whatever their category.
      individual: {
        text: 'đoàn viên công đoàn, cán bộ, công chức, viên chức thuộc liên đoàn lao động huyện',
        personCategories: ['can_bo', 'cong_chuc', 'vien_chuc', 'nguoi_lao_dong'],
      },
    },
    contents: contentText.map((text, i) => ({ key: `noi-dung-${i + 1}`, label: '-', text, reformAreas: [...contentAreas[i]!] })),
    solutions: [
      titled(
        '1.',
        'Nâng cao nhận thức, trách nhiệm trong cải cách hành chính, trong xây dựng đầu tư và cải thiện các chỉ số phản ánh nền hành chính của huyện',
        bullets(
          'Đẩy mạnh công tác tuyên truyền để đội ngũ cán bộ, công chức, viên chức hiểu được bản chất, các tiêu chí đánh giá... đối với các chỉ số phản ánh nền hành chính của huyện, nhất là đối với đội ngũ chủ chốt các cấp.',
          'Nâng cao nhận thức của người dân trong nắm bắt và sử dụng các phần mềm, các ứng dụng công nghệ thông tin; nâng cao nhận thức trong việc giám sát, phản ánh, đánh giá thực hiện công tác cải cách hành chính của các ngành, địa phương.',
          'Tổ chức gặp gỡ, đối thoại với các doanh nghiệp, tổ chức kinh tế để nâng cao nhận thức về các nội dung trong giải quyết thủ tục hành chính.',
        ),
      ),
      titled(
        '2.',
        'Nâng cao hiệu quả hoạt động của cơ quan hành chính Nhà nước các cấp',
        bullets(
          'Đẩy mạnh ứng dụng công nghệ thông tin trong hoạt động của cơ quan hành chính Nhà nước, sử dụng có hiệu quả các phần mềm đã được triển khai như: Văn phòng điện tử, Một cửa điện tử, Hộp không giấy, Chữ ký số...',
          'Đẩy mạnh phong trào thi đua “Cán bộ, công chức, viên chức Tây Ninh thi đua thực hiện văn hóa công sở” gắn với Cuộc vận động “Cán bộ, công chức, viên chức nói không với tiêu cực” và phong trào thi đua xây dựng chính quyền điện tử trên địa bàn tỉnh; xây dựng, phát triển Chính quyền điện tử, Chính quyền số, kinh tế số, xã hội số và đô thị thông minh.',
          'Rà soát, hoàn thiện việc cung cấp các dịch vụ công trực tuyến đúng thực chất, thực hiện có hiệu quả trong giai đoạn 2021 - 2025.',
        ),
      ),
      titled(
        '3.',
        'Đẩy mạnh cơ chế kiểm tra, giám sát; học tập, trao đổi kinh nghiệm trong công tác cải cách hành chính',
        bullets(
          'Tăng cường công tác kiểm tra công vụ, thái độ làm việc của cán bộ, công chức, viên chức.',
          'Đẩy mạnh, thực hiện đúng thực chất công tác chăm điểm cải cách hành chính; công tác dân vận chính quyền và công tác xây dựng chính quyền điện tử của các cơ quan, đơn vị, địa phương.',
          'Thực hiện công tác trao đổi, học tập kinh nghiệm với các cơ quan, đơn vị, địa phương thực hiện tốt công tác cải cách hành chính, phong trào thi đua cải cách hành chính.',
        ),
      ),
    ],
    standards: {},
    responsibilities: [
      {
        key: 'ldld-huyen',
        label: '1.',
        unitText: 'Liên đoàn Lao động huyện',
        unitKinds: ['lien_doan_lao_dong'],
        tasks: bullets(
          'Căn cứ kế hoạch phát động thi đua của Liên đoàn Lao động tỉnh xây dựng kế hoạch phát động thi đua để triển khai và tổ chức thực hiện. Tuyên truyền phong trào thi đua.',
          'Phối hợp cơ quan cùng cấp tăng cường công tác kiểm tra, giám sát việc thực hiện phong trào thi đua tại các đơn vị, địa phương kết hợp với kiểm tra phong trào thi đua hàng năm và đề nghị khen thưởng cho các tập thể, cá nhân.',
          'Phát hiện, nêu gương các tập thể, cá nhân có thành tích xuất sắc trong thực việc thực hiện phong trào thi đua.',
        ),
      },
      {
        // Heading "2. Đối với công đoàn cơ sở": the outline keeps the heading, the unit is the CĐCS.
        key: 'cdcs',
        label: '2.',
        unitText: 'công đoàn cơ sở',
        unitKinds: ['cong_doan_co_so'],
        tasks: bullets(
          'Vận động đoàn viên, cán bộ, công chức, viên chức tích cực hưởng ứng tham gia phong trào thi đua.',
          'Phối hợp chuyên môn có các hình thức khen thưởng động viên kịp thời cho các tập thể, cá nhân tham gia phong trào.',
        ),
      },
    ],
    // The CĐCS are asked to carry the plan out, not to issue plans of their own.
    cascade: {},
    closing:
      'Trên đây là Kế hoạch phát động phong trào thi đua thực hiện nhiệm vụ cải cách hành chính và kiểm soát thủ tục hành chính trên địa bàn tỉnh từ nay đến năm 2025. Đề nghị các công đoàn cơ sở nghiêm túc triển khai, thực hiện./.',
    outline: [
      {
        number: 'I.',
        heading: 'MỤC ĐÍCH, YÊU CẦU',
        children: [
          { number: '1.', heading: 'Mục đích', blocks: [{ kind: 'list', list: 'purposes' }] },
          { number: '2.', heading: 'Yêu cầu', blocks: [{ kind: 'list', list: 'requirements' }] },
        ],
      },
      {
        number: 'II.',
        heading: 'CHỦ ĐỀ, MỤC TIÊU, THỜI GIAN THI ĐUA',
        children: [
          { number: '1.', heading: 'Chủ đề thi đua', inline: true, blocks: [{ kind: 'field', field: 'theme' }] },
          { number: '2.', heading: 'Mục tiêu thi đua', blocks: [{ kind: 'list', list: 'goals' }] },
          { number: '3.', heading: 'Thời gian thi đua', blocks: [{ kind: 'field', field: 'period' }] },
        ],
      },
      {
        number: 'III.',
        heading: 'ĐỐI TƯỢNG, NỘI DUNG THI ĐUA',
        children: [
          { number: '1.', heading: 'Đối tượng thi đua', blocks: [{ kind: 'field', field: 'subjects' }] },
          { number: '2.', heading: 'Nội dung thi đua', blocks: [{ kind: 'list', list: 'contents' }] },
        ],
      },
      { number: 'IV.', heading: 'GIẢI PHÁP THỰC HIỆN', blocks: [{ kind: 'list', list: 'solutions' }] },
      {
        number: 'V.',
        heading: 'TỔ CHỨC THỰC HIỆN',
        // One section per responsibility keeps the headings as written; the element prints its tasks.
        children: [
          { number: '1.', heading: 'Liên đoàn Lao động huyện', blocks: [{ kind: 'element', list: 'responsibilities', key: 'ldld-huyen' }] },
          { number: '2.', heading: 'Đối với công đoàn cơ sở', blocks: [{ kind: 'element', list: 'responsibilities', key: 'cdcs' }] },
        ],
      },
    ],
  },
};
