import { performance } from 'node:perf_hooks';
import { renderAchievementReport, type AchievementReportModel } from '../src/modules/nominations/documents';
import { reportSchema } from '../src/modules/nominations/report.schema';

// npx tsx bench/achievement-reports.ts [--count=N]: N báo cáo thành tích .docx (default 1,000; half
// collectives, half individuals, detailed version, about two pages each) rendered one after another
// in the Nghị định 30/2020 layout, as the dossier zip of a batch does. No database: the models are
// built in memory, outside the timed part.
const COUNT = Number(/--count=(\d+)/.exec(process.argv.slice(2).join(' '))?.[1] ?? 1_000);

const paragraph = (i: number) =>
  `Năm 2025, đơn vị số ${i} đã giải quyết ${90 + (i % 10)}% hồ sơ thủ tục hành chính đúng hạn, triển khai dịch vụ công trực tuyến toàn trình cho ${20 + (i % 30)} thủ tục, ` +
  'tiếp nhận hồ sơ qua bưu chính công ích, số hóa kết quả giải quyết thủ tục hành chính và công khai đầy đủ trên Cổng dịch vụ công; tỷ lệ hài lòng của người dân đạt trên 95%.';

function model(i: number): AchievementReportModel {
  const individual = i % 2 === 1;
  const report = reportSchema.parse({
    profile: individual
      ? { fullName: `Nguyễn Văn ${i}`, birthDate: '12/05/1985', gender: 'Nam', hometown: 'Xã Mỹ Thạnh, huyện Giồng Trôm, tỉnh Bến Tre', workplace: 'UBND xã Mỹ Thạnh', position: 'Công chức Văn phòng – Thống kê', qualification: 'Đại học Luật' }
      : { address: 'Ấp 3, xã Mỹ Thạnh', characteristics: `${paragraph(i)}\n${paragraph(i + 1)}`, functions: 'Tham mưu Ủy ban nhân dân xã quản lý nhà nước về cải cách hành chính.' },
    achievements: { duties: individual ? 'Tham mưu công tác cải cách hành chính, một cửa.' : null, results: [0, 1, 2, 3, 4, 5].map((k) => paragraph(i + k)).join('\n'), measures: paragraph(i + 7) },
    titles: [
      { year: 2023, name: 'Lao động tiên tiến', decision: 'Quyết định số 15/QĐ-UBND ngày 10/01/2024 của UBND xã' },
      { year: 2024, name: 'Lao động tiên tiến', decision: 'Quyết định số 09/QĐ-UBND ngày 08/01/2025 của UBND xã' },
    ],
    awards: [{ year: 2024, name: 'Giấy khen của Chủ tịch UBND huyện', decision: 'Quyết định số 120/QĐ-UBND ngày 20/12/2024' }],
    summary: paragraph(i),
  });
  return {
    subjectKind: individual ? 'individual' : 'collective',
    nomineeName: individual ? `Nguyễn Văn ${i}` : `Ấp ${i}`,
    awardName: 'Giấy khen của Chủ tịch UBND huyện',
    year: 2025,
    unitName: 'UBND xã Mỹ Thạnh',
    parentBody: 'UBND huyện Giồng Trôm',
    place: 'Mỹ Thạnh',
    report,
    version: 'detailed',
  };
}

async function main() {
  const models = Array.from({ length: COUNT }, (_, i) => model(i));
  await renderAchievementReport(models[0]!); // warm-up: module loading and JIT, not part of the count
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let bytes = 0;
  for (const m of models) bytes += (await renderAchievementReport(m)).length;
  const wall = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  console.info(`${COUNT} báo cáo thành tích .docx: ${wall.toFixed(1)} s wall, ${cpuSeconds.toFixed(1)} s CPU, ${(COUNT / wall).toFixed(0)} per second, ${(bytes / COUNT / 1024).toFixed(1)} KiB each`);
  console.info(`target < 20 s: ${wall < 20 ? 'met' : 'not met'}`);
}

void main();
