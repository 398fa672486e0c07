import { commune, type OrganisationSpec, type UnitSpec } from './types';

/**
 * Seed 001 (../shared/seeds/001_fa567a1bbf32afd0.txt): Quyết định 54/QĐ-UBND ngày 18/3/2024 of the
 * Chủ tịch UBND xã Trà Lâm (signed Võ Thị Mai Vỹ), under Quyết định 1155/QĐ-UBND of the Chủ tịch UBND
 * huyện Trà Bồng, tỉnh Quảng Ngãi. Subjects: the cơ quan, ban, ngành of the xã, its Mặt trận Tổ quốc
 * and tổ chức chính trị – xã hội; individuals are cán bộ, công chức and người hoạt động không chuyên
 * trách. The plan ranks the xã among "16 xã, thị trấn" of the huyện and names Văn phòng – Thống kê,
 * Công chức Văn hóa – Xã hội, Đài truyền thanh xã and Phòng Nội vụ huyện.
 */

// Nghị quyết 867/NQ-UBTVQH14 ngày 10/01/2020 merged huyện Tây Trà back into Trà Bồng and formed Sơn Trà
// (Trà Quân + Trà Khê), Hương Trà (Trà Nham + Trà Lãnh) and Trà Tây (Trà Trung + Trà Thọ). The demo
// records the six communes of the former Tây Trà from that day; their earlier history is not modelled.
const JOINED_2020 = '2020-01-10';
const fromTayTra = 'Thuộc huyện Tây Trà đến khi sáp nhập vào huyện Trà Bồng (NQ 867/NQ-UBTVQH14).';
const mergedIn2020 = (parts: string) => `Thành lập ngày 10/01/2020 từ ${parts} (NQ 867/NQ-UBTVQH14).`;

const office = (code: string, name: string, shortName: string, extra: Partial<UnitSpec> = {}): UnitSpec => ({
  code,
  name,
  shortName,
  kind: 'phong',
  ...extra,
});

const TL = 'xã Trà Lâm';

/** The ban, ngành of UBND xã Trà Lâm and the Mặt trận and đoàn thể of the xã (seed 001). */
const traLamBodies: UnitSpec[] = [
  office('VPTK', `Văn phòng – Thống kê ${TL}`, 'Văn phòng – Thống kê', {
    staff: [
      { position: 'Công chức Văn phòng – Thống kê (phụ trách thi đua – khen thưởng)', category: 'cong_chuc' },
      { position: 'Công chức Văn phòng – Thống kê', category: 'cong_chuc' },
      { position: 'Nhân viên văn thư – lưu trữ', category: 'khong_chuyen_trach' },
    ],
  }),
  office('TPHT', `Tư pháp – Hộ tịch ${TL}`, 'Tư pháp – Hộ tịch', {
    staff: [
      { position: 'Công chức Tư pháp – Hộ tịch', category: 'cong_chuc' },
      { position: 'Công chức Tư pháp – Hộ tịch', category: 'cong_chuc' },
    ],
  }),
  office('TCKT', `Tài chính – Kế toán ${TL}`, 'Tài chính – Kế toán', {
    staff: [
      { position: 'Công chức Tài chính – Kế toán', category: 'cong_chuc' },
      { position: 'Thủ quỹ', category: 'khong_chuyen_trach' },
    ],
  }),
  office('DCXD', `Địa chính – Xây dựng ${TL}`, 'Địa chính – Xây dựng', {
    staff: [
      { position: 'Công chức Địa chính – Nông nghiệp – Xây dựng và Môi trường', category: 'cong_chuc' },
      { position: 'Công chức Địa chính – Nông nghiệp – Xây dựng và Môi trường', category: 'cong_chuc' },
    ],
  }),
  office('VHXH', `Văn hóa – Xã hội ${TL}`, 'Văn hóa – Xã hội', {
    staff: [
      { position: 'Công chức Văn hóa – Xã hội', category: 'cong_chuc' },
      { position: 'Công chức Văn hóa – Xã hội (phụ trách lao động – thương binh và xã hội)', category: 'cong_chuc' },
    ],
  }),
  office('QS', `Ban Chỉ huy Quân sự ${TL}`, 'Ban Chỉ huy Quân sự', {
    staff: [
      { position: 'Chỉ huy trưởng Ban Chỉ huy Quân sự xã', category: 'cong_chuc', head: true, gender: 'nam' },
      { position: 'Chỉ huy phó Ban Chỉ huy Quân sự xã', category: 'khong_chuyen_trach', gender: 'nam' },
    ],
  }),
  {
    code: 'DTT',
    name: `Đài Truyền thanh ${TL}`,
    shortName: 'Đài Truyền thanh',
    kind: 'khac',
    titles: { head: 'Phụ trách Đài Truyền thanh xã', member: 'Nhân viên Đài Truyền thanh xã' },
  },
  { code: 'MTTQ', name: `Ủy ban MTTQ Việt Nam ${TL}`, shortName: 'Ủy ban MTTQ xã', kind: 'mttq' },
  {
    code: 'DTN',
    name: `Đoàn TNCS Hồ Chí Minh ${TL}`,
    shortName: 'Đoàn Thanh niên xã',
    kind: 'doan_the',
    birthYears: [1990, 2000],
    titles: { head: 'Bí thư Đoàn xã', deputy: 'Phó Bí thư Đoàn xã' },
  },
  {
    code: 'PN',
    name: `Hội Liên hiệp Phụ nữ ${TL}`,
    shortName: 'Hội Phụ nữ xã',
    kind: 'doan_the',
    gender: 'nu',
    titles: { head: 'Chủ tịch Hội Liên hiệp Phụ nữ xã', deputy: 'Phó Chủ tịch Hội Liên hiệp Phụ nữ xã' },
  },
  {
    code: 'ND',
    name: `Hội Nông dân ${TL}`,
    shortName: 'Hội Nông dân xã',
    kind: 'doan_the',
    titles: { head: 'Chủ tịch Hội Nông dân xã', deputy: 'Phó Chủ tịch Hội Nông dân xã' },
  },
  {
    code: 'CCB',
    name: `Hội Cựu chiến binh ${TL}`,
    shortName: 'Hội Cựu chiến binh xã',
    kind: 'doan_the',
    gender: 'nam',
    birthYears: [1955, 1970],
    titles: { head: 'Chủ tịch Hội Cựu chiến binh xã', deputy: 'Phó Chủ tịch Hội Cựu chiến binh xã' },
  },
];

