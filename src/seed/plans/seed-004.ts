import { standardScales } from '../../modules/movements/model/target';
import { bullets, item, labelled } from './items';
import type { SeedPlan } from './types';

/**
 * Seed 004 (../shared/seeds/004_fc5f79a73a9cda40.txt): Kế hoạch of UBND thị xã Ninh Hòa (tỉnh Khánh
 * Hòa), "Đẩy mạnh công tác cải cách hành chính trên địa bàn thị xã Ninh Hòa" năm 2022, signed TM. UBND,
 * Chủ tịch Nguyễn Vĩnh Thạnh. The text carries no number, date or place: they stay null.
 * Its award standards are measurable, so they are criteria and the standards refer to them; the
 * outline keeps II. KHẨU HIỆU before III. NỘI DUNG and the "a)", "c)" of the dossier (no "b)").
 * Typos and conversion junk stay in text fields ("PAR Inder", "Giấy □ khen", "lễ l貌").
 *
 * Status: the period ended with 2022, long before the demo's today (23/11/2026): closed.
 */
const TX = 'KHA-NINHHOA';
// Units asked to issue their own plan by Quý I/2022: the cơ quan, đơn vị of the thị xã and the xã, phường.
const planIssuers = ['phong', 'don_vi_su_nghiep', 'xa', 'phuong'] as const;
const subjectUnits = ['phong', 'don_vi_su_nghiep', 'mttq', 'doan_the', 'xa', 'phuong'] as const;

const s = {
  tasks: 'triển khai thực hiện đúng tiến độ, đạt chất lượng trên 90% các nhiệm vụ, mục tiêu trong kế hoạch cải cách hành chính của thị xã, của đơn vị trong năm 2022.',
  par: 'Kết quả đánh giá xếp hạng Chỉ số PAR Inder xếp loại Tốt.',
  sipas: 'Kết quả Chỉ số SIPAS đạt từ 90% trở lên.',
  onTime: 'Có tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 98%.',
  initiative:
    'Có sáng kiến hoặc giải pháp trong công tác cải cách hành chính mang tính mới, tính thiết thực, hiệu quả, có thể nhân rộng triển khai áp dụng trong thực tiễn quản lý, giải quyết công việc, tạo đột phá trong công tác cải cách hành chính của thị xã, của đơn vị được cấp có thẩm quyền công nhận.',
  conduct: 'gương mẫu chấp hành chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước',
  leading: 'có thành tích xuất sắc, tiêu biểu trong lãnh đạo, chỉ đạo hoặc tham mưu thực hiện cải cách hành chính',
};
const standardsIntro = 'các tập thể, cá nhân gương mẫu chấp hành chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước và đạt các tiêu chuẩn sau:';

