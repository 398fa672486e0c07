import { item, labelled } from './items';
import type { SeedPlan } from './types';

/**
 * Seed 002 (../shared/seeds/002_93e0bf7dbf697f89.txt): Kế hoạch of the Sở Lao động – Thương binh và
 * Xã hội tỉnh Bình Phước, "Đẩy mạnh cải cách hành chính nhà nước" giai đoạn 2024 – 2025.
 * The text carries no number, date or place and the signature block no name: they stay null.
 * The plan numbers two sections III (CÔNG TÁC KHEN THƯỞNG, TỔ CHỨC THỰC HIỆN) and a sub-section
 * "1.2."; the outline keeps both as written.
 */
const initiativeCouncil = 'Hội đồng sáng kiến cơ sở';

const standardTexts = {
  achievement:
    'Có thành tích xuất sắc, tiêu biểu trong phong trào thi đua trong thực hiện 04 nội dung thi đua về cải cách hành chính hằng năm được quy định tại mục 2 Phần II Kế hoạch này.',
  unitInitiative:
    'Có sáng kiến hoặc giải pháp, cách làm mới trong công tác cải cách hành chính mang tính mới, tính thực tế, có thể nhân rộng triển khai áp dụng trong thực tiễn quản lý, giải quyết công việc tạo đột phá trong công tác cải cách hành chính của cơ quan, đơn vị được Hội đồng sáng kiến cơ sở công nhận.',
  unitDiscipline:
    'Thực hiện nghiêm kỷ luật, kỷ cương hành chính. Không xét khen thưởng đối với tập thể đơn vị có lãnh đạo đơn vị bị kỷ luật từ mức khiển trách trở lên.',
  personInitiative:
    'Có thành tích, đóng góp xuất sắc trong tham mưu triển khai thực hiện công tác cải cách hành chính và có sáng kiến, giải pháp hiệu quả về cải cách hành chính được Hội đồng sáng kiến cơ sở công nhận.',
  conduct:
    'Có phẩm chất đạo đức, đoàn kết, gương mẫu chấp hành tốt chủ trương, chính sách của Đảng, chính sách pháp luật của Nhà nước và nghĩa vụ công dân.',
};

/** A "-" standard stated by one clause: the clause keeps the bullet's sentence. */
const sole = (key: string, text: string, rule: Record<string, unknown>) => ({ key, label: '-', text, rule: { ...rule, text } });

const officeTasks = [
  'Chủ động theo dõi, đôn đốc, kiểm tra, đánh giá việc tổ chức thực hiện phong trào thi đua. Tham mưu Ban Giám đốc Sở tổng kết và biểu dương, khen thưởng đối với những tập thể, cá nhân có thành tích xuất sắc trong các phong trào thi đua.',
  'Căn cứ kết quả thực hiện nhiệm vụ cải cách hành chính, kết quả thi đua của các đơn vị để xác định đối tượng được khen thưởng; tổng hợp hồ sơ đề nghị khen thưởng của các đơn vị để hoàn thiện thủ tục đề nghị Hội đồng thi đua khen thưởng Sở trình Giám đốc Sở khen thưởng và trình Sở Nội vụ xem xét, trình cấp thẩm quyền.',
] as const;
const unitTasks = [
  'Căn cứ vào chức năng nhiệm vụ được giao, căn cứ vào nội dung thi đua, phổ biến, quán triệt cho toàn thể công chức, viên chức và người lao động tại đơn vị nắm những nội dung, mục đích, ý nghĩa của các phong trào thi đua.',
  'Chịu trách nhiệm trước Ban Giám đốc Sở về chất lượng, hiệu quả, tiến độ thực hiện mục tiêu của đơn vị mình. Tổ chức phát động và triển khai thực hiện phong trào thi đua một cách nghiêm túc, thiết thực, hiệu quả; công chức, viên chức, người lao động tự giác, tích cực hưởng ứng và phải được kiểm tra, đánh giá cụ thể, chính xác, đề xuất khen thưởng cho các cá nhân, tập thể lập được thành tích xuất sắc trong phong trào thi đua gửi về Hội đồng Thi đua - Khen thưởng Sở theo quy định.',
] as const;
const deadlineText = 'Hồ sơ đề nghị xét khen thưởng của các đơn vị gửi Văn phòng Sở trước ngày 15/12 hằng năm.';

