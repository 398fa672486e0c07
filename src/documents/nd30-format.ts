/**
 * The wording rules of Nghị định 30/2020 (Phụ lục I) that are text, not layout: the date line with
 * its leading zeros, the "Số:" line, the signature's capacity line, citation dates.
 */

const parts = (iso: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`Ngày không hợp lệ: ${iso}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
};

/** Days below 10 and the months January and February take a leading zero (Phụ lục I, mục I.5). */
export const nd30Day = (day: number) => String(day).padStart(2, '0');
export const nd30Month = (month: number) => (month <= 2 ? String(month).padStart(2, '0') : String(month));

/** "Huyện Dương Minh Châu, ngày 03 tháng 3 năm 2022"; an undated draft leaves blanks to fill in by hand. */
export function dateLine(place: string | null, issuedOn: string | null): string {
  let date = 'ngày      tháng      năm ';
  if (issuedOn !== null) {
    const { year, month, day } = parts(issuedOn);
    date = `ngày ${nd30Day(day)} tháng ${nd30Month(month)} năm ${year}`;
  }
  if (place === null || place.trim() === '') return date.charAt(0).toUpperCase() + date.slice(1);
  return `${place.trim()}, ${date}`;
}

/** "18/3/2024", "03/01/2024": a date cited inside a sentence, with the same leading-zero rule. */
export function citedDate(iso: string): string {
  const { year, month, day } = parts(iso);
  return `${nd30Day(day)}/${nd30Month(month)}/${year}`;
}

/** "Số: 135/KH-LĐLĐ"; a number not yet given leaves room to write it ("Số:        /KH-…" on paper). */
export function numberLine(value: string | null): string {
  return value === null ? 'Số:          /' : `Số: ${value}`;
}

/** "TM. BAN THƯỜNG VỤ", "KT. GIÁM ĐỐC"; null when the signer signs in their own name. */
export function capacityLine(capacity: string | null, authority: string | null): string | null {
  const line = [capacity, authority].filter((s): s is string => s !== null && s.trim() !== '').join(' ');
  return line === '' ? null : line.toLocaleUpperCase('vi-VN');
}

export const upper = (s: string) => s.toLocaleUpperCase('vi-VN');

/** Folds every string to NFC: Word and LibreOffice draw NFD combining marks badly in Times New Roman. */
export const nfc = (s: string) => s.normalize('NFC');

const keptUpper = new Set(['UBND', 'HĐND', 'MTTQ', 'LĐLĐ', 'CĐ', 'CĐCS', 'BHXH', 'VP', 'TW', 'HU', 'TU', 'ĐU', 'CCHC', 'TĐKT']);
const placeWords = ['thành phố', 'thị xã', 'thị trấn', 'xã', 'phường', 'huyện', 'quận', 'tỉnh'];

/**
 * An issuing body as a sentence names it: "UBND XÃ TRÀ LÂM" → "UBND xã Trà Lâm". Upper-case names
 * lose their case, so this is a best guess: abbreviations stay, the place after xã/huyện/tỉnh… is
 * capitalised, everything else is lower case after the first word ("xã hội" is not a place).
 */
export function nameInSentence(name: string): string {
  const words = name.trim().split(/\s+/);
  const out: string[] = [];
  let place = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (keptUpper.has(w.toLocaleUpperCase('vi-VN')) && w === w.toLocaleUpperCase('vi-VN')) {
      out.push(w);
      continue;
    }
    const lower = w.toLocaleLowerCase('vi-VN');
    const capital = lower.charAt(0).toLocaleUpperCase('vi-VN') + lower.slice(1);
    if (place) {
      out.push(capital);
      continue;
    }
    const rest = words.slice(i).join(' ').toLocaleLowerCase('vi-VN');
    const placeWord = placeWords.find((p) => rest === p || (rest.startsWith(`${p} `) && !rest.startsWith('xã hội')));
    if (placeWord) {
      const n = placeWord.split(' ').length;
      out.push(...words.slice(i, i + n).map((x) => x.toLocaleLowerCase('vi-VN')));
      i += n - 1;
      place = true;
      continue;
    }
    out.push(out.length === 0 ? capital : lower);
  }
  return out.join(' ');
}
