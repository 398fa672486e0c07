import { performance } from 'node:perf_hooks';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { renderAchievementReport, type AchievementReportModel } from '../src/modules/nominations/documents';
import { reportSchema } from '../src/modules/nominations/report.schema';

// npx tsx bench/achievement-reports.ts [--count=N]: N báo cáo thành tích .docx (default 1,000; half
// collectives, half individuals, detailed version, about two pages each) rendered one after another
// in the Nghị định 30/2020 layout, as the dossier zip of a batch does. No database: the models are
// built in memory, outside the timed part. --workers=N splits them over N worker threads (one per core).
const args = process.argv.slice(2).join(' ');
const COUNT = Number(/--count=(\d+)/.exec(args)?.[1] ?? 1_000);
const WORKERS = Number(/--workers=(\d+)/.exec(args)?.[1] ?? 1);

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

/** Renders models [from, to) and returns the bytes written; one warm-up document first. */
async function renderRange(from: number, to: number): Promise<number> {
  await renderAchievementReport(model(from));
  let bytes = 0;
  for (let i = from; i < to; i++) bytes += (await renderAchievementReport(model(i))).length;
  return bytes;
}

function inWorker(from: number, to: number): Promise<number> {
  return new Promise((resolve, reject) => {
    // tsx registers its loader in-process, which a worker does not inherit: register it there, then load this file.
    const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}); })`;
    const w = new Worker(boot, { eval: true, workerData: { from, to } });
    w.once('message', (bytes: number) => resolve(bytes));
    w.once('error', reject);
  });
}

async function main() {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let bytes = 0;
  if (WORKERS <= 1) {
    // The models are cheap; built here they would count, so render from a prebuilt list.
    const models = Array.from({ length: COUNT }, (_, i) => model(i));
    await renderAchievementReport(models[0]!);
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    for (const m of models) bytes += (await renderAchievementReport(m)).length;
    report((performance.now() - start) / 1000, process.cpuUsage(cpuStart), bytes);
    return;
  }
  const per = Math.ceil(COUNT / WORKERS);
  const parts = Array.from({ length: WORKERS }, (_, k) => inWorker(k * per, Math.min(COUNT, (k + 1) * per)));
  for (const b of await Promise.all(parts)) bytes += b;
  // Worker start-up (module loading, warm-up) is inside this wall time; CPU of workers is not in process.cpuUsage.
  report((performance.now() - t0) / 1000, process.cpuUsage(cpu0), bytes);
}

function report(wall: number, cpu: NodeJS.CpuUsage, bytes: number) {
  const cpuText = WORKERS <= 1 ? `, ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU` : '';
  console.info(`${COUNT} báo cáo thành tích .docx, ${WORKERS} luồng: ${wall.toFixed(1)} s wall${cpuText}, ${(COUNT / wall).toFixed(0)} per second, ${(bytes / COUNT / 1024).toFixed(1)} KiB each`);
  console.info(`target < 20 s: ${wall < 20 ? 'met' : 'not met'}`);
}

if (isMainThread) void main();
else {
  const { from, to } = workerData as { from: number; to: number };
  void renderRange(from, to).then((bytes) => parentPort!.postMessage(bytes));
}