const traLam = commune('xa', 'Trà Lâm', {
  staff: [
    // The signer of seed 001; her birth year is not in the plan.
    { position: 'Chủ tịch UBND xã', category: 'can_bo', head: true, fullName: 'Võ Thị Mai Vỹ', gender: 'nu', birthYear: null },
    { position: 'Phó Chủ tịch UBND xã', category: 'can_bo' },
    { position: 'Phó Chủ tịch UBND xã', category: 'can_bo' },
    { position: 'Phó Chủ tịch HĐND xã', category: 'can_bo' },
  ],
  children: traLamBodies,
});

const district = 'huyện Trà Bồng';
const departments: UnitSpec[] = [
  office('VP', `Văn phòng HĐND và UBND ${district}`, 'Văn phòng HĐND và UBND', {
    titles: { head: 'Chánh Văn phòng', deputy: 'Phó Chánh Văn phòng' },
  }),
  // Standing agency of the huyện's Hội đồng Thi đua – Khen thưởng (seed 001 sends it the plan).
  office('NV', `Phòng Nội vụ ${district}`, 'Phòng Nội vụ', {
    titles: { member: 'Chuyên viên phụ trách thi đua – khen thưởng' },
  }),
  office('TP', `Phòng Tư pháp ${district}`, 'Phòng Tư pháp'),
  office('TCKH', `Phòng Tài chính – Kế hoạch ${district}`, 'Phòng Tài chính – Kế hoạch'),
  office('VHTT', `Phòng Văn hóa và Thông tin ${district}`, 'Phòng Văn hóa và Thông tin'),
  office('DT', `Phòng Dân tộc ${district}`, 'Phòng Dân tộc'),
  office('NNPTNT', `Phòng Nông nghiệp và Phát triển nông thôn ${district}`, 'Phòng Nông nghiệp và PTNT'),
  office('TTR', `Thanh tra ${district}`, 'Thanh tra huyện', {
    titles: { head: 'Chánh Thanh tra', deputy: 'Phó Chánh Thanh tra', member: 'Thanh tra viên' },
  }),
  { code: 'MTTQ', name: `Ủy ban MTTQ Việt Nam ${district}`, shortName: 'Ủy ban MTTQ huyện', kind: 'mttq' },
];

/** The 16 xã, thị trấn of Trà Bồng from 2020 until the district level ended on 01/7/2025. */
const communes: UnitSpec[] = [
  commune('thi_tran', 'Trà Xuân'),
  commune('xa', 'Trà Bình'),
  commune('xa', 'Trà Bùi'),
  commune('xa', 'Trà Giang'),
  commune('xa', 'Trà Hiệp'),
  traLam,
  commune('xa', 'Trà Phú'),
  commune('xa', 'Trà Sơn'),
  commune('xa', 'Trà Tân'),
  commune('xa', 'Trà Thủy'),
  commune('xa', 'Trà Phong', { validFrom: JOINED_2020, note: fromTayTra }),
  commune('xa', 'Trà Thanh', { validFrom: JOINED_2020, note: fromTayTra }),
  commune('xa', 'Trà Xinh', { validFrom: JOINED_2020, note: fromTayTra }),
  commune('xa', 'Sơn Trà', { validFrom: JOINED_2020, note: mergedIn2020('xã Trà Quân và xã Trà Khê') }),
  commune('xa', 'Hương Trà', { validFrom: JOINED_2020, note: mergedIn2020('xã Trà Nham và xã Trà Lãnh') }),
  commune('xa', 'Trà Tây', { validFrom: JOINED_2020, note: mergedIn2020('xã Trà Trung và xã Trà Thọ') }),
];

export const traBong: OrganisationSpec = {
  source: '001_fa567a1bbf32afd0.txt',
  plan: 'Quyết định 54/QĐ-UBND (18/3/2024) ban hành Kế hoạch thi đua "Đẩy mạnh CCHC xã Trà Lâm năm 2024"',
  root: {
    code: 'QNG',
    name: 'Tỉnh Quảng Ngãi',
    kind: 'tinh',
    children: [
      { code: 'TRABONG', name: 'Huyện Trà Bồng', kind: 'huyen', children: [...departments, ...communes] },
    ],
  },
};
