import type { OrganisationSpec, UnitSpec } from './types';

/**
 * Seed 002 (../shared/seeds/002_93e0bf7dbf697f89.txt): Kế hoạch of the Sở Lao động – Thương binh và
 * Xã hội tỉnh Bình Phước launching "Đẩy mạnh cải cách hành chính nhà nước" 2024–2025, under Kế hoạch
 * 230/KH-UBND ngày 10/7/2024 of UBND tỉnh. Subjects: the phòng chuyên môn, nghiệp vụ of the Sở and its
 * đơn vị sự nghiệp; individuals are công chức, viên chức, người lao động. Dossiers go to Văn phòng Sở;
 * awards above the Sở go through Sở Nội vụ (Ban TĐKT tỉnh), which allocates the quotas.
 * The plan names only Văn phòng Sở; the other phòng and đơn vị sự nghiệp are the usual ones of a Sở
 * LĐTBXH before the 2025 reorganisation and are illustrative, as is every name of a person here
 * (the plan's signature block carries no name).
 */
const office = (code: string, name: string, extra: Partial<UnitSpec> = {}): UnitSpec => ({
  code,
  name,
  kind: 'phong',
  ...extra,
});

const publicService = (code: string, name: string): UnitSpec => ({
  code,
  name,
  kind: 'don_vi_su_nghiep',
  memberCategory: 'vien_chuc',
});

export const binhPhuoc: OrganisationSpec = {
  source: '002_93e0bf7dbf697f89.txt',
  plan: 'Kế hoạch phát động thi đua "Đẩy mạnh cải cách hành chính nhà nước" giai đoạn 2024 – 2025 của Sở LĐTBXH',
  root: {
    code: 'BPC',
    name: 'Tỉnh Bình Phước',
    kind: 'tinh',
    children: [
      {
        code: 'SLDTBXH',
        name: 'Sở Lao động – Thương binh và Xã hội tỉnh Bình Phước',
        shortName: 'Sở LĐTBXH Bình Phước',
        kind: 'so',
        children: [
          office('VP', 'Văn phòng Sở Lao động – Thương binh và Xã hội', {
            shortName: 'Văn phòng Sở',
            titles: { head: 'Chánh Văn phòng', deputy: 'Phó Chánh Văn phòng', member: 'Chuyên viên phụ trách thi đua – khen thưởng' },
          }),
          office('TTR', 'Thanh tra Sở Lao động – Thương binh và Xã hội', {
            shortName: 'Thanh tra Sở',
            titles: { head: 'Chánh Thanh tra', deputy: 'Phó Chánh Thanh tra', member: 'Thanh tra viên' },
          }),
          office('KHTC', 'Phòng Kế hoạch – Tài chính'),
          office('LDVL', 'Phòng Lao động – Việc làm'),
          office('GDNN', 'Phòng Giáo dục nghề nghiệp'),
          office('NCC', 'Phòng Người có công'),
          office('BTXH', 'Phòng Bảo trợ xã hội – Trẻ em – Bình đẳng giới'),
          publicService('DVVL', 'Trung tâm Dịch vụ việc làm tỉnh Bình Phước'),
          publicService('TTBTXH', 'Trung tâm Bảo trợ xã hội tỉnh Bình Phước'),
          publicService('CNMT', 'Cơ sở Cai nghiện ma túy tỉnh Bình Phước'),
        ],
      },
      {
        code: 'SNV',
        name: 'Sở Nội vụ tỉnh Bình Phước',
        shortName: 'Sở Nội vụ Bình Phước',
        kind: 'so',
        children: [
          office('BTDKT', 'Ban Thi đua – Khen thưởng tỉnh Bình Phước', {
            shortName: 'Ban Thi đua – Khen thưởng',
            titles: { head: 'Trưởng ban', deputy: 'Phó Trưởng ban' },
          }),
        ],
      },
    ],
  },
};
