import type { PlanContentInput } from '../../modules/movements/model/plan-content.schema';

/**
 * Seed 001, part one: Quyết định 54/QĐ-UBND ngày 18/3/2024 of the Chủ tịch UBND xã Trà Lâm that
 * issues the plan, and every document the decision and the plan cite.
 *
 * The text keeps no header block of the decision: its number and date are those the plan's caption
 * states ("Kèm theo Quyết định số: 54 /QĐ-UBND ngày 18/3/2024 của UBND xã Trà Lâm"); the issuing
 * body and its parent are UBND xã Trà Lâm, huyện Trà Bồng. No place line survives, so place is null.
 */
export const signer001 = { capacity: null, authority: null, title: 'CHỦ TỊCH', name: 'Võ Thị Mai Vỹ' } as const;

export const decision001: NonNullable<PlanContentInput['decision']> = {
  header: {
    parentBody: 'UBND HUYỆN TRÀ BỒNG',
    issuerName: 'UBND XÃ TRÀ LÂM',
    number: '54/QĐ-UBND',
    place: null,
    issuedOn: '2024-03-18',
    signer: signer001,
    recipients: [
      'Như Điều 3;',
      'UBND huyện;',
      'Phòng Nội vụ huyện;',
      'Đảng ủy; TT HĐND xã;',
      'Mặt trận, các hội đoàn thể xã;',
      'Hội đồng TĐKT xã;',
      'Cán bộ, công chức;',
      'Lưu: VT.',
    ],
  },
  title: 'Ban hành Kế hoạch phát động và triển khai phong trào thi đua “Đẩy mạnh cải cách hành chính xã Trà Lâm năm 2024”',
  authority: 'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TRÀ LÂM',
  basis: [
    'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22/11/2019;',
    'Căn cứ Luật Thi đua, khen thưởng ngày 15/6/2022 và Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;',
    'Căn cứ Quyết định số 1155/QĐ-UBND ngày 25/3/2022 của Chủ tịch UBND huyện Trà Bồng về việc Ban hành Kế hoạch phát động và triển khai phong trào thi đua “Đẩy mạnh cải cách hành chính huyện Trà Bồng giai đoạn 2021-2025”;',
    'Căn cứ Quyết định số 196/QĐ-UBND ngày 31/12/2021 của UBND xã Trà Lâm về việc Ban hành Kế hoạch cải cách hành chính, nâng cao thứ hạng các chỉ số cải cách hành chính, hiệu quả quản trị hành chính công, năng lực cạnh tranh cấp xã giai đoạn 2021 - 2025;',
    // No closing ";" in the text.
    'Căn cứ Quyết định 61/QĐ-UBND ngày 04/4/2022 của UBND xã Trà Lâm về việc Ban hành Kế hoạch phát động và triển khai phong trào thi đua “Đẩy mạnh cải cách hành chính xã Trà Lâm giai đoạn 2021-2025”',
    // "Kế hoạch số 34/QĐ-UBND" and "xã Trà Than" as written.
    'Căn cứ Kế hoạch số 34/QĐ-UBND ngày 02/3/2022 của Ủy ban nhân dân xã Trà Lâm về Kế hoạch tuyên truyền cải cách hành chính giai đoạn 2022-2025 trên địa bàn xã Trà Than; Quyết định số 04/QĐ-UBND ngày 03/01/2024 về ban hành Kế hoạch cải cách hành chính trên địa bàn xã Trà Lâm năm 2024.',
  ],
  proposer: 'Theo đề nghị của Văn phòng – Thống kê xã.',
  articles: [
    'Ban hành kèm theo Quyết định này Kế hoạch phát động và triển khai phong trào thi đua “Đẩy mạnh cải cách hành chính xã Trà Lâm năm 2024”.',
    'Quyết định này có hiệu lực thi hành kể từ ngày ký.',
    'Văn phòng – Thống kê xã; Thủ trưởng các ban ngành liên quan và cán bộ, công chức xã chịu trách nhiệm thi hành Quyết định này./.',
  ],
};

const xa = 'UBND xã Trà Lâm';
const tinh = 'UBND tỉnh';
const huyen = 'UBND huyện Trà Bồng';
const chuTichHuyen = 'Chủ tịch UBND huyện Trà Bồng';
const kh196 =
  'về việc Ban hành Kế hoạch cải cách hành chính, nâng cao thứ hạng các chỉ số cải cách hành chính, hiệu quả quản trị hành chính công, năng lực cạnh tranh cấp xã giai đoạn 2021 - 2025';
const nangCao = 'nâng cao thứ hạng các chỉ số CCHC, hiệu quả quản trị và hành chính công, năng lực cạnh tranh cấp tỉnh giai đoạn 2021-2025';

/**
 * In the order first cited. The laws are cited by name and date only: no number, no issuer in the
 * text. Quyết định 04/QĐ-UBND names no issuer either (it is evidently the xã's, but not written).
 */
