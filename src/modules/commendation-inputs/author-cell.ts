/**
 * The "Tác giả" cell of the initiatives spreadsheet: person ids separated by ";" (or new lines), each
 * with an optional share, "125: 60; 126: 40" or "125 (60%); 126 (40%)". Without any share the
 * authorship is split evenly (to the hundredth, the rest to the first author).
 */
export type AuthorCell = { ok: true; value: { personId: number; share: number }[] } | { ok: false; message: string };

const PART = /^(\d{1,9})\s*(?:[:(]\s*(\d{1,3}(?:[.,]\d{1,2})?)\s*%?\s*\)?)?$/;

export function parseAuthorCell(text: string): AuthorCell {
  const parts = text.split(/[;\n]/).map((p) => p.trim()).filter(Boolean);
  if (parts.length === 0) return { ok: false, message: 'chưa ghi tác giả nào' };
  const parsed: { personId: number; share: number | null }[] = [];
  for (const p of parts) {
    const m = PART.exec(p);
    if (!m) return { ok: false, message: `"${p}" không đúng dạng "mã cá nhân: tỷ lệ %", ví dụ "125: 60; 126: 40"` };
    parsed.push({ personId: Number(m[1]), share: m[2] === undefined ? null : Number(m[2].replace(',', '.')) });
  }
  const withShare = parsed.filter((p) => p.share !== null).length;
  if (withShare > 0 && withShare < parsed.length) return { ok: false, message: 'ghi tỷ lệ cho tất cả tác giả hoặc để trống tất cả (chia đều)' };
  if (withShare === 0) {
    const even = Math.floor(10_000 / parsed.length) / 100;
    const first = Math.round((100 - even * (parsed.length - 1)) * 100) / 100;
    return { ok: true, value: parsed.map((p, i) => ({ personId: p.personId, share: i === 0 ? first : even })) };
  }
  return { ok: true, value: parsed.map((p) => ({ personId: p.personId, share: p.share! })) };
}
