import { invalid } from '../../http/errors';
import { entryFor, type CatalogueEntry } from '../commendation/catalogue';
import type { PlanContent } from '../movements/model/plan-content.schema';

type Offer = PlanContent['awards'][number];
export interface AwardChoice {
  awardKey: string | null;
  catalogueCode: string;
  entry: CatalogueEntry | null;
  offer: Offer | null;
  awardName: string;
}

const catalogueForms = new Set(['giay_khen', 'bang_khen_tinh', 'bang_khen_bo', 'bang_khen_ttg']);
const subjectWords = { individual: 'cá nhân', collective: 'tập thể' } as const;

/**
 * The award a nominee is proposed for: the plan's award offer (its key) and/or a catalogue entry.
 * An offer of a catalogue form gives the entry for the subject kind ("giay_khen" → "giay_khen:individual");
 * a title offer (danh_hieu) needs the title's code; other forms (khác, huân chương) have no legal
 * standards in the catalogue yet and keep "form:subject" as their code. `date` picks the law in force.
 */
export function chooseAward(content: Pick<PlanContent, 'awards'>, awardKey: string | null, catalogueCode: string | null, subject: 'individual' | 'collective', date: string): AwardChoice {
  const offer = awardKey === null ? null : (content.awards.find((a) => a.key === awardKey) ?? null);
  if (awardKey !== null && !offer) throw invalid(`Kế hoạch không có hình thức khen thưởng «${awardKey}».`, { awardKey: 'Không có trong kế hoạch' });
  if (offer && offer.recipients !== 'both' && offer.recipients !== subject)
    throw invalid(`«${offer.name}» của kế hoạch chỉ dành cho ${subjectWords[offer.recipients]}.`, { awardKey: `Không dành cho ${subjectWords[subject]}` });
  let entry: CatalogueEntry | null = null;
  let code: string;
  if (catalogueCode !== null) {
    entry = entryFor(catalogueCode, date, { subject });
    if (!entry) throw invalid(`Không có danh hiệu, hình thức khen thưởng «${catalogueCode}» áp dụng ngày ${date.split('-').reverse().join('/')}.`, { catalogueCode: 'Không có trong danh mục' });
    if (entry.subject !== subject) throw invalid(`«${entry.name}» dành cho đối tượng khác, không dành cho ${subjectWords[subject]}.`, { catalogueCode: `Không dành cho ${subjectWords[subject]}` });
    if (offer && offer.form !== 'khac' && entry.awardForm !== offer.form)
      throw invalid(`«${entry.name}» không phải hình thức «${offer.name}» của kế hoạch.`, { catalogueCode: 'Không khớp hình thức của kế hoạch' });
    code = entry.code;
  } else if (offer && catalogueForms.has(offer.form)) {
    entry = entryFor(offer.form, date, { subject });
    code = entry?.code ?? `${offer.form}:${subject}`;
  } else if (offer && offer.form === 'danh_hieu') {
    throw invalid(`«${offer.name}» là danh hiệu thi đua: chọn danh hiệu cụ thể.`, { catalogueCode: 'Chưa chọn danh hiệu' });
  } else if (offer) {
    code = `${offer.form}:${subject}`;
  } else {
    throw invalid('Chưa chọn hình thức khen thưởng của kế hoạch hoặc danh hiệu, hình thức trong danh mục.', { awardKey: 'Chưa chọn hình thức khen thưởng' });
  }
  return { awardKey: offer?.key ?? null, catalogueCode: code, entry, offer, awardName: offer?.name ?? entry?.name ?? code };
}