const resp = {
  units:
    'Đề nghị Thủ trưởng các cơ quan, đơn vị, Chủ tịch UBND các xã, phường: căn cứ chức năng, nhiệm vụ được giao chủ động xây dựng kế hoạch phát động phong trào thi đua phù hợp với tình hình thực tế; phấn đấu hoàn thành tốt các nội dung tiêu chí thi đua đề ra; sơ kết, tổng kết khen thưởng các tập thể, cá nhân đã có thành tích xuất sắc trong phong trào thi đua theo thẩm quyền hoặc đề nghị cấp trên khen thưởng; đồng thời gửi kế hoạch về UBND thị xã (qua Phòng Nội vụ) trong Quý I/2022.',
  council:
    'Giao cơ quan Thường trực Hội đồng Thi đua - Khen thưởng thị xã (Phòng Nội vụ): có trách nhiệm theo dõi, đôn đốc, kiểm tra các cơ quan, đơn vị có liên quan trong việc tổ chức triển khai thực hiện kế hoạch này. Tham mưu Hội đồng Thi đua - Khen thưởng thị xã, Chủ tịch UBND thị xã biểu dương, khen thưởng các tập thể, cá nhân đã có thành tích xuất sắc trong phong trào thi đua hoặc đề nghị cấp trên khen thưởng theo quy định.',
  culture:
    'Phòng Văn hóa và Thông tin chủ trì, phối hợp với Ban Tuyên giáo Thị ủy, Trung tâm Văn hóa - Thông tin và Thể thao thị xã, Công thông tin điện tử thị xã, Trang thông tin điện tử của UBND các xã, phường tích cực đổi mới, đa dạng hóa phương thức để đẩy mạnh công tác tuyên truyền chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước về cải cách hành chính; tăng thời lượng giới thiệu, tuyên truyền các gương điển hình tiên tiến, cách làm hay, sáng tạo trong phong trào thi đua.',
  front:
    'Đề nghị Ủy ban MTTQVN thị xã, các đoàn thể thị xã căn cứ chức năng nhiệm vụ, chủ động phối hợp chặt chẽ với các cơ quan, đơn vị liên quan tăng cường công tác tuyên truyền, vận động, phát huy sức mạnh khối đại đoàn kết toàn dân, tích cực hưởng ứng, quyết tâm tổ chức triển khai thực hiện tốt phong trào thi đua; đẩy mạnh công tác cải cách hành chính trên địa bàn thị xã, phấn đấu hoàn thành thắng lợi các chỉ tiêu chủ yếu phát triển kinh tế - xã hội năm 2022 và kế hoạch phát triển kinh tế - xã hội 05 năm, giai đoạn 2021 - 2025.',
};
const afterColon = (t: string) => t.slice(t.indexOf(':') + 1).trim();

