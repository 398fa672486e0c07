import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectPlan } from '../../src/modules/plan-import/accuracy';
import { importPlanDocument, importPlanText } from '../../src/modules/plan-import/import-plan';
import { renderSeedDocx } from '../fixtures/plans/render-docx';
import { renderSeedPdf } from '../fixtures/plans/render-pdf';

/**
 * The same plan in other clothes must import the same: a Word rendering (heading styles, automatic
 * numbering, bullet lists, a criteria table), a text-layer PDF (wrapped lines, page breaks inside
 * sentences), NFD text with Windows line ends.
 */
const seeds = join(import.meta.dirname, '../fixtures/seeds');
const files = readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort();

describe.each(files)('seed %s', (file) => {
  const raw = readFileSync(join(seeds, file), 'utf8');
  const fromText = projectPlan(importPlanText(raw).content);

  it('imports the same fields from its .docx rendering', async () => {
    const got = await importPlanDocument(await renderSeedDocx(raw));
    expect(got.kind).toBe('docx');
    expect(projectPlan(got.content)).toEqual(fromText);
  });

  it('imports the same fields from its PDF rendering', async () => {
    const got = await importPlanDocument(await renderSeedPdf(raw));
    expect(got.kind).toBe('pdf');
    expect(projectPlan(got.content)).toEqual(fromText);
  });

  it('imports the same fields from NFD text with CRLF line ends', () => {
    const got = importPlanText(raw.normalize('NFD').replace(/\n/g, '\r\n'));
    expect(projectPlan(got.content)).toEqual(fromText);
  });
});