export const references001: NonNullable<PlanContentInput['references']> = [
  { key: 'luat-tcchq-2015', citedIn: 'decision', documentType: 'Luật', issuedOn: '2015-06-19', title: 'Luật Tổ chức chính quyền địa phương' },
  {
    key: 'luat-sua-doi-2019',
    citedIn: 'decision',
    documentType: 'Luật',
    issuedOn: '2019-11-22',
    title: 'Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương',
  },
  // The plan cites it again under section IV.2 ("theo quy định của Luật Thi đua – Khen thưởng").
  { key: 'luat-tdkt-2022', citedIn: 'both', documentType: 'Luật', issuedOn: '2022-06-15', title: 'Luật Thi đua, khen thưởng' },
  {
    key: 'nd-98-2023',
    citedIn: 'decision',
    documentType: 'NĐ',
    number: '98/2023/NĐ-CP',
    issuedOn: '2023-12-31',
    issuer: 'Chính phủ',
    title: 'quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
  },
  {
    // The huyện's plan this one follows: the cascade links the two when it exists in thidua.
    key: 'qd-1155-ubnd',
    citedIn: 'decision',
    documentType: 'QĐ',
    number: '1155/QĐ-UBND',
    issuedOn: '2022-03-25',
    issuer: chuTichHuyen,
    title: 'về việc Ban hành Kế hoạch phát động và triển khai phong trào thi đua “Đẩy mạnh cải cách hành chính huyện Trà Bồng giai đoạn 2021-2025”',
  },
  { key: 'qd-196-ubnd', citedIn: 'both', documentType: 'QĐ', number: '196/QĐ-UBND', issuedOn: '2021-12-31', issuer: xa, title: kh196 },
  {
    key: 'qd-61-ubnd',
    citedIn: 'both',
    documentType: 'QĐ',
    number: '61/QĐ-UBND',
    issuedOn: '2022-04-04',
    issuer: xa,
    title: 'về việc Ban hành Kế hoạch phát động và triển khai phong trào thi đua “Đẩy mạnh cải cách hành chính xã Trà Lâm giai đoạn 2021-2025”',
  },
  {
    // A Kế hoạch whose symbol reads QĐ in the text: kept as written.
    key: 'kh-34-ubnd',
    citedIn: 'decision',
    documentType: 'KH',
    number: '34/QĐ-UBND',
    issuedOn: '2022-03-02',
    issuer: 'Ủy ban nhân dân xã Trà Lâm',
    title: 'về Kế hoạch tuyên truyền cải cách hành chính giai đoạn 2022-2025 trên địa bàn xã Trà Than',
  },
  {
    key: 'qd-04-ubnd',
    citedIn: 'both',
    documentType: 'QĐ',
    number: '04/QĐ-UBND',
    issuedOn: '2024-01-03',
    title: 'về ban hành Kế hoạch cải cách hành chính trên địa bàn xã Trà Lâm năm 2024',
  },
  // The plan's opening sentence: documents it helps carry out.
  {
    key: 'nq-76-cp',
    relation: 'implements',
    documentType: 'NQ',
    number: '76/NQ-CP',
    issuedOn: '2021-07-15',
    issuer: 'Chính phủ',
    title: 'ban hành Chương trình tổng thể CCHC nhà nước giai đoạn 2021-2030',
  },
  {
    key: 'nq-04-tu',
    relation: 'implements',
    documentType: 'NQ',
    number: '04-NQ/TU',
    issuedOn: '2021-10-18',
    issuer: 'Hội nghị Tỉnh ủy lần thứ 5 khóa XX',
    // "… và Nghị quyết số 93/NQ-HĐND … về đẩy mạnh CCHC; …": the subject is written once for both.
    title: `về đẩy mạnh CCHC; ${nangCao}`,
  },
  {
    key: 'nq-93-hdnd',
    relation: 'implements',
    documentType: 'NQ',
    number: '93/NQ-HĐND',
    issuedOn: '2021-12-08',
    issuer: 'HĐND tỉnh',
    title: `về đẩy mạnh CCHC; ${nangCao}`,
  },
  {
    key: 'qd-1256-ubnd',
    relation: 'implements',
    documentType: 'QĐ',
    number: '1256/QĐ-UBND',
    issuedOn: '2021-12-22',
    issuer: tinh,
    title: `ban hành Kế hoạch CCHC, ${nangCao}`,
  },
  {
    key: 'qd-6325-ubnd',
    relation: 'implements',
    documentType: 'QĐ',
    number: '6325/QĐ-UBND',
    issuedOn: '2023-12-25',
    issuer: chuTichHuyen,
    title: 'về ban hành kế hoạch cải cách hành chính năm 2024',
  },
  {
    key: 'qd-6400-ubnd',
    relation: 'implements',
    documentType: 'QĐ',
    number: '6400/QĐ-UBND',
    issuedOn: '2021-12-28',
    issuer: huyen,
    title:
      'ban hành Kế hoạch cải cách hành chính; nâng cao thứ hạng các chỉ số cải cách hành chính, hiệu quả quản trị và hành chính công, năng lực cạnh tranh cấp huyện giai đoạn 2021-2025',
  },
];