export const seed004: SeedPlan = {
  source: '004_fc5f79a73a9cda40.txt',
  ownerUnitCode: TX,
  status: 'closed',
  unitCodes: {
    responsibilities: { 'phong-noi-vu': `${TX}-NV`, 'phong-vhtt': `${TX}-VHTT` },
    awards: { 'bang-khen-tinh': 'KHA', 'giay-khen-thi-xa': TX },
  },
  content: {
    kind: 'chuyen_de',
    header: {
      parentBody: null,
      issuerName: 'ỦY BAN NHÂN DÂN THỊ XÃ NINH HÒA',
      number: null,
      place: null,
      issuedOn: null,
      signer: { capacity: 'TM.', authority: 'ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Nguyễn Vĩnh Thạnh' },
      recipients: [
        'UBND tỉnh;',
        'Hội đồng TĐKT tỉnh (Sở Nội vụ);',
        'Thường trực Thị ủy;',
        'Thường trực HĐND thị xã;',
        'Chủ tịch và các Phó Chủ tịch UBND thị xã;',
        'Các cơ quan, đơn vị;',
        'UBND các xã, phường;',
        'Công thông tin điện tử thị xã;',
        'Lưu: VT, NV.',
      ],
    },
    title: 'Phát động phong trào thi đua “Đẩy mạnh công tác cải cách hành chính trên địa bàn thị xã Ninh Hòa” năm 2022',
    references: [
      {
        key: 'qd-112-ubnd',
        relation: 'basis',
        documentType: 'QĐ',
        number: '112/QĐ-UBND',
        issuedOn: '2022-01-21',
        issuer: 'UBND thị xã Ninh Hòa',
        title: 'ban hành Kế hoạch cải cách hành chính thị xã Ninh Hòa năm 2022',
      },
      {
        key: 'qd-458-ubnd',
        relation: 'basis',
        documentType: 'QĐ',
        number: '458/QĐ-UBND',
        issuedOn: '2022-02-25',
        issuer: 'UBND thị xã',
        title: 'ban hành Kế hoạch tuyên truyền cải cách hành chính thị xã Ninh Hòa năm 2022',
      },
      {
        key: 'ct-01-ubnd',
        relation: 'basis',
        documentType: 'CT',
        number: '01/CT-UBND',
        issuedOn: '2022-02-09',
        issuer: 'Chủ tịch UBND thị xã',
        title:
          'về việc phát động phong trào “Thi đua thực hiện nhiệm vụ phát triển kinh tế - xã hội thị xã Ninh Hòa năm 2022 và thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch Covid-19”',
      },
      { key: 'nd-91-2017', relation: 'cited', documentType: 'NĐ', number: '91/2017/NĐ-CP', issuedOn: '2017-07-31', issuer: 'Chính phủ', title: null },
    ],
    preamble: [
      'Căn cứ Quyết định số 112/QĐ-UBND ngày 21/01/2022 của UBND thị xã Ninh Hòa ban hành Kế hoạch cải cách hành chính thị xã Ninh Hòa năm 2022; Quyết định số 458/QĐ-UBND ngày 25/02/2022 của UBND thị xã ban hành Kế hoạch tuyên truyền cải cách hành chính thị xã Ninh Hòa năm 2022;',
      'Căn cứ Chỉ thị số 01/CT-UBND ngày 09/02/2022 của Chủ tịch UBND thị xã về việc phát động phong trào “Thi đua thực hiện nhiệm vụ phát triển kinh tế - xã hội thị xã Ninh Hòa năm 2022 và thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch Covid-19”;',
      'Để thực hiện thắng lợi các mục tiêu đã đề ra, UBND thị xã Ninh Hòa phát động phong trào thi đua “Đẩy mạnh công tác cải cách hành chính trên địa bàn thị xã Ninh Hòa” năm 2022, cụ thể như sau:',
    ],
    slogan:
      '“Đẩy mạnh cải cách hành chính; thực hiện đạo đức và văn hóa công vụ; nâng cao chất lượng phục vụ người dân, tổ chức, doanh nghiệp; xây dựng nền hành chính hiện đại, năng động, trách nhiệm và linh hoạt”',
    purposes: labelled([
      ['a)', 'Phát huy truyền thống yêu nước, tinh thần chủ động sáng tạo của mỗi cá nhân, tập thể; tạo khí thế thi đua sôi nổi trong thực hiện công tác cải cách hành chính, nâng cao hiệu lực, hiệu quả quản lý, điều hành; phấn đấu cải thiện điểm số, thứ hạng Chỉ số PAR Index, SIPAS của thị xã góp phần thực hiện thắng lợi các nhiệm vụ phát triển kinh tế - xã hội thị xã Ninh Hòa năm 2022.'],
      ['b)', 'Nâng cao ý thức, trách nhiệm của tập thể, cá nhân trong thực hiện nhiệm vụ ở từng cơ quan, đơn vị, địa phương tạo nên sự đột phá trong công tác cải cách hành chính; hướng tới xây dựng nền hành chính thị xã trong sạch, vững mạnh, thông suốt, hiện đại, hiệu lực, hiệu quả, phục vụ tốt hơn nhu cầu của người dân, tổ chức và doanh nghiệp.'],
      ['c)', 'Cổ vũ, động viên, ghi nhận, biểu dương các tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua đẩy mạnh công tác cải cách hành chính trên địa bàn thị xã Ninh Hòa năm 2022.'],
    ]),
    requirements: labelled([
      ['a)', 'Tăng cường sự lãnh đạo của cấp ủy Đảng, điều hành của chính quyền các cấp trong việc đẩy mạnh công tác cải cách hành chính; ý thức tự giác, trách nhiệm của mỗi cấp, mỗi ngành, mỗi đơn vị, cá nhân.'],
      ['b)', 'Xây dựng cụ thể, chi tiết các tiêu chí đánh giá mức độ, hiệu quả trong công tác cải cách hành chính của từng cơ quan, đơn vị, địa phương.'],
      ['c)', 'Công tác bình xét thi đua, khen thưởng đảm bảo chính xác, công khai, minh bạch, đúng đối tượng, đúng thành tích; chú trọng khen thưởng những tập thể, cá nhân trực tiếp thực hiện công tác cải cách hành chính, có nhiều giải pháp, sáng kiến, sáng tạo mang lại hiệu quả trong công tác.'],
    ]),
    contents: [
      {
        key: 'nhiem-vu-cchc',
        label: '1.',
        text: 'Thi đua thực hiện các nhiệm vụ cải cách hành chính theo Chương trình tổng thể cải cách hành chính của Chính phủ, kế hoạch theo giai đoạn, hàng năm của UBND tỉnh, của UBND thị xã với các nội dung: công tác chỉ đạo, điều hành; cải cách thể chế; cải cách thủ tục hành chính; cải cách tổ chức bộ máy hành chính; cải cách chế độ công vụ; cải cách tài chính công; xây dựng và phát triển chính phủ điện tử, chính phủ số.',
        reformAreas: ['chi_dao_dieu_hanh', 'the_che', 'tthc', 'to_chuc_bo_may', 'cong_vu', 'tai_chinh_cong', 'chinh_phu_so'],
      },
      {
        key: 'chi-so',
        label: '2.',
        text: 'Thi đua hoàn thành tốt các kế hoạch, sự chỉ đạo của UBND tỉnh, UBND thị xã về tổ chức triển khai thực hiện các chỉ tiêu, nhiệm vụ, giải pháp để nâng cao Chỉ số cải cách hành chính (PAR Index), Chỉ số hài lòng của người dân, tổ chức, doanh nghiệp đối với sự phục vụ của các cơ quan hành chính nhà nước trong thực hiện thủ tục hành chính (SIPAS) trên địa bàn thị xã năm 2022, góp phần nâng cao Chỉ số PAR Index, Chỉ số SIPAS, Chỉ số hiệu quả quản trị hành chính công tỉnh Khánh Hòa (PAPI).',
        reformAreas: ['chi_dao_dieu_hanh'],
      },
      {
        key: 'sang-kien',
        label: '3.',
        text: 'Thi đua trong việc đề xuất các sáng kiến, giải pháp trong thực hiện nhiệm vụ cải cách hành chính nhằm tạo sự chuyển biến có tính đột phá, mang lại hiệu quả thiết thực, trọng tâm là cải cách thủ tục hành chính, nâng cao chất lượng phục vụ hành chính, cải thiện các Chỉ số PAR INDEX, SIPAS trên địa bàn thị xã.',
        reformAreas: ['tthc'],
      },
      {
        key: 'van-hoa-cong-vu',
        label: '4.',
        text: 'Thi đua nâng cao văn hóa công vụ, góp phần hình thành phong cách ứng xử, lễ l貌 làm việc chuẩn mực của đội ngũ cán bộ, công chức, viên chức; đảm bảo tính chuyên nghiệp, trách nhiệm, năng động, minh bạch, hiệu quả trong hoạt động thực thi nhiệm vụ, công vụ; đáp ứng yêu cầu phục vụ Nhân dân, xã hội; xây dựng nền hành chính dân chủ, chuyên nghiệp, hiện đại, tinh gọn, hiệu lực, hiệu quả, có năng lực kiến tạo phát triển, liêm chính, phục vụ Nhân dân.',
        reformAreas: ['cong_vu'],
      },
      {
        key: 'tuyen-truyen',
        label: '5.',
        text: 'Thi đua đẩy mạnh công tác tuyên truyền các chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước về cải cách hành chính và tình hình, kết quả triển khai thực hiện công tác cải cách hành chính của thị xã Ninh Hòa đến tổ chức, cá nhân kịp thời, chính xác, hiệu quả; tuyên truyền, giới thiệu các gương điển hình tiên tiến, các mô hình mới, cách làm hay, sáng tạo trong công tác cải cách hành chính.',
        reformAreas: ['tuyen_truyen'],
      },
    ],
    period: {
      start: { kind: 'on_issue' },
      end: '2022-12-31',
      recurrence: 'none',
      text: 'kể từ ngày UBND thị xã ban hành kế hoạch đến hết năm 2022.',
    },
    subjects: {
      collective: {
        label: 'a)',
        text: 'Tập thể: các cơ quan chuyên môn, đơn vị sự nghiệp, ban, ngành, Mặt trận Tổ quốc, các đoàn thể thị xã, UBND các xã, phường trên địa bàn thị xã.',
        unitKinds: [...subjectUnits],
      },
      individual: {
        label: 'b)',
        text: 'Cá nhân: cán bộ, công chức, viên chức, người lao động đang công tác tại các cơ quan, đơn vị, địa phương trên địa bàn thị xã Ninh Hòa.',
        personCategories: ['can_bo', 'cong_chuc', 'vien_chuc', 'nguoi_lao_dong'],
      },
    },
    criteria: [
      {
        key: 'nhiem-vu-dung-tien-do',
        text: s.tasks,
        indicator: 'Tỷ lệ nhiệm vụ, mục tiêu CCHC thực hiện đúng tiến độ, đạt chất lượng',
        target: { measure: 'percent', comparator: 'gt', value: 90 },
        appliesTo: 'collective',
        reformArea: 'chi_dao_dieu_hanh',
      },
      {
        // "PAR Index" of a unit inside the thị xã is the local CCHC index, rated on its bands.
        key: 'par-index-tot',
        text: s.par,
        indicator: 'Xếp loại Chỉ số cải cách hành chính (PAR Index) của đơn vị',
        index: 'CCHC',
        target: { measure: 'band', comparator: 'gte', band: 'Tốt', scale: [...standardScales.cchc] },
        appliesTo: 'collective',
        reformArea: 'chi_dao_dieu_hanh',
      },
      {
        key: 'sipas',
        text: s.sipas,
        indicator: 'Chỉ số hài lòng SIPAS',
        index: 'SIPAS',
        target: { measure: 'percent', comparator: 'gte', value: 90 },
        appliesTo: 'collective',
        reformArea: 'tthc',
      },
      {
        key: 'ho-so-dung-han',
        text: s.onTime,
        indicator: 'Tỷ lệ hồ sơ giải quyết đúng hạn',
        target: { measure: 'percent', comparator: 'gt', value: 98 },
        appliesTo: 'both',
        reformArea: 'tthc',
      },
      {
        key: 'sang-kien',
        text: s.initiative,
        indicator: 'Sáng kiến, giải pháp CCHC được cấp có thẩm quyền công nhận',
        target: { measure: 'boolean', value: true },
        appliesTo: 'both',
        reformArea: 'khac',
      },
    ],
    standards: {
      collective: [
        {
          key: 'tap-the',
          label: 'a)',
          text: `Đối với tập thể: ${s.tasks} ${s.par} ${s.sipas} ${s.onTime} Đơn vị có ${s.initiative.slice(3)}`,
          rule: {
            kind: 'all',
            of: [
              { kind: 'qualitative', text: s.conduct },
              { kind: 'criterion', criterionKey: 'nhiem-vu-dung-tien-do', text: s.tasks },
              { kind: 'criterion', criterionKey: 'par-index-tot', text: s.par },
              { kind: 'criterion', criterionKey: 'sipas', text: s.sipas },
              { kind: 'criterion', criterionKey: 'ho-so-dung-han', text: s.onTime },
              { kind: 'criterion', criterionKey: 'sang-kien', text: `Đơn vị có ${s.initiative.slice(3)}` },
            ],
          },
        },
      ],
      individual: [
        {
          key: 'ca-nhan',
          label: 'b)',
          text: `Đối với cá nhân: ${s.leading} tại các đơn vị có Chỉ số PAR Inder xếp loại Tốt. ${s.sipas} ${s.onTime} ${s.initiative}`,
          rule: {
            kind: 'all',
            of: [
              { kind: 'qualitative', text: s.conduct },
              { kind: 'qualitative', text: s.leading },
              { kind: 'criterion', criterionKey: 'par-index-tot', subject: 'own_unit', text: 'tại các đơn vị có Chỉ số PAR Inder xếp loại Tốt.' },
              // SIPAS measures a unit, never a person: the individual's unit must reach it.
              { kind: 'criterion', criterionKey: 'sipas', subject: 'own_unit', text: s.sipas },
              { kind: 'criterion', criterionKey: 'ho-so-dung-han', subject: 'self', text: s.onTime },
              { kind: 'criterion', criterionKey: 'sang-kien', subject: 'self', text: s.initiative },
            ],
          },
        },
      ],
    },
    awards: [
      {
        key: 'bang-khen-tinh',
        label: '-',
        text: 'Bằng khen của Chủ tịch UBND tỉnh.',
        form: 'bang_khen_tinh',
        name: 'Bằng khen của Chủ tịch UBND tỉnh',
        grantor: { title: 'Chủ tịch UBND tỉnh' },
        recipients: 'both',
        occasion: 'final',
        quota: {
          mode: 'allocated',
          by: 'UBND tỉnh, Sở Nội vụ',
          label: 'a)',
          text: 'Số lượng tập thể, cá nhân đề nghị Bằng khen của Chủ tịch UBND tỉnh: theo hướng dẫn của UBND tỉnh, Sở Nội vụ.',
        },
        deadlineKeys: ['de-nghi-khen-thuong'],
      },
      {
        key: 'giay-khen-thi-xa',
        label: '-',
        text: 'Giấy □ khen của Chủ tịch UBND thị xã.',
        form: 'giay_khen',
        name: 'Giấy khen của Chủ tịch UBND thị xã',
        grantor: { title: 'Chủ tịch UBND thị xã' },
        recipients: 'both',
        occasion: 'final',
        quota: {
          mode: 'max',
          collectives: 10,
          individuals: 10,
          label: 'b)',
          text: 'Số lượng tập thể, cá nhân đề nghị Giấy khen của Chủ tịch UBND thị xã: không quá 10 tập thể và 10 cá nhân.',
        },
        deadlineKeys: ['de-nghi-khen-thuong'],
      },
    ],
    dossier: {
      components: bullets(
        'Tờ trình đề nghị kèm theo Danh sách các tập thể, cá nhân đề nghị khen thưởng.',
        'Biên bản bình xét khen thưởng.',
        'Báo cáo thành tích của các tập thể, cá nhân được đề nghị khen thưởng.',
      ),
      formNote: '(Thực hiện theo mẫu Báo cáo thành tích số 07 Phụ lục kèm theo Nghị định số 91/2017/NĐ-CP ngày 31/7/2017 của Chính phủ)',
      copies: 2,
      copiesText: '02 bộ',
    },
    deadlines: [
      {
        key: 'gui-ke-hoach',
        title: 'Gửi kế hoạch phát động phong trào thi đua về UBND thị xã (qua Phòng Nội vụ)',
        kind: 'submit_plan',
        due: { kind: 'quarter', year: 2022, quarter: 1 },
        strict: 'by',
        responsible: { text: 'Thủ trưởng các cơ quan, đơn vị, Chủ tịch UBND các xã, phường', unitKinds: [...planIssuers] },
        recipient: 'UBND thị xã (qua Phòng Nội vụ)',
        text: 'đồng thời gửi kế hoạch về UBND thị xã (qua Phòng Nội vụ) trong Quý I/2022.',
      },
      {
        key: 'de-nghi-khen-thuong',
        title: 'Gửi hồ sơ đề nghị khen thưởng',
        kind: 'submit_proposal',
        due: { kind: 'announced_later' },
        strict: 'by',
        responsible: { text: 'các cơ quan, đơn vị, UBND các xã, phường', unitKinds: [...subjectUnits] },
        recipient: null,
        text: 'Thời gian đề nghị khen thưởng: có văn bản thông báo sau.',
      },
    ],
    responsibilities: [
      {
        key: 'co-quan-don-vi',
        label: '1.',
        unitText: 'Thủ trưởng các cơ quan, đơn vị, Chủ tịch UBND các xã, phường',
        unitKinds: [...planIssuers],
        tasks: [item(null, afterColon(resp.units))],
        deadlineKeys: ['gui-ke-hoach', 'de-nghi-khen-thuong'],
      },
      {
        key: 'phong-noi-vu',
        label: '2.',
        unitText: 'cơ quan Thường trực Hội đồng Thi đua - Khen thưởng thị xã (Phòng Nội vụ)',
        unitKinds: ['phong'],
        tasks: [item(null, afterColon(resp.council))],
      },
      {
        key: 'phong-vhtt',
        label: '3.',
        unitText: 'Phòng Văn hóa và Thông tin',
        unitKinds: ['phong'],
        tasks: [item(null, resp.culture.slice('Phòng Văn hóa và Thông tin '.length))],
      },
      {
        key: 'mttq-doan-the',
        label: '4.',
        unitText: 'Ủy ban MTTQVN thị xã, các đoàn thể thị xã',
        unitKinds: ['mttq', 'doan_the'],
        tasks: [item(null, resp.front.slice(resp.front.indexOf('căn cứ chức năng')))],
      },
    ],
    cascade: { unitKinds: [...planIssuers], deadlineKey: 'gui-ke-hoach' },
    closing:
      'Trên đây là Kế hoạch phát động phong trào “Đẩy mạnh công tác cải cách hành chính trên địa bàn thị xã Ninh Hòa” năm 2022, đề nghị các cơ quan, đơn vị, UBND các xã, phường triển khai thực hiện./.',
    outline: [
      {
        number: 'I.',
        heading: 'MỤC ĐÍCH, YÊU CẦU',
        children: [
          { number: '1.', heading: 'Mục đích', blocks: [{ kind: 'list', list: 'purposes' }] },
          { number: '2.', heading: 'Yêu cầu', blocks: [{ kind: 'list', list: 'requirements' }] },
        ],
      },
      { number: 'II.', heading: 'KHẨU HIỆU THI ĐUA', blocks: [{ kind: 'field', field: 'slogan' }] },
      { number: 'III.', heading: 'NỘI DUNG THI ĐUA', blocks: [{ kind: 'list', list: 'contents' }] },
      {
        number: 'IV.',
        heading: 'ĐỐI TƯỢNG, THỜI GIAN TỔ CHỨC THI ĐUA',
        children: [
          {
            number: '1.',
            heading: 'Đối tượng thi đua',
            blocks: [
              { kind: 'field', field: 'subjects.collective' },
              { kind: 'field', field: 'subjects.individual' },
            ],
          },
          { number: '2.', heading: 'Thời gian tổ chức thi đua:', inline: true, blocks: [{ kind: 'field', field: 'period' }] },
        ],
      },
      {
        number: 'V.',
        heading: 'CÔNG TÁC KHEN THƯỞNG',
        children: [
          { number: '1.', heading: 'Hình thức khen thưởng', blocks: [{ kind: 'list', list: 'awards' }] },
          {
            number: '2.',
            heading: 'Tiêu chuẩn khen thưởng:',
            inline: true,
            blocks: [
              { kind: 'text', text: standardsIntro, refs: ['standards.collective:tap-the', 'standards.individual:ca-nhan'] },
              { kind: 'list', list: 'standards.collective' },
              { kind: 'list', list: 'standards.individual' },
            ],
          },
          { number: '3.', heading: 'Số lượng khen thưởng', blocks: [{ kind: 'list', list: 'quotas' }] },
          {
            number: '4.',
            heading: 'Hồ sơ đề nghị các cấp khen thưởng',
            children: [
              {
                number: 'a)',
                heading: 'Thành phần hồ sơ:',
                blocks: [
                  { kind: 'list', list: 'dossier' },
                  { kind: 'field', field: 'dossier.formNote' },
                ],
              },
              { number: 'c)', heading: 'Số lượng hồ sơ:', inline: true, blocks: [{ kind: 'field', field: 'dossier.copies' }] },
            ],
          },
          {
            number: '5.',
            heading: 'Thời gian đề nghị khen thưởng:',
            inline: true,
            blocks: [{ kind: 'text', text: 'có văn bản thông báo sau.', refs: ['deadlines:de-nghi-khen-thuong'] }],
          },
        ],
      },
      {
        number: 'VI.',
        heading: 'TỔ CHỨC THỰC HIỆN',
        blocks: [
          { kind: 'text', label: '1.', text: resp.units, refs: ['responsibilities:co-quan-don-vi', 'deadlines:gui-ke-hoach'] },
          { kind: 'text', label: '2.', text: resp.council, refs: ['responsibilities:phong-noi-vu'] },
          { kind: 'text', label: '3.', text: resp.culture, refs: ['responsibilities:phong-vhtt'] },
          { kind: 'text', label: '4.', text: resp.front, refs: ['responsibilities:mttq-doan-the'] },
        ],
      },
    ],
  },
};
