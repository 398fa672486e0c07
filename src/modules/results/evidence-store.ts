import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Evidence files on disk, addressed by their SHA-256: DATA_DIR/evidence/ab/abcdef…. One copy per
 * content, however many results it is attached to. Writes go to a temporary file renamed into place,
 * so a reader never sees half a file and a crash leaves at most a stray temporary.
 */
export const sha256Of = (buf: Buffer): string => crypto.createHash('sha256').update(buf).digest('hex');

export function evidencePath(dataDir: string, sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`not a sha256: ${sha256}`);
  return path.join(dataDir, 'evidence', sha256.slice(0, 2), sha256);
}

const exists = (file: string) =>
  fs.stat(file).then(
    () => true,
    () => false,
  );

/** Stores the bytes unless the same content is already there; `created` says whether this call wrote it. */
export async function putEvidence(dataDir: string, buf: Buffer): Promise<{ sha256: string; file: string; created: boolean }> {
  const sha256 = sha256Of(buf);
  const file = evidencePath(dataDir, sha256);
  if (await exists(file)) return { sha256, file, created: false };
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${crypto.randomBytes(6).toString('hex')}.tmp`;
  try {
    await fs.writeFile(temp, buf, { flag: 'wx' });
    await fs.rename(temp, file);
  } catch (err) {
    await fs.rm(temp, { force: true });
    throw err;
  }
  return { sha256, file, created: true };
}

export async function removeEvidence(dataDir: string, sha256: string): Promise<void> {
  await fs.rm(evidencePath(dataDir, sha256), { force: true });
}

export function readEvidence(dataDir: string, sha256: string): Promise<Buffer> {
  return fs.readFile(evidencePath(dataDir, sha256));
}
