import { searchKey } from '../../../lib/text';

/** Abbreviations of issuing bodies as plans write them ("UBND huyện", "LĐLĐ tỉnh"). */
const abbreviations: [RegExp, string][] = [
  [/\bubnd\b/g, 'uy ban nhan dan'],
  [/\bhdnd\b/g, 'hoi dong nhan dan'],
  [/\bldld\b/g, 'lien doan lao dong'],
  [/\bmttq\b/g, 'mat tran to quoc'],
  [/\bhdtdkt\b/g, 'hoi dong thi dua khen thuong'],
  [/\btx\./g, 'thi xa '],
  [/\btp\./g, 'thanh pho '],
];

const foldName = (s: string) =>
  abbreviations
    .reduce((acc, [re, full]) => acc.replace(re, full), searchKey(s))
    .replace(/\s+/g, ' ')
    .trim();

/** "135 /KH - LĐLĐ" and "135/kh-ldld" are the same number: diacritics, case and spaces aside. */
export const foldNumber = (n: string) => searchKey(n).replace(/\s+/g, '');

/**
 * Whether a cited issuer names the body that issued a plan. Citations shorten freely ("UBND tỉnh",
 * "Chủ tịch UBND huyện Trà Bồng", "Ban Thường vụ LĐLĐ tỉnh"), so one folded name containing the
 * other is enough: number and date have already matched, the issuer only tells two bodies apart.
 */
export function sameIssuer(cited: string, names: (string | null)[]): boolean {
  const a = foldName(cited);
  return names.some((n) => {
    if (n === null) return false;
    const b = foldName(n);
    return b.length > 0 && (a.includes(b) || b.includes(a));
  });
}

export interface MatchablePlan {
  number: string | null;
  issued_on: string | null;
  issuer_name: string | null;
  owner_name: string;
  /** A plan issued by a decision (seed 001) is cited by the decision's number and date. */
  decision_number?: string | null;
  decision_issued_on?: string | null;
}

const sameDocument = (ref: { number: string; issuedOn: string }, number: string | null | undefined, issuedOn: string | null | undefined) =>
  number != null && foldNumber(ref.number) === foldNumber(number) && ref.issuedOn === issuedOn;

/** A citation names this issued plan (or its issuing decision): same number and date, and the same issuer when the citation gives one. */
export function citesPlan(ref: { number: string | null; issuedOn: string | null; issuer: string | null }, plan: MatchablePlan): boolean {
  if (ref.number === null || ref.issuedOn === null) return false;
  const cited = { number: ref.number, issuedOn: ref.issuedOn };
  if (!sameDocument(cited, plan.number, plan.issued_on) && !sameDocument(cited, plan.decision_number, plan.decision_issued_on)) return false;
  return ref.issuer === null || sameIssuer(ref.issuer, [plan.issuer_name, plan.owner_name]);
}
