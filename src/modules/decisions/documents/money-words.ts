/**
 * Money in Vietnamese words for the decision ("Bằng chữ: Ba triệu năm trăm bốn mươi nghìn đồng"):
 * groups of three digits, "linh" for a zero ten, "mốt", "tư", "lăm" by the usual reading rules.
 */
const digits = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
const scales = ['', 'nghìn', 'triệu', 'tỷ', 'nghìn tỷ', 'triệu tỷ'];

function threeDigits(n: number, full: boolean): string {
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  const out: string[] = [];
  if (full || h > 0) out.push(digits[h]!, 'trăm');
  if (t === 0 && u > 0 && (full || h > 0)) out.push('linh');
  if (t === 1) out.push('mười');
  if (t > 1) out.push(digits[t]!, 'mươi');
  if (u > 0) {
    if (u === 1 && t > 1) out.push('mốt');
    else if (u === 4 && t > 1) out.push('tư');
    else if (u === 5 && t > 0) out.push('lăm');
    else out.push(digits[u]!);
  }
  return out.join(' ');
}

/** "3.540.000" → "Ba triệu năm trăm bốn mươi nghìn đồng". Whole đồng only. */
export function dongInWords(amount: number): string {
  if (!Number.isSafeInteger(amount) || amount < 0) throw new Error(`Số tiền không hợp lệ: ${amount}`);
  if (amount === 0) return 'Không đồng';
  const groups: number[] = [];
  for (let n = amount; n > 0; n = Math.floor(n / 1000)) groups.push(n % 1000);
  const words: string[] = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i]!;
    if (g === 0) continue;
    words.push(threeDigits(g, i < groups.length - 1), scales[i]!);
  }
  const text = words.filter(Boolean).join(' ').replace(/\s+/g, ' ').trim();
  return `${text.charAt(0).toLocaleUpperCase('vi-VN')}${text.slice(1)} đồng`;
}

const dongFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
/** "3.540.000" */
export const dong = (n: number) => dongFormat.format(n);
