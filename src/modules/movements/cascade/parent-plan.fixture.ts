import { blankPlan } from '../model/plan-builder';
import type { PlanContent } from '../model/plan-content.schema';

/** A thị xã plan in the shape of seed 004: criteria, an award with quota and deadline, a plan deadline. */
export function parentPlan(): PlanContent {
  return blankPlan({
    issuerName: 'ỦY BAN NHÂN DÂN THỊ XÃ NINH HÒA',
    title: 'Phát động phong trào thi đua “Đẩy mạnh công tác cải cách hành chính trên địa bàn thị xã Ninh Hòa” năm 2022',
    year: 2022,
    header: {
      issuerName: 'ỦY BAN NHÂN DÂN THỊ XÃ NINH HÒA',
      number: '66/KH-UBND',
      issuedOn: '2022-03-08',
      place: 'Ninh Hòa',
      signer: { capacity: 'KT.', authority: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Văn A' },
      recipients: ['UBND tỉnh;', 'Lưu: VT.'],
    },
    references: [{ key: 'qd-112', documentType: 'QĐ', number: '112/QĐ-UBND', issuedOn: '2022-01-21', issuer: 'UBND thị xã Ninh Hòa' }],
    purposes: [{ label: '-', text: 'Tạo khí thế thi đua sôi nổi.' }],
    goals: [{ key: 'par', text: 'PAR Index xếp loại Tốt', indexTargets: [] }],
    subjects: { collective: { text: 'Các xã, phường', unitKinds: ['xa', 'phuong'] } },
    contents: [{ key: 'n1', label: '1.', text: 'Cải cách thủ tục hành chính', reformAreas: ['tthc'] }],
    criteria: [
      { key: 'nhiem-vu', label: 'a)', text: 'Đạt chất lượng trên 90% các nhiệm vụ', indicator: 'Tỷ lệ nhiệm vụ hoàn thành', target: { measure: 'percent', comparator: 'gt', value: 90 } },
      { key: 'sipas', label: 'b)', text: 'SIPAS đạt từ 90% trở lên', indicator: 'Chỉ số SIPAS', index: 'SIPAS', target: { measure: 'percent', comparator: 'gte', value: 90 } },
    ],
    standards: {
      collective: [{ key: 'tt', text: 'Đạt các tiêu chí', rule: { kind: 'all', of: [{ kind: 'criterion', criterionKey: 'sipas' }] } }],
    },
    awards: [
      {
        key: 'giay-khen',
        form: 'giay_khen',
        name: 'Giấy khen của Chủ tịch UBND thị xã',
        grantor: { title: 'Chủ tịch UBND thị xã' },
        recipients: 'both',
        quota: { mode: 'max', collectives: 10, individuals: 10 },
        deadlineKeys: ['de-nghi'],
      },
    ],
    deadlines: [
      { key: 'ke-hoach', title: 'Gửi kế hoạch về UBND thị xã', kind: 'submit_plan', due: { kind: 'quarter', year: 2022, quarter: 1 }, responsible: { text: 'Các xã, phường', unitKinds: ['xa', 'phuong'] } },
      { key: 'de-nghi', title: 'Gửi hồ sơ đề nghị khen thưởng', kind: 'submit_proposal', due: { kind: 'yearly', day: 15, month: 12 }, strict: 'before', responsible: { text: 'Các xã, phường' } },
    ],
    responsibilities: [{ key: 'noi-vu', unitText: 'Phòng Nội vụ', tasks: [{ text: 'Theo dõi, đôn đốc.' }] }],
    funding: 'Kinh phí thi đua của thị xã.',
    cascade: { unitKinds: ['xa', 'phuong'], deadlineKey: 'ke-hoach' },
  });
}
