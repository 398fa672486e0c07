import { heading, para, table, type DocBlock, type OfficialDocument } from '../../../documents/model';
import { citedDate } from '../../../documents/nd30-format';
import { chairOf, pct, secretaryOf, type MinutesData } from './minutes-data';

const BASE_NOTE =
  'Tỷ lệ đồng ý tính trên tổng số thành viên Hội đồng, trừ thành viên không tham gia biểu quyết đối với người đó (chính là người được đề nghị hoặc cùng đơn vị); thành viên không bỏ phiếu được tính là không đồng ý.';

/** Biên bản họp Hội đồng Thi đua – Khen thưởng: time, place, chair, attendance, quorum, nominees, result. */
export function meetingMinutesDocument(d: MinutesData): OfficialDocument<DocBlock> {
  const chair = chairOf(d);
  const secretary = secretaryOf(d);
  const absent = d.members.filter((m) => m.present !== true).length;
  const body: DocBlock[] = [
    para(`Vào hồi ${d.openedAt ?? '…'}, ngày ${citedDate(d.meetingOn)}${d.location ? `, tại ${d.location}` : ''}, Hội đồng Thi đua – Khen thưởng ${d.unitName} họp xét đề nghị khen thưởng trong phong trào «${d.movementTitle}».`),
    heading('I.', 'THÀNH PHẦN'),
    para(`Chủ trì: ${chair ? `${chair.fullName}, ${chair.roleLabel}` : '…'}.`),
    para(`Thư ký: ${secretary ? secretary.fullName : '…'}.`),
    para(`Tổng số thành viên Hội đồng: ${d.members.length}; có mặt: ${d.quorum.present}; vắng mặt: ${absent}.`),
    table(
      [
        { header: 'TT', widthMm: 12, align: 'center' },
        { header: 'Họ và tên', widthMm: 45 },
        { header: 'Chức vụ, đơn vị', widthMm: 55 },
        { header: 'Vai trò trong Hội đồng', widthMm: 33 },
        { header: 'Dự họp', widthMm: 20, align: 'center' },
      ],
      d.members.map((m, i) => [String(i + 1), m.fullName, [m.positionTitle, m.unitName].filter(Boolean).join(', ') || null, m.roleLabel, m.present === true ? 'Có mặt' : m.present === false ? 'Vắng mặt' : 'Chưa điểm danh']),
    ),
    para(
      `Số thành viên có mặt ${d.quorum.present}/${d.members.length} (${pct(d.quorum.percent)}), ${d.quorum.met ? 'đạt' : 'không đạt'} tỷ lệ tối thiểu ${pct(d.quorumPercent)} theo quy chế: phiên họp ${d.quorum.met ? 'hợp lệ' : 'không hợp lệ'}.`,
    ),
    heading('II.', 'NỘI DUNG'),
    para(`Hội đồng xem xét ${d.nominees.length} trường hợp được đề nghị khen thưởng:`),
    table(
      [
        { header: 'TT', widthMm: 12, align: 'center' },
        { header: 'Tập thể, cá nhân được đề nghị', widthMm: 60 },
        { header: 'Đơn vị', widthMm: 48 },
        { header: 'Hình thức đề nghị', widthMm: 45 },
      ],
      d.nominees.map((n, i) => [String(i + 1), n.name, n.unitName, n.awardName]),
    ),
  ];
  if (d.recusals.length > 0) {
    body.push(para('Thành viên không tham gia biểu quyết:'));
    for (const r of d.recusals) body.push(para(`- ${r.memberName} đối với ${r.nomineeName}: ${r.reason.replace(/^Tự động: /, '')}.`, { indent: false }));
  }
  body.push(heading('III.', 'KẾT QUẢ'));
  if (d.tally === null) body.push(para('Hội đồng chưa kết thúc bỏ phiếu.'));
  else {
    const names = new Map(d.nominees.map((n) => [n.nominationId, n.name]));
    body.push(
      para(`Hội đồng bỏ phiếu kín; tỷ lệ đồng ý cần đạt: ${pct(d.thresholdPercent)}. ${BASE_NOTE}`),
      table(
        [
          { header: 'TT', widthMm: 12, align: 'center' },
          { header: 'Tập thể, cá nhân', widthMm: 63 },
          { header: 'Đồng ý', widthMm: 30, align: 'center' },
          { header: 'Tỷ lệ', widthMm: 30, align: 'center' },
          { header: 'Kết quả', widthMm: 30, align: 'center' },
        ],
        d.tally.nominees.map((n, i) => [String(i + 1), names.get(n.nominationId) ?? '', `${n.agree}/${n.eligible}`, pct(n.percent), n.passed ? 'Đạt' : 'Không đạt']),
      ),
      para(`Hội đồng thống nhất đề nghị khen thưởng ${d.tally.nominees.filter((n) => n.passed).length}/${d.nominees.length} trường hợp đạt tỷ lệ nêu trên.`),
    );
  }
  body.push(para(`Thư ký Hội đồng: ${secretary?.fullName ?? '…'} (ký, ghi rõ họ tên).`, { indent: false }));
  return {
    header: { parentBody: d.parentBody, issuerName: `Hội đồng Thi đua – Khen thưởng ${d.unitName}`, number: { value: null }, dateLine: { place: null, issuedOn: d.meetingOn } },
    typeName: 'BIÊN BẢN',
    summary: `Họp Hội đồng Thi đua – Khen thưởng xét đề nghị khen thưởng`,
    caption: null,
    body,
    signer: { capacity: null, authority: null, title: 'CHỦ TỊCH HỘI ĐỒNG', name: chair?.fullName ?? null },
    recipients: ['Thành viên Hội đồng', 'Lưu: VT, hồ sơ khen thưởng'],
  };
}
