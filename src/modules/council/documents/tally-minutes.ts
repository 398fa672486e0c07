import { conflict } from '../../../http/errors';
import { heading, para, table, type DocBlock, type OfficialDocument } from '../../../documents/model';
import { citedDate } from '../../../documents/nd30-format';
import { chairOf, pct, type MinutesData } from './minutes-data';

/**
 * Biên bản kiểm phiếu: ban kiểm phiếu, ballots issued / returned / valid, per nominee đồng ý / không
 * đồng ý with the percent of the base and đạt / không đạt. Only for a closed session.
 */
export function tallyMinutesDocument(d: MinutesData): OfficialDocument<DocBlock> {
  if (d.tally === null) throw conflict('Phiên họp chưa kết thúc: chưa có biên bản kiểm phiếu.', { status: 'Chưa kết thúc bỏ phiếu' });
  const counters = d.members.filter((m) => m.role === 'thu_ky' || m.role === 'thuong_truc');
  const board = counters.length > 0 ? counters : d.members.filter((m) => m.role === 'chu_tich');
  const names = new Map(d.nominees.map((n) => [n.nominationId, n.name]));
  const head = board[0] ?? null;
  const body: DocBlock[] = [
    para(`Ngày ${citedDate(d.meetingOn)}${d.location ? `, tại ${d.location}` : ''}, Ban kiểm phiếu của Hội đồng Thi đua – Khen thưởng ${d.unitName} kiểm phiếu xét đề nghị khen thưởng trong phong trào «${d.movementTitle}».`),
    heading('I.', 'BAN KIỂM PHIẾU'),
    ...board.map((m, i) => para(`${i + 1}. ${m.fullName} – ${m.roleLabel}${i === 0 ? ', Trưởng ban' : ', thành viên'}.`, { indent: false })),
    para('Phiếu được bỏ kín, trực tuyến trên hệ thống; phiếu không ghi tên người bỏ phiếu và không thể sửa sau khi đã bỏ.'),
    heading('II.', 'KẾT QUẢ KIỂM PHIẾU'),
    para(`Số phiếu phát ra: ${d.tally.issued}; số phiếu thu về: ${d.tally.returned}; số phiếu hợp lệ: ${d.tally.valid}; số phiếu không hợp lệ: ${d.tally.returned - d.tally.valid}.`),
    para(`Tỷ lệ đồng ý cần đạt: ${pct(d.thresholdPercent)} tổng số thành viên Hội đồng (trừ thành viên không tham gia biểu quyết đối với người đó).`),
    table(
      [
        { header: 'TT', widthMm: 10, align: 'center' },
        { header: 'Tập thể, cá nhân', widthMm: 50 },
        { header: 'Đồng ý', widthMm: 20, align: 'center' },
        { header: 'Không đồng ý', widthMm: 22, align: 'center' },
        { header: 'Không bỏ phiếu', widthMm: 20, align: 'center' },
        { header: 'Tỷ lệ đồng ý', widthMm: 22, align: 'center' },
        { header: 'Kết quả', widthMm: 21, align: 'center' },
      ],
      d.tally.nominees.map((n, i) => [String(i + 1), names.get(n.nominationId) ?? '', String(n.agree), String(n.disagree), String(n.notVoted), `${pct(n.percent)} (${n.agree}/${n.eligible})`, n.passed ? 'Đạt' : 'Không đạt']),
    ),
    para('Biên bản kiểm phiếu được lập và công bố tại phiên họp.'),
  ];
  return {
    header: { parentBody: d.parentBody, issuerName: `Hội đồng Thi đua – Khen thưởng ${d.unitName}`, number: { value: null }, dateLine: { place: null, issuedOn: d.meetingOn } },
    typeName: 'BIÊN BẢN',
    summary: 'Kiểm phiếu xét đề nghị khen thưởng',
    caption: null,
    body,
    signer: { capacity: null, authority: null, title: 'TRƯỞNG BAN KIỂM PHIẾU', name: head?.fullName ?? chairOf(d)?.fullName ?? null },
    recipients: ['Hội đồng Thi đua – Khen thưởng', 'Lưu: hồ sơ khen thưởng'],
  };
}
