import { readFile, stat } from 'node:fs/promises';
import { AppError } from '../../http/errors';
import { formatTarget } from '../movements/model/target-format';
import { importPlanDocument } from './import-plan';
import { checkSize } from './read/detect';

/** `thidua plan import FILE [--json]`: the draft as JSON (same shape as the API) or a short summary. */
export async function planImportCommand(args: string[]): Promise<number> {
  const json = args.includes('--json');
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) {
    console.error('Cách dùng: thidua plan import TỆP [--json]   (TỆP: .docx, .pdf hoặc .txt)');
    return 1;
  }
  try {
    const info = await stat(file).catch(() => null);
    if (!info || !info.isFile()) throw new AppError('not_found', `Không tìm thấy tệp «${file}».`);
    checkSize(info.size);
    const result = await importPlanDocument(await readFile(file));
    if (json) {
      process.stdout.write(`${JSON.stringify({ kind: result.kind, content: result.content, sources: result.sources, dropped: result.dropped, text: result.text }, null, 2)}\n`);
      return 0;
    }
    const c = result.content;
    const h = c.header;
    const lines = [
      `${c.decision ? 'Quyết định ban hành kế hoạch' : 'Kế hoạch'}: ${c.title}`,
      `Cơ quan ban hành: ${h.issuerName}${h.number ? ` · Số ${h.number}` : ''}${h.issuedOn ? ` · ngày ${h.issuedOn.split('-').reverse().join('/')}` : ''}`,
      `Văn bản căn cứ, trích dẫn: ${c.references.length} · Mục tiêu: ${c.goals.length} · Nội dung: ${c.contents.length}`,
      ...c.criteria.map((cr) => `  Tiêu chí ${cr.label ?? ''} ${cr.indicator}: ${formatTarget(cr.target)}`),
      ...c.awards.map((a) => `  Khen thưởng: ${a.name} (${a.grantor.title})${a.quota.mode !== 'none' ? ` · số lượng: ${a.quota.mode}` : ''}`),
      ...c.deadlines.map((d) => `  Thời hạn: ${d.title} · ${JSON.stringify(d.due)}`),
      `Trách nhiệm: ${c.responsibilities.map((r) => r.unitText).join('; ') || '—'}`,
      ...(result.dropped.length ? [`Bỏ qua (không hợp lệ): ${result.dropped.join('; ')}`] : []),
    ];
    console.info(lines.join('\n'));
    return 0;
  } catch (err) {
    console.error(err instanceof AppError ? `Lỗi: ${err.message}` : err);
    return 1;
  }
}