/**
 * Status: the period ended 31/12/2025, before the demo's today (23/11/2026), so the movement is closed.
 * The Chủ tịch UBND tỉnh grants the Bằng khen (unit of the tỉnh), the Giám đốc the Giấy khen (the Sở).
 */
export const seed002: SeedPlan = {
  source: '002_93e0bf7dbf697f89.txt',
  ownerUnitCode: 'BPC-SLDTBXH',
  status: 'closed',
  unitCodes: {
    responsibilities: { 'van-phong-so': 'BPC-SLDTBXH-VP' },
    awards: { 'bang-khen-tinh': 'BPC', 'giay-khen-so': 'BPC-SLDTBXH' },
  },
  content: {
    kind: 'chuyen_de',
    header: {
      parentBody: 'UBND TỈNH BÌNH PHƯỚC',
      issuerName: 'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI',
      number: null,
      place: null,
      issuedOn: null,
      signer: { capacity: null, authority: null, title: 'GIÁM ĐỐC', name: null },
      recipients: ['Ban TĐKT tỉnh;', 'GD, các PGĐ Sở;', 'Các phòng thuộc Sở;', 'Các đơn vị trực thuộc Sở;', 'Lưu: VT, VP (TL1).'],
    },
    title: 'Phát động phong trào thi đua “Đẩy mạnh cải cách hành chính nhà nước” giai đoạn 2024 - 2025',
    references: [
      {
        key: 'kh-230-ubnd',
        relation: 'implements',
        documentType: 'KH',
        number: '230/KH-UBND',
        issuedOn: '2024-07-10',
        issuer: 'UBND tỉnh',
        title: 'phát động phong trào thi đua “Đẩy mạnh cải cách hành chính nhà nước” tỉnh Bình Phước giai đoạn 2024 – 2025',
      },
      {
        key: 'kh-321-sldtbxh',
        relation: 'cited',
        documentType: 'KH',
        number: '321/KH-SLĐTBXH',
        issuedOn: '2021-11-01',
        issuer: 'Sở Lao động - Thương binh và Xã hội',
        title: 'về cải cách hành chính nhà nước giai đoạn 2021 – 2025',
      },
      {
        key: 'qd-2685-ubnd',
        relation: 'cited',
        documentType: 'QĐ',
        number: '2685/QĐ-UBND',
        issuedOn: '2021-10-18',
        issuer: 'UBND tỉnh',
        title: null,
      },
      {
        key: 'nd-98-2023',
        relation: 'cited',
        documentType: 'NĐ',
        number: '98/2023/NĐ-CP',
        issuedOn: '2023-12-31',
        issuer: 'Chính phủ',
        title: 'quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
      },
      { key: 'luat-tdkt', relation: 'cited', documentType: 'Luật', number: null, issuedOn: null, issuer: null, title: 'Luật Thi đua, khen thưởng' },
    ],
    preamble: [
      'Thực hiện Kế hoạch số 230/KH-UBND ngày 10/7/2024 của UBND tỉnh phát động phong trào thi đua “Đẩy mạnh cải cách hành chính nhà nước” tỉnh Bình Phước giai đoạn 2024 – 2025,',
      'Sở Lao động - Thương binh và Xã hội (sau đây gọi tắt là Sở) xây dựng Kế hoạch phát động phong trào thi đua “Đẩy mạnh cải cách hành chính nhà nước” giai đoạn 2024 – 2025, cụ thể như sau:',
    ],
    purposes: labelled([
      ['a)', 'Nhằm xây dựng nền hành chính trong sạch, vững mạnh, thông suốt, hiện đại, hiệu lực, hiệu quả, góp phần hoàn thành các chỉ tiêu cải cách hành chính nhà nước hằng năm, giai đoạn của Sở theo Kế hoạch số 321/KH-SLĐTBXH ngày 01/11/2021 về cải cách hành chính nhà nước giai đoạn 2021 – 2025 và Kế hoạch giai đoạn theo Quyết định số 2685/QĐ-UBND ngày 18/10/2021 của UBND tỉnh.'],
      ['b)', 'Nâng cao trách nhiệm của người đứng đầu cơ quan, đơn vị trong công tác chỉ đạo điều hành về cải cách hành chính. Thông qua phong trào thi đua khơi dậy tinh thần tự giác, trách nhiệm, nỗ lực công chức, viên chức, người lao động của cơ quan, đơn vị.'],
      ['c)', 'Biểu dương, khen thưởng những tập thể có thành tích xuất sắc trong công tác cải cách hành chính; kịp thời phát hiện, bồi dưỡng, nhân rộng các cách làm hay, sáng tạo, hiệu quả.'],
    ]),
    requirements: labelled([
      ['a)', 'Tăng cường sự lãnh đạo của cấp ủy đảng, sự điều hành của chính quyền trong phong trào thi đua đẩy mạnh cải cách hành chính, thể hiện ý thức tự giác, trách nhiệm của mỗi cơ quan, đơn vị, cá nhân.'],
      ['b)', 'Phong trào thi đua triển khai thường xuyên, rộng khắp, phát huy sự sáng tạo trong công tác cải cách hành chính, phấn đấu hoàn thành các chỉ tiêu, nhiệm vụ cải cách hành chính hằng năm được UBND tỉnh giao.'],
      ['c)', 'Phong trào thi đua hằng năm phải gắn với việc thực hiện công tác khen thưởng kịp thời, chính xác, có tác dụng biểu dương, lan tỏa. Công tác đánh giá, xét thi đua, khen thưởng khách quan, đúng quy định.'],
    ]),
    period: {
      start: { kind: 'on_issue' },
      end: '2025-12-31',
      recurrence: 'none',
      text: 'Từ khi phát động phong trào thi đua đến ngày 31/12/2025.',
    },
    subjects: {
      collective: {
        label: 'a)',
        text: 'Tập thể: Các phòng chuyên môn, nghiệp vụ thuộc Sở, các đơn vị sự nghiệp trực thuộc Sở.',
        unitKinds: ['phong', 'don_vi_su_nghiep'],
      },
      individual: {
        label: 'b)',
        text: 'Cá nhân: Công chức, viên chức, người lao động thuộc Sở.',
        personCategories: ['cong_chuc', 'vien_chuc', 'nguoi_lao_dong'],
      },
    },
    contents: [
      {
        key: 'tuyen-truyen',
        label: 'a)',
        text: 'Thực hiện đổi mới công tác tuyên truyền các chủ trương, chính sách của Đảng, pháp luật của Nhà nước về cải cách hành chính nhằm giáo dục, nâng cao nhận thức của công chức, viên chức, người lao động trong thực hiện nhiệm vụ được giao, vai trò giám sát của các tổ chức, cá nhân trong thực hiện cải cách hành chính, góp phần nâng cao chất lượng phục vụ người dân, doanh nghiệp.',
        reformAreas: ['tuyen_truyen'],
      },
      {
        key: 'dot-pha',
        label: 'b)',
        text: 'Thực hiện đột phá 06 nội dung, nhiệm vụ cải cách hành chính với trọng tâm là nâng cao trách nhiệm của người đứng đầu cơ quan, đơn vị trong công tác chỉ đạo, điều hành cải cách hành chính; lấy sự hài lòng của người dân, doanh nghiệp làm thước đo chất lượng phục vụ của cơ quan, đơn vị, nhất là sự hài lòng của người dân đối với chính sách an sinh xã hội và sự hài lòng của người dân, doanh nghiệp khi thực hiện hồ sơ thủ tục hành chính.',
        reformAreas: ['chi_dao_dieu_hanh', 'tthc'],
      },
      {
        key: 'nhiem-vu-chi-so',
        label: 'c)',
        text: 'Triển khai thực hiện có hiệu quả, đảm bảo chất lượng, đúng tiến độ các nhiệm vụ cải cách hành chính được giao theo Kế hoạch cải cách hành chính hằng năm, giai đoạn của Sở, của tỉnh. Các nhiệm vụ nâng cao Chỉ số hiệu quả quản trị hành chính công cấp tỉnh (PAPI), Chỉ số Cải cách hành chính cấp tỉnh (PAR INDEX) và Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) hằng năm.',
        reformAreas: ['chi_dao_dieu_hanh'],
      },
      {
        key: 'sang-kien',
        label: 'd)',
        text: 'Tích cực nghiên cứu, sáng tạo, đề xuất các mô hình sáng kiến, giải pháp, cách làm hay, hiệu quả trong thực hiện nhiệm vụ cải cách hành chính.',
        reformAreas: ['khac'],
      },
    ],
    standards: {
      collective: [
        sole('tt-thanh-tich', standardTexts.achievement, { kind: 'qualitative' }),
        sole('tt-sang-kien', standardTexts.unitInitiative, { kind: 'initiative', minLevel: 'co_so', recognisedBy: initiativeCouncil, subject: 'self' }),
        {
          key: 'tt-ky-luat',
          label: '-',
          text: standardTexts.unitDiscipline,
          rule: {
            kind: 'all',
            of: [
              { kind: 'qualitative', text: 'Thực hiện nghiêm kỷ luật, kỷ cương hành chính.' },
              {
                kind: 'no_discipline',
                from: 'khien_trach',
                subject: 'leader',
                text: 'Không xét khen thưởng đối với tập thể đơn vị có lãnh đạo đơn vị bị kỷ luật từ mức khiển trách trở lên.',
              },
            ],
          },
        },
      ],
      individual: [
        sole('cn-htxsnv', 'Được đánh giá hoàn thành xuất sắc nhiệm vụ.', { kind: 'rating', atLeast: 'htxsnv', years: 1, subject: 'self' }),
        {
          key: 'cn-sang-kien',
          label: '-',
          text: standardTexts.personInitiative,
          rule: {
            kind: 'all',
            of: [
              { kind: 'qualitative', text: 'Có thành tích, đóng góp xuất sắc trong tham mưu triển khai thực hiện công tác cải cách hành chính' },
              {
                kind: 'initiative',
                minLevel: 'co_so',
                recognisedBy: initiativeCouncil,
                subject: 'self',
                text: 'có sáng kiến, giải pháp hiệu quả về cải cách hành chính được Hội đồng sáng kiến cơ sở công nhận.',
              },
            ],
          },
        },
        sole('cn-dao-duc', standardTexts.conduct, { kind: 'qualitative' }),
        sole('cn-ky-luat', 'Không bị kỷ luật từ hình thức khiển trách trở lên.', { kind: 'no_discipline', from: 'khien_trach', subject: 'self' }),
      ],
    },
    awards: [
      {
        key: 'bang-khen-tinh',
        label: 'a)',
        text: 'Bằng khen của Chủ tịch UBND tỉnh xét tặng tập thể có thành tích xuất sắc trong thực hiện nhiệm vụ cải cách hành chính (do Sở Nội vụ phân bổ chỉ tiêu theo quy định).',
        form: 'bang_khen_tinh',
        name: 'Bằng khen của Chủ tịch UBND tỉnh',
        grantor: { title: 'Chủ tịch UBND tỉnh' },
        recipients: 'collective',
        occasion: 'yearly',
        quota: { mode: 'allocated', by: 'Sở Nội vụ', text: 'do Sở Nội vụ phân bổ chỉ tiêu theo quy định' },
        deadlineKeys: ['ho-so-khen-thuong'],
      },
      {
        key: 'giay-khen-so',
        label: 'b)',
        text: 'Giấy khen của Giám đốc Sở xét tặng tập thể, cá nhân có thành tích xuất sắc trong thực hiện nhiệm vụ cải cách hành chính, Giám đốc Sở quyết định số lượng chỉ tiêu khen thưởng hoặc lồng ghép trong chỉ tiêu bình xét thi đua khen thưởng cuối năm.',
        form: 'giay_khen',
        name: 'Giấy khen của Giám đốc Sở',
        grantor: { title: 'Giám đốc Sở' },
        recipients: 'both',
        occasion: 'yearly',
        quota: {
          mode: 'discretionary',
          by: 'Giám đốc Sở',
          text: 'Giám đốc Sở quyết định số lượng chỉ tiêu khen thưởng hoặc lồng ghép trong chỉ tiêu bình xét thi đua khen thưởng cuối năm.',
        },
        deadlineKeys: ['ho-so-khen-thuong'],
      },
    ],
    dossier: {
      components: [
        { label: '-', text: 'Tờ trình đề nghị khen thưởng của các đơn vị' },
        { label: '-', text: 'Biên bản họp Hội đồng Thi đua – Khen thưởng của Sở.' },
        {
          label: '-',
          text: 'Báo cáo thành tích của tập thể đề nghị khen thưởng (nêu rõ thành tích theo các tiêu chuẩn đạt được trong công tác cải cách hành chính; mẫu số 08 Phụ lục kèm theo Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng).',
        },
      ],
      // Stated inside the third component; kept there for printing and here as data.
      formNote: 'mẫu số 08 Phụ lục kèm theo Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
      copies: null,
      copiesText: null,
    },
    funding: 'Thực hiện theo quy định tại Luật Thi đua, khen thưởng và các văn bản hướng dẫn thi hành.',
    deadlines: [
      {
        key: 'ho-so-khen-thuong',
        title: 'Gửi hồ sơ đề nghị xét khen thưởng về Văn phòng Sở',
        kind: 'submit_proposal',
        due: { kind: 'yearly', day: 15, month: 12 },
        strict: 'before',
        responsible: { text: 'các đơn vị', unitKinds: ['phong', 'don_vi_su_nghiep'] },
        recipient: 'Văn phòng Sở',
        text: deadlineText,
      },
    ],
    responsibilities: [
      {
        key: 'van-phong-so',
        label: '1.',
        unitText: 'Văn phòng Sở',
        unitKinds: ['phong'],
        tasks: [item(null, officeTasks[0]), item('-', officeTasks[1])],
      },
      {
        key: 'phong-don-vi',
        label: '2.',
        unitText: 'Trưởng các phòng chuyên môn, nghiệp vụ thuộc Sở, Giám đốc các đơn vị sự nghiệp trực thuộc Sở',
        unitKinds: ['phong', 'don_vi_su_nghiep'],
        tasks: unitTasks.map((t) => item('-', t)),
        deadlineKeys: ['ho-so-khen-thuong'],
      },
    ],
    cascade: { unitKinds: [], deadlineKey: null },
    closing:
      'Trên đây là Kế hoạch phát động phong trào thi đua “Đẩy mạnh cải cách hành chính nhà nước” giai đoạn 2024 – 2025 của Sở Lao động Thương binh và Xã hội./.',
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
        heading: 'ĐỐI TƯỢNG VÀ NỘI DUNG THI ĐUA',
        children: [
          {
            number: '1.',
            heading: 'Đối tượng thi đua',
            blocks: [
              { kind: 'field', field: 'subjects.collective' },
              { kind: 'field', field: 'subjects.individual' },
            ],
          },
          { number: '2.', heading: 'Nội dung thi đua', blocks: [{ kind: 'list', list: 'contents' }] },
          { number: '3.', heading: 'Thời gian thi đua', blocks: [{ kind: 'field', field: 'period' }] },
        ],
      },
      {
        number: 'III.',
        heading: 'CÔNG TÁC KHEN THƯỞNG',
        children: [
          {
            number: '1.',
            heading: 'Tiêu chuẩn xét khen thưởng hằng năm',
            children: [
              { number: 'a)', heading: 'Đối với tập thể', blocks: [{ kind: 'list', list: 'standards.collective' }] },
              { number: '1.2.', heading: 'Đối với công chức, viên chức, người lao động', blocks: [{ kind: 'list', list: 'standards.individual' }] },
            ],
          },
          { number: '2.', heading: 'Hình thức khen thưởng', blocks: [{ kind: 'list', list: 'awards' }] },
          { number: '3.', heading: 'Hồ sơ khen thưởng', blocks: [{ kind: 'list', list: 'dossier' }] },
          {
            number: '4.',
            heading: 'Thời gian đề nghị xét khen thưởng',
            blocks: [
              {
                kind: 'text',
                text: deadlineText,
                refs: ['deadlines:ho-so-khen-thuong'],
              },
            ],
          },
          { number: '5.', heading: 'Kinh phí khen thưởng', blocks: [{ kind: 'field', field: 'funding' }] },
        ],
      },
      {
        number: 'III.',
        heading: 'TỔ CHỨC THỰC HIỆN',
        children: [
          { number: '1.', heading: 'Văn phòng Sở', blocks: [{ kind: 'element', list: 'responsibilities', key: 'van-phong-so' }] },
          {
            number: '2.',
            heading: 'Trưởng các phòng chuyên môn, nghiệp vụ thuộc Sở, Giám đốc các đơn vị sự nghiệp trực thuộc Sở',
            blocks: [{ kind: 'element', list: 'responsibilities', key: 'phong-don-vi' }],
          },
        ],
      },
    ],
  },
};
