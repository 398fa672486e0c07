import { readFileSync, readdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { importPlanDocument, importPlanText } from '../src/modules/plan-import/import-plan';
import { renderSeedDocx } from '../tests/fixtures/plans/render-docx';
import { renderSeedPdf } from '../tests/fixtures/plans/render-pdf';

/*
 * npx tsx bench/plan-import.ts [--rounds=N]: plans imported per second from text, .docx and PDF
 * (the five seed plans in turn; the .docx and PDF are the test renderings, made once before timing).
 * Each figure is the whole import: read, normalise, segment, extract, validate. Issue #6 asks for
 * ≥ 50 plans/s from text and ≥ 10 plans/s from .docx. A benchmark, not a test: nothing fails.
 */
const rounds = Number(/^--rounds=(\d+)$/.exec(process.argv[2] ?? '')?.[1] ?? 40);
const dir = join(import.meta.dirname, '../tests/fixtures/seeds');
const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
const docx = await Promise.all(texts.map((t) => renderSeedDocx(t)));
const pdf = await Promise.all(texts.map((t) => renderSeedPdf(t)));

async function measure(name: string, n: number, run: (i: number) => unknown): Promise<string> {
  for (let i = 0; i < 25; i++) await run(i); // warm-up (JIT, pdfjs module load)
  const times: number[] = [];
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const s = performance.now();
    await run(i);
    times.push(performance.now() - s);
  }
  const total = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(cpu0);
  const cpu = (c.user + c.system) / 1e6;
  times.sort((a, b) => a - b);
  const p = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
  return `| ${name} | ${n} | ${(n / total).toFixed(0)} | ${(n / cpu).toFixed(0)} | ${p(0.5)} | ${p(0.95)} |`;
}

const rows = [
  await measure('text (.txt)', rounds * texts.length, (i) => importPlanText(texts[i % texts.length]!)),
  await measure('Word (.docx)', rounds * texts.length, (i) => importPlanDocument(docx[i % docx.length]!)),
  await measure('PDF (text layer)', Math.max(5, Math.floor(rounds / 4)) * texts.length, (i) => importPlanDocument(pdf[i % pdf.length]!)),
];
console.info(`Node ${process.version}, ${cpus()[0]?.model ?? '?'} × ${cpus().length}\n`);
console.info(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}\n`);
console.info('| input | plans | plans/s (wall) | plans per CPU-second | median ms | p95 ms |\n|---|---:|---:|---:|---:|---:|');
console.info(rows.join('\n'));
