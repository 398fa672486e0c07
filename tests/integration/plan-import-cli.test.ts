import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { planImportCommand } from '../../src/modules/plan-import/cli';

const seed = join(import.meta.dirname, '../fixtures/seeds/000_cf2ccd11ccf38346.txt');

describe('thidua plan import FILE [--json]', () => {
  afterEach(() => vi.restoreAllMocks());

  it('prints the draft as JSON: ISO dates, numbers as written, yearly deadlines as day/month', async () => {
    const out: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => (out.push(String(s)), true));
    expect(await planImportCommand([join(import.meta.dirname, '../fixtures/seeds/002_93e0bf7dbf697f89.txt'), '--json'])).toBe(0);
    const json = JSON.parse(out.join(''));
    expect(json.kind).toBe('text');
    expect(json.content.references[0]).toMatchObject({ number: '230/KH-UBND', issuedOn: '2024-07-10' });
    expect(json.content.deadlines[0].due).toEqual({ kind: 'yearly', day: 15, month: 12 });
    expect(json.content.period.end).toBe('2025-12-31');
    expect(Object.keys(json.sources)).toContain('header.signer.title');
  });

  it('says in Vietnamese what is wrong with a bad file and exits 1', async () => {
    const errors: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((s: unknown) => void errors.push(String(s)));
    const dir = mkdtempSync(join(tmpdir(), 'thidua-cli-'));
    writeFileSync(join(dir, 'trong.docx'), '');
    writeFileSync(join(dir, 'khong-phai.txt'), 'Biên bản họp tổ dân phố.\nNội dung: vệ sinh đường làng.');
    expect(await planImportCommand([join(dir, 'trong.docx')])).toBe(1);
    expect(await planImportCommand([join(dir, 'khong-phai.txt')])).toBe(1);
    expect(await planImportCommand([join(dir, 'khong-co.pdf')])).toBe(1);
    expect(errors).toEqual([
      'Lỗi: Tệp trống (0 byte): không có nội dung để nhập.',
      expect.stringContaining('không phải là một kế hoạch thi đua'),
      expect.stringContaining('Không tìm thấy tệp'),
    ]);
  });

  it('runs through the package bin: npx thidua plan import FILE --json', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [join(import.meta.dirname, '../../bin/thidua.js'), 'plan', 'import', seed, '--json'], { maxBuffer: 10_000_000 });
    expect(JSON.parse(stdout).content.header.number).toBe('135/KH-LĐLĐ');
  }, 60_000);
});
