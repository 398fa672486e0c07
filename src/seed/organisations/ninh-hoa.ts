import { commune, type OrganisationSpec, type UnitSpec } from './types';

/**
 * Seed 004 (../shared/seeds/004_fc5f79a73a9cda40.txt): Kế hoạch of UBND thị xã Ninh Hòa, tỉnh Khánh
 * Hòa, launching "Đẩy mạnh công tác cải cách hành chính trên địa bàn thị xã Ninh Hòa" năm 2022 (signed
 * TM. UBND, Chủ tịch Nguyễn Vĩnh Thạnh). Subjects: the cơ quan chuyên môn, đơn vị sự nghiệp, ban,
 * ngành, Mặt trận Tổ quốc and đoàn thể of the thị xã and UBND of its xã, phường. Phòng Nội vụ is the
 * standing agency of the Hội đồng TĐKT; Phòng Văn hóa và Thông tin and Trung tâm Văn hóa – Thông tin
 * và Thể thao are named. The thị xã has 7 phường and 20 xã (Nghị quyết 41/NQ-CP năm 2010).
 * Phòng other than those named are the usual ones of a thị xã and are illustrative.
 */
const TX = 'thị xã Ninh Hòa';

const office = (code: string, topic: string, extra: Partial<UnitSpec> = {}): UnitSpec => ({
  code,
  name: `${topic} ${TX}`,
  shortName: topic,
  kind: 'phong',
  ...extra,
});

const departments: UnitSpec[] = [
  office('VP', 'Văn phòng HĐND và UBND', { titles: { head: 'Chánh Văn phòng', deputy: 'Phó Chánh Văn phòng' } }),
  office('NV', 'Phòng Nội vụ', { titles: { member: 'Chuyên viên phụ trách thi đua – khen thưởng' } }),
  office('TP', 'Phòng Tư pháp'),
  office('TCKH', 'Phòng Tài chính – Kế hoạch'),
  office('KT', 'Phòng Kinh tế'),
  office('QLDT', 'Phòng Quản lý đô thị'),
  office('TNMT', 'Phòng Tài nguyên và Môi trường'),
  office('LDTBXH', 'Phòng Lao động – Thương binh và Xã hội'),
  office('VHTT', 'Phòng Văn hóa và Thông tin'),
  office('GDDT', 'Phòng Giáo dục và Đào tạo'),
  office('YT', 'Phòng Y tế'),
  office('TTR', 'Thanh tra', {
    shortName: 'Thanh tra thị xã',
    titles: { head: 'Chánh Thanh tra', deputy: 'Phó Chánh Thanh tra', member: 'Thanh tra viên' },
  }),
  {
    code: 'TTVHTTTT',
    name: `Trung tâm Văn hóa – Thông tin và Thể thao ${TX}`,
    shortName: 'Trung tâm VH-TT-TT',
    kind: 'don_vi_su_nghiep',
  },
  { code: 'MTTQ', name: `Ủy ban MTTQ Việt Nam ${TX}`, shortName: 'Ủy ban MTTQ thị xã', kind: 'mttq' },
  {
    code: 'DTN',
    name: 'Thị đoàn Ninh Hòa',
    kind: 'doan_the',
    birthYears: [1988, 1996],
    titles: { head: 'Bí thư Thị đoàn', deputy: 'Phó Bí thư Thị đoàn' },
  },
  {
    code: 'PN',
    name: `Hội Liên hiệp Phụ nữ ${TX}`,
    shortName: 'Hội Phụ nữ thị xã',
    kind: 'doan_the',
    gender: 'nu',
    titles: { head: 'Chủ tịch Hội Liên hiệp Phụ nữ thị xã', deputy: 'Phó Chủ tịch Hội Liên hiệp Phụ nữ thị xã' },
  },
  {
    code: 'ND',
    name: `Hội Nông dân ${TX}`,
    shortName: 'Hội Nông dân thị xã',
    kind: 'doan_the',
    titles: { head: 'Chủ tịch Hội Nông dân thị xã', deputy: 'Phó Chủ tịch Hội Nông dân thị xã' },
  },
  {
    code: 'CCB',
    name: `Hội Cựu chiến binh ${TX}`,
    shortName: 'Hội Cựu chiến binh thị xã',
    kind: 'doan_the',
    gender: 'nam',
    birthYears: [1955, 1968],
    titles: { head: 'Chủ tịch Hội Cựu chiến binh thị xã', deputy: 'Phó Chủ tịch Hội Cựu chiến binh thị xã' },
  },
];

const wards = ['Ninh Hiệp', 'Ninh Đa', 'Ninh Giang', 'Ninh Hà', 'Ninh Diêm', 'Ninh Thủy', 'Ninh Hải'];
const communes = [
  'Ninh An', 'Ninh Bình', 'Ninh Đông', 'Ninh Hưng', 'Ninh Ích', 'Ninh Lộc', 'Ninh Phú', 'Ninh Phụng', 'Ninh Phước',
  'Ninh Quang', 'Ninh Sim', 'Ninh Sơn', 'Ninh Tân', 'Ninh Tây', 'Ninh Thân', 'Ninh Thọ', 'Ninh Thượng',
  'Ninh Trung', 'Ninh Vân', 'Ninh Xuân',
];

export const ninhHoa: OrganisationSpec = {
  source: '004_fc5f79a73a9cda40.txt',
  plan: 'Kế hoạch phát động thi đua "Đẩy mạnh công tác CCHC trên địa bàn thị xã Ninh Hòa" năm 2022',
  root: {
    code: 'KHA',
    name: 'Tỉnh Khánh Hòa',
    kind: 'tinh',
    children: [
      {
        code: 'NINHHOA',
        name: 'Thị xã Ninh Hòa',
        kind: 'thi_xa',
        staff: [
          // The signer of seed 004; his birth year is not in the plan.
          { position: 'Chủ tịch UBND thị xã', category: 'can_bo', head: true, fullName: 'Nguyễn Vĩnh Thạnh', gender: 'nam', birthYear: null },
          { position: 'Phó Chủ tịch UBND thị xã', category: 'can_bo' },
          { position: 'Phó Chủ tịch UBND thị xã', category: 'can_bo' },
        ],
        children: [
          ...departments,
          ...wards.map((w) => commune('phuong', w)),
          ...communes.map((c) => commune('xa', c)),
        ],
      },
    ],
  },
};
