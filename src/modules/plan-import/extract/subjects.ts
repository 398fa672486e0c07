import { key, spanOf } from '../patterns';
import { field, type Field } from './field';

const PERSON = /^(doan vien|hoi vien|can bo|cong chuc|vien chuc|nguoi lao dong|nguoi hoat dong|ca nhan|giao vien|chien si|dang vien)/;

/**
 * One sentence naming both ("Công đoàn cơ sở, đoàn viên công đoàn, cán bộ, công chức … thuộc …"):
 * the leading bodies are the collectives, the people from the first person word on the individuals.
 */
export function splitSubjects(text: string | null): { text: string | null; collective?: { text: string }; individual?: { text: string } } {
  if (!text) return { text: null };
  const parts = text.replace(/\.$/u, '').split(/,\s*/u);
  const firstPerson = parts.findIndex((p) => PERSON.test(key(p)));
  if (firstPerson <= 0) return { text };
  return {
    text,
    collective: { text: parts.slice(0, firstPerson).join(', ') },
    individual: { text: parts.slice(firstPerson).join(', ') },
  };
}

const PEOPLE = '(?:cán bộ|công chức|viên chức|người lao động|người hoạt động|đoàn viên|hội viên|giáo viên|đảng viên)';

/**
 * Subjects of a plan with no "Đối tượng" section, from the two sentences that name them: whom it
 * launches the movement among ("Phát động toàn thể cán bộ, công chức … tích cực hưởng ứng") and whom
 * the closing sentence tells to carry it out ("yêu cầu các ngành, các Đoàn thể, các ấp và cán bộ,
 * công chức nghiêm túc triển khai"): the bodies before the first people word are the collectives.
 */
export function subjectsFromProse(text: string): { collective?: Field<string>; individual?: Field<string> } {
  const out: { collective?: Field<string>; individual?: Field<string> } = {};
  const launch = new RegExp(`Phát động\\s+(?:toàn thể|tất cả|mọi)\\s+(${PEOPLE}[^.;:]{0,200}?)\\s+(?:tích cực\\s+)?(?:hưởng ứng|tham gia)`, 'u').exec(text);
  if (launch) out.individual = field(launch[1]!, spanOf(launch, 0, 1), 0.6);
  const bodies = new RegExp(`yêu cầu\\s+((?:các|những)\\s[^.;:]{2,150}?)\\s+và\\s+${PEOPLE}[^.;:]{0,80}?(?:triển khai|thực hiện)`, 'u').exec(text);
  if (bodies && !PERSON.test(key(bodies[1]!))) out.collective = field(bodies[1]!, spanOf(bodies, 0, 1), 0.55);
  return out;
}
