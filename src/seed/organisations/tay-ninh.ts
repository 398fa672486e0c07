import type { OrganisationSpec, UnitSpec } from './types';

/**
 * Seed 000 (../shared/seeds/000_cf2ccd11ccf38346.txt): Kế hoạch 135/KH-LĐLĐ ngày 03/3/2022 of the
 * Ban Thường vụ LĐLĐ huyện Dương Minh Châu, issued under Kế hoạch 301/KH-LĐLĐ of LĐLĐ tỉnh Tây Ninh.
 * Subjects: the công đoàn cơ sở of the huyện and their members. Signed by Phó Chủ tịch Thái Thị Bích
 * Thủy. The plan names no công đoàn cơ sở: the ones below are typical of a huyện (its agencies, a
 * health centre, the thị trấn and some of its xã) and are illustrative.
 */
const grassRoots = (code: string, name: string, extra: Partial<UnitSpec> = {}): UnitSpec => ({
  code,
  name,
  kind: 'cong_doan_co_so',
  ...extra,
});

export const tayNinh: OrganisationSpec = {
  source: '000_cf2ccd11ccf38346.txt',
  plan: 'Kế hoạch 135/KH-LĐLĐ (03/3/2022) phát động thi đua CCHC và kiểm soát TTHC đến năm 2025',
  root: {
    code: 'TNI-LDLD',
    name: 'Liên đoàn Lao động tỉnh Tây Ninh',
    shortName: 'LĐLĐ tỉnh Tây Ninh',
    kind: 'lien_doan_lao_dong',
    titles: { head: 'Chủ tịch LĐLĐ tỉnh', deputy: 'Phó Chủ tịch LĐLĐ tỉnh' },
    children: [
      {
        code: 'DMC',
        name: 'Liên đoàn Lao động huyện Dương Minh Châu',
        shortName: 'LĐLĐ huyện Dương Minh Châu',
        kind: 'lien_doan_lao_dong',
        staff: [
          { position: 'Chủ tịch LĐLĐ huyện', category: 'can_bo', head: true },
          // The signer of seed 000; her birth year is not in the plan.
          { position: 'Phó Chủ tịch LĐLĐ huyện', category: 'can_bo', fullName: 'Thái Thị Bích Thủy', gender: 'nu', birthYear: null },
          { position: 'Ủy viên Ban Thường vụ – Trưởng Ban Tổ chức – Kiểm tra', category: 'nguoi_lao_dong' },
          { position: 'Cán bộ Văn phòng LĐLĐ huyện', category: 'nguoi_lao_dong' },
        ],
        children: [
          grassRoots('UBND', 'Công đoàn cơ quan UBND huyện Dương Minh Châu'),
          grassRoots('HU', 'Công đoàn cơ quan Huyện ủy Dương Minh Châu'),
          grassRoots('TTYT', 'Công đoàn Trung tâm Y tế huyện Dương Minh Châu', { memberCategory: 'vien_chuc' }),
          grassRoots('TTDMC', 'Công đoàn cơ sở thị trấn Dương Minh Châu'),
          grassRoots('TRUONGMIT', 'Công đoàn cơ sở xã Truông Mít'),
          grassRoots('PHUOCMINH', 'Công đoàn cơ sở xã Phước Minh'),
          grassRoots('BAUNANG', 'Công đoàn cơ sở xã Bàu Năng'),
        ],
      },
    ],
  },
};
