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
