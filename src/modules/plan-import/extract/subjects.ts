import { key } from '../patterns';

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
