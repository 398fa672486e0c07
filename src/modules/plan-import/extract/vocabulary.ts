import type { Item } from '../../movements/model/elements.schema';
import type { PersonCategory } from '../../people/person-fields';
import type { UnitKind } from '../../units/unit-kinds';
import type { ReformArea } from '../../movements/model/vocab';
import { key } from '../patterns';

/**
 * The movement model's vocabularies read from the words a plan uses for them. Each rule is a
 * generic name for the thing (a kind of body, a category of staff, a CCHC area of Nghị quyết
 * 76/NQ-CP), never a place. Matching is on the folded text (no diacritics, lower case).
 */
const UNIT_WORDS: [RegExp, UnitKind][] = [
  [/\bcac co quan, don vi\b|\b(cac )?(phong|co quan) (chuyen mon|nghiep vu)|\bcac phong\b|\bphong thuoc\b|\bban, nganh\b|\bcac nganh\b|\bcac ban\b/, 'phong'],
  [/don vi su nghiep|\bcac co quan, don vi\b/, 'don_vi_su_nghiep'],
  [/cong doan co so/, 'cong_doan_co_so'],
  [/lien doan lao dong/, 'lien_doan_lao_dong'],
  [/mat tran to quoc|\bmttq/, 'mttq'],
  [/doan the|to chuc chinh tri/, 'doan_the'],
  [/\bcac (ap|thon)\b|\bto dan pho\b|\bkhu pho\b/, 'ap'],
  [/\b(cac|ubnd cac|uy ban nhan dan cac) xa\b/, 'xa'],
  [/\b(cac|ubnd cac|uy ban nhan dan cac|xa,) phuong\b/, 'phuong'],
  [/\b(cac|xa,) thi tran\b/, 'thi_tran'],
  [/\bcac huyen\b/, 'huyen'],
  [/\bcac so\b|\bso, ban, nganh\b/, 'so'],
];

const PERSON_WORDS: [RegExp, PersonCategory][] = [
  [/\bcan bo\b/, 'can_bo'],
  [/\bcong chuc\b/, 'cong_chuc'],
  [/\bvien chuc\b/, 'vien_chuc'],
  [/\bnguoi lao dong\b/, 'nguoi_lao_dong'],
  [/khong chuyen trach/, 'khong_chuyen_trach'],
];

const AREA_WORDS: [RegExp, ReformArea][] = [
  [/chi dao,? dieu hanh|lanh dao, chi dao|nguoi dung dau/, 'chi_dao_dieu_hanh'],
  [/the che|van ban quy pham/, 'the_che'],
  [/thu tuc hanh chinh|\btthc\b|mot cua|iso 9001/, 'tthc'],
  [/to chuc bo may|bo may hanh chinh/, 'to_chuc_bo_may'],
  [/cong vu|doi ngu can bo/, 'cong_vu'],
  [/tai chinh cong|tu chu tai chinh/, 'tai_chinh_cong'],
  [/chinh phu (dien tu|so)|chuyen doi so|chinh quyen (dien tu|so)|dich vu cong truc tuyen|cong nghe thong tin/, 'chinh_phu_so'],
  [/tuyen truyen/, 'tuyen_truyen'],
];

function matches<T>(text: string, words: [RegExp, T][]): T[] {
  // "(gọi chung là các cơ quan, đơn vị)" names what came before, not another kind.
  const k = key(text.replace(/\([^)]*\)/gu, ' '));
  const out: T[] = [];
  for (const [re, v] of words) if (re.test(k) && !out.includes(v)) out.push(v);
  return out;
}

/** "Các phòng chuyên môn, nghiệp vụ thuộc Sở, các đơn vị sự nghiệp" → phong, don_vi_su_nghiep. */
export const unitKindsIn = (text: string): UnitKind[] => matches(text, UNIT_WORDS);
/** "cán bộ, công chức, người hoạt động không chuyên trách" → can_bo, cong_chuc, khong_chuyen_trach. */
export const personCategoriesIn = (text: string): PersonCategory[] => matches(text, PERSON_WORDS);
/** The CCHC areas a content names ("Nội dung về cải cách thủ tục hành chính" → tthc). */
export const reformAreasIn = (text: string): ReformArea[] => matches(text, AREA_WORDS);

const itemWords = (it: Item): string => [it.title ?? '', it.text ?? '', ...it.children.map(itemWords)].join(' ');

/**
 * Lower units expected to issue their own plan: those a responsibility tells to "xây dựng kế hoạch"
 * / "ban hành kế hoạch" (not the issuer itself); the deadline for sending it is the first one about a plan.
 */
export function cascadeOf(
  resp: { unitText: string; tasks: Item[] }[],
  deadlines: { key: string; kind: string }[],
  issuerName: string | null,
): { unitKinds: UnitKind[]; deadlineKey: string | null } {
  const unitKinds: UnitKind[] = [];
  // The issuer's own tasks ("1. Liên đoàn Lao động huyện … xây dựng kế hoạch") are not a lower level's plan.
  const own = (r: { unitText: string }) => issuerName !== null && key(issuerName).startsWith(key(r.unitText));
  for (const r of resp)
    if (!own(r) && /(xay dung|ban hanh) ke hoach/.test(key(r.tasks.map(itemWords).join(' '))))
      for (const k of unitKindsIn(r.unitText)) if (!unitKinds.includes(k) && k !== 'ap') unitKinds.push(k);
  const deadlineKey = unitKinds.length > 0 ? (deadlines.find((d) => d.kind === 'submit_plan')?.key ?? null) : null;
  return { unitKinds, deadlineKey };
}
