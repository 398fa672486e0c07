import { commune, type OrganisationSpec, type UnitSpec } from './types';

/**
 * Seed 003 (../shared/seeds/003_01449c1526a0dd33.txt): Kế hoạch 369/KH-UBND ngày 09/7/2015 of UBND xã
 * Mỹ Thạnh (signed Chủ tịch Phạm Thanh Diễn), under Kế hoạch 1716/KH-UBND of UBND huyện Giồng Trôm,
 * tỉnh Bến Tre. It reaches "từ xã đến ấp" (6 ấp), the Mặt trận and đoàn thể, Đài truyền thanh xã and
 * the Công chức Văn phòng – Thống kê phụ trách nội vụ; nominations go up to Phòng Nội vụ huyện.
 * The plan does not name the 6 ấp: they are numbered here (Ấp 1 … Ấp 6) rather than given invented names.
 */
const XA = 'xã Mỹ Thạnh';

const hamlets: UnitSpec[] = [1, 2, 3, 4, 5, 6].map((n) => ({ code: `AP${n}`, name: `Ấp ${n}`, kind: 'ap' }));

const bodies: UnitSpec[] = [
  {
    code: 'VPTK',
    name: `Văn phòng – Thống kê ${XA}`,
    shortName: 'Văn phòng – Thống kê',
    kind: 'phong',
    staff: [
      { position: 'Công chức Văn phòng – Thống kê (phụ trách nội vụ)', category: 'cong_chuc' },
      { position: 'Công chức Văn phòng – Thống kê', category: 'cong_chuc' },
    ],
  },
  {
    code: 'DTT',
    name: `Đài Truyền thanh ${XA}`,
    shortName: 'Đài Truyền thanh',
    kind: 'khac',
    titles: { head: 'Phụ trách Đài Truyền thanh xã', member: 'Nhân viên Đài Truyền thanh xã' },
  },
  { code: 'MTTQ', name: `Ủy ban MTTQ Việt Nam ${XA}`, shortName: 'Ủy ban MTTQ xã', kind: 'mttq' },
  {
    code: 'DTN',
    name: `Đoàn TNCS Hồ Chí Minh ${XA}`,
    shortName: 'Đoàn Thanh niên xã',
    kind: 'doan_the',
    birthYears: [1985, 1995],
    titles: { head: 'Bí thư Đoàn xã', deputy: 'Phó Bí thư Đoàn xã' },
  },
  {
    code: 'PN',
    name: `Hội Liên hiệp Phụ nữ ${XA}`,
    shortName: 'Hội Phụ nữ xã',
    kind: 'doan_the',
    gender: 'nu',
    titles: { head: 'Chủ tịch Hội Liên hiệp Phụ nữ xã', deputy: 'Phó Chủ tịch Hội Liên hiệp Phụ nữ xã' },
  },
  {
    code: 'ND',
    name: `Hội Nông dân ${XA}`,
    shortName: 'Hội Nông dân xã',
    kind: 'doan_the',
    titles: { head: 'Chủ tịch Hội Nông dân xã', deputy: 'Phó Chủ tịch Hội Nông dân xã' },
  },
];

export const giongTrom: OrganisationSpec = {
  source: '003_01449c1526a0dd33.txt',
  plan: 'Kế hoạch 369/KH-UBND (09/7/2015) phát động thi đua đẩy mạnh CCHC năm 2015 và những năm tiếp theo',
  root: {
    code: 'BTE',
    name: 'Tỉnh Bến Tre',
    kind: 'tinh',
    children: [
      {
        code: 'GIONGTROM',
        name: 'Huyện Giồng Trôm',
        kind: 'huyen',
        children: [
          {
            code: 'NV',
            name: 'Phòng Nội vụ huyện Giồng Trôm',
            shortName: 'Phòng Nội vụ',
            kind: 'phong',
            titles: { member: 'Chuyên viên phụ trách thi đua – khen thưởng' },
          },
          commune('xa', 'Mỹ Thạnh', {
            staff: [
              // The signer of seed 003 (2015); his birth year is not in the plan.
              { position: 'Chủ tịch UBND xã', category: 'can_bo', head: true, fullName: 'Phạm Thanh Diễn', gender: 'nam', birthYear: null },
              { position: 'Phó Chủ tịch UBND xã', category: 'can_bo' },
              { position: 'Phó Chủ tịch UBND xã', category: 'can_bo' },
              { position: 'Công chức Tư pháp – Hộ tịch', category: 'cong_chuc' },
            ],
            children: [...bodies, ...hamlets],
          }),
        ],
      },
    ],
  },
};
