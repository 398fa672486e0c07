import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WEB_DIR } from './helpers/e2e-app';

// The web imports label maps and types from src/; the schemas beside them must not ride along.
// Label maps live in zod-free modules (labels.ts); a value import of a *.schema.ts file would pull
// zod (~60 kB gzip) into every page that uses it.
describe('the built web app', () => {
  it('does not contain the zod schema library', () => {
    const assets = path.join(WEB_DIR, 'assets');
    const scripts = fs.readdirSync(assets).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    const withZod = scripts.filter((f) => fs.readFileSync(path.join(assets, f), 'utf8').includes('ZodError'));
    expect(withZod).toEqual([]);
  });
});
