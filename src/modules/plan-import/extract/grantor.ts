import { key } from '../patterns';

const titleCase = (s: string) => s.replace(/\p{L}+/gu, (w) => w.charAt(0) + w.slice(1).toLocaleLowerCase('vi'));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const COMMITTEE = '(?:Ủy ban nhân dân|UBND)';
const LEVEL = '(xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh)';

/**
 * Who grants an award, as the rest of the document names it. Rules of Luật TĐKT 2022 and the
 * procedure (domain.md §4–5), none about a particular place:
 * - a Phòng (its council's standing agency) only receives proposals: the People's Committee of
 *   its level grants, named in full where the text names it ("Ủy ban nhân dân huyện X");
 * - a committee that the text elsewhere names with its head ("trình Chủ tịch UBND xã khen thưởng")
 *   grants through that head;
 * - "Ủy ban nhân dân xã" in the plan of "ỦY BAN NHÂN DÂN XÃ Y" is that body: named in full.
 */
export function resolveGrantor(grantor: string, text: string, issuerName: string | null): string {
  let g = grantor;
  const office = new RegExp(`^Phòng\\s.*?(?<![\\p{L}])${LEVEL}$`, 'u').exec(g);
  if (office) {
    const full = new RegExp(`${COMMITTEE}\\s+${office[1]}((?:\\s+\\p{Lu}\\p{Ll}*)+)`, 'u').exec(text);
    g = full ? `Ủy ban nhân dân ${office[1]}${full[1]}` : `Ủy ban nhân dân ${office[1]}`;
  }
  if (new RegExp(`^${COMMITTEE}\\s`, 'u').test(g) && !/^Chủ tịch/u.test(g)) {
    const head = new RegExp(`Chủ tịch\\s+${escape(g)}\\s+(?:xét\\s+)?khen thưởng`, 'u').exec(text);
    if (head) g = `Chủ tịch ${g}`;
  }
  const gk = key(g);
  if (issuerName && gk.length >= 8 && key(issuerName).startsWith(`${gk} `)) g = `${g}${titleCase(issuerName.slice(g.length))}`;
  return g;
}

/** The initials of a body's name, as its documents' symbols abbreviate it ("Sở Lao động - Thương binh và Xã hội" → SLĐTBXH). */
export function initials(name: string): string {
  return name
    .split(/[\s\-–]+/u)
    .filter((w) => w !== '' && !/^(và|của)$/iu.test(w))
    .map((w) => w.charAt(0).toLocaleUpperCase('vi'))
    .join('');
}

/**
 * The issuer of a cited document whose symbol abbreviates the plan's own issuer in full
 * ("Kế hoạch số 321/KH-SLĐTBXH" in a plan of the Sở Lao động - Thương binh và Xã hội, Nghị định
 * 30/2020 Phụ lục I: the part after the type is the issuing body's abbreviation). Named as the text
 * writes it in running prose where it does, else as the header does.
 */
export function issuerBySymbol(number: string, issuerName: string | null, text: string): string | null {
  if (!issuerName) return null;
  const abbr = /^[^/]*\/[^-]+-(.+)$/u.exec(number)?.[1];
  if (!abbr || abbr.length < 3 || initials(issuerName) !== abbr.toLocaleUpperCase('vi')) return null;
  const target = key(issuerName);
  const words = issuerName.split(/\s+/u).length;
  // The same words in mixed case ("Sở Lao động - Thương binh và Xã hội (sau đây gọi tắt là Sở)").
  for (const m of text.matchAll(new RegExp(`${escape(issuerName.split(/\s+/u)[0]!)}`, 'giu'))) {
    const cand = text.slice(m.index).split(/\s+/u).slice(0, words).join(' ');
    if (key(cand) === target && cand !== cand.toLocaleUpperCase('vi')) return cand;
  }
  return titleCase(issuerName);
}
