import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Converts a .docx to PDF with LibreOffice (Debian's libreoffice-writer-nogui, installed by .ci/run)
 * and returns the PDF's text as pdftotext (poppler-utils) reads it, folded to NFC with single spaces
 * so a phrase that wrapped across lines still matches. A profile directory of its own per call keeps
 * parallel runs from clashing over LibreOffice's user installation lock.
 */
export async function docxToPdfText(docxPath: string): Promise<{ pdfPath: string; text: string; fonts: string[] }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-pdf-'));
  const profile = path.join(dir, 'profile');
  await run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, docxPath], { timeout: 120_000 });
  const pdfPath = path.join(dir, `${path.basename(docxPath, path.extname(docxPath))}.pdf`);
  if (!fs.existsSync(pdfPath)) throw new Error(`LibreOffice produced no PDF for ${docxPath}`);
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { maxBuffer: 20 * 1024 * 1024 });
  // pdffonts: two header lines, then one font a line, its name first ("BAAAAA+LiberationSerif-Bold").
  const fonts = (await run('pdffonts', [pdfPath])).stdout.split('\n').slice(2).map((l) => l.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, '')).filter(Boolean);
  fs.rmSync(profile, { recursive: true, force: true });
  return { pdfPath, text: stdout.normalize('NFC').replace(/\s+/g, ' '), fonts };
}

/**
 * Every .docx in a directory (recursively) to PDF in ONE LibreOffice run (its start-up dominates),
 * returning each document's text as pdftotext reads it, keyed by the .docx path relative to `dir`.
 */
export async function docxDirToPdfTexts(dir: string): Promise<Map<string, string>> {
  const docxs = (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.docx'));
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-pdfs-'));
  const profile = path.join(out, 'profile');
  // Output names must differ: prefix each with its index.
  const staged = docxs.map((f, i) => {
    const target = path.join(out, `${i}.docx`);
    fs.copyFileSync(path.join(dir, f), target);
    return target;
  });
  await run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', out, ...staged], { timeout: 180_000 });
  const texts = new Map<string, string>();
  for (const [i, f] of docxs.entries()) {
    const pdfPath = path.join(out, `${i}.pdf`);
    if (!fs.existsSync(pdfPath)) throw new Error(`LibreOffice produced no PDF for ${f}`);
    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { maxBuffer: 20 * 1024 * 1024 });
    texts.set(f.normalize('NFC'), stdout.normalize('NFC').replace(/\s+/g, ' '));
  }
  fs.rmSync(profile, { recursive: true, force: true });
  return texts;
}
