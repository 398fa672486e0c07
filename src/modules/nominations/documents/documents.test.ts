import { describe, expect, it } from 'vitest';
import { isTable, type DocBlock } from '../../../documents/model';
import { reportSchema } from '../report.schema';
import { achievementReportDocument, type AchievementReportModel } from './achievement-report';
import { nomineeListDocument } from './nominee-list';

const text = (b: DocBlock) => (isTable(b) ? `[bảng ${b.rows.length} dòng]` : b.runs.map((r) => r.text).join(''));
const model = (over: Partial<AchievementReportModel>): AchievementReportModel => ({
  subjectKind: 'collective',
  nomineeName: 'Ấp Thạnh Hòa',
  awardName: 'Giấy khen của Chủ tịch UBND xã',
  year: 2025,
  unitName: 'Ấp Thạnh Hòa',
  parentBody: 'UBND xã Mỹ Thạnh',
  place: 'Mỹ Thạnh',
  report: reportSchema.parse({
    profile: { characteristics: 'Ấp có 450 hộ.', functions: 'Tự quản cộng đồng.' },
    achievements: { results: 'Vận động 100% hộ nộp hồ sơ trực tuyến.\nKhông có khiếu nại vượt cấp.', partyWork: 'Chi bộ trong sạch, vững mạnh.' },
    titles: [{ year: 2024, name: 'Tập thể lao động tiên tiến', decision: 'QĐ số 5/QĐ-UBND' }],
    summary: 'Dẫn đầu xã về hồ sơ trực tuyến.',
  }),
  version: 'detailed',
  ...over,
});

describe('báo cáo thành tích (Nghị định 98/2023 form)', () => {
  it('a collective: I. Sơ lược đặc điểm, tình hình, II with each paragraph, III with the recorded titles', () => {
    const doc = achievementReportDocument(model({}));
    const lines = doc.body.map(text);
    expect(doc.typeName).toBe('BÁO CÁO THÀNH TÍCH');
    expect(doc.summary).toBe('Đề nghị tặng Giấy khen của Chủ tịch UBND xã năm 2025');
    expect(doc.header).toMatchObject({ issuerName: 'Ấp Thạnh Hòa', parentBody: 'UBND xã Mỹ Thạnh', number: null });
    expect(lines).toEqual([
      'Tên tập thể đề nghị: Ấp Thạnh Hòa',
      'I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH',
      '1. Đặc điểm, tình hình',
      'Ấp có 450 hộ.',
      '2. Chức năng, nhiệm vụ',
      'Tự quản cộng đồng.',
      'II. THÀNH TÍCH ĐẠT ĐƯỢC',
      '1. Kết quả thực hiện nhiệm vụ được giao',
      'Vận động 100% hộ nộp hồ sơ trực tuyến.',
      'Không có khiếu nại vượt cấp.',
      '2. Việc thực hiện chủ trương của Đảng, chính sách, pháp luật; hoạt động của tổ chức đảng, đoàn thể',
      'Chi bộ trong sạch, vững mạnh.',
      'III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG',
      '1. Danh hiệu thi đua',
      '[bảng 1 dòng]',
      '2. Hình thức khen thưởng',
      'Chưa có hình thức khen thưởng.',
    ]);
    expect(doc.signer).toMatchObject({ title: 'THỦ TRƯỞNG ĐƠN VỊ' });
  });

  it('an individual: I. Sơ lược lý lịch with dots where nothing is known; the summary version prints the tóm tắt', () => {
    const doc = achievementReportDocument(model({ subjectKind: 'individual', nomineeName: 'Nguyễn Văn Tám', version: 'summary' }));
    const lines = doc.body.map(text);
    expect(doc.typeName).toBe('BÁO CÁO TÓM TẮT THÀNH TÍCH');
    expect(lines.slice(0, 3)).toEqual(['Họ và tên: Nguyễn Văn Tám', 'I. SƠ LƯỢC LÝ LỊCH', '- Họ tên: Nguyễn Văn Tám']);
    expect(lines).toContain('- Quê quán: …');
    expect(lines).toContain('II. TÓM TẮT THÀNH TÍCH ĐẠT ĐƯỢC');
    expect(lines).toContain('Dẫn đầu xã về hồ sơ trực tuyến.');
    expect(lines).not.toContain('Vận động 100% hộ nộp hồ sơ trực tuyến.');
    expect(doc.signer).toMatchObject({ title: 'NGƯỜI BÁO CÁO THÀNH TÍCH', name: 'Nguyễn Văn Tám' });
  });
});

describe('danh sách đề nghị', () => {
  it('puts collectives and individuals in two numbered tables', () => {
    const doc = nomineeListDocument({
      issuerName: 'UBND xã Mỹ Thạnh',
      parentBody: 'UBND huyện Giồng Trôm',
      place: null,
      issuedOn: '2025-12-01',
      title: 'Đề nghị khen thưởng năm 2025',
      caption: '(Kèm theo Tờ trình số 15/TTr-UBND ngày 01/12/2025 của UBND xã Mỹ Thạnh)',
      rows: [
        { subjectKind: 'individual', name: 'Nguyễn Văn Tám', positionUnit: 'Công chức, UBND xã', award: 'Giấy khen', summary: 'Tốt' },
        { subjectKind: 'collective', name: 'Ấp Thạnh Hòa', positionUnit: null, award: 'Giấy khen', summary: null },
        { subjectKind: 'individual', name: 'Lê Thị Chín', positionUnit: null, award: 'Giấy khen', summary: null },
      ],
      signerTitle: 'CHỦ TỊCH',
      signerName: null,
    });
    const tables = doc.body.filter(isTable);
    expect(tables.map((t) => t.columns.map((c) => c.header))[0]).toEqual(['STT', 'Tên tập thể, cá nhân', 'Chức vụ, đơn vị', 'Hình thức đề nghị', 'Tóm tắt thành tích']);
    expect(tables[0]!.rows).toEqual([['1', 'Ấp Thạnh Hòa', null, 'Giấy khen', null]]);
    expect(tables[1]!.rows.map((r) => r.slice(0, 2))).toEqual([
      ['1', 'Nguyễn Văn Tám'],
      ['2', 'Lê Thị Chín'],
    ]);
    expect(tables.every((t) => t.columns.reduce((s, c) => s + c.widthMm, 0) <= 165)).toBe(true);
  });
});
