import type { Signer } from '../../movements/model/elements.schema';
import type { Line } from '../segment';
import { field, type Field } from './field';

const CAPACITY = /^(TM|KT|Q|TL|TUQ|TQ)\.\s*(.*)$/u;
const RECIPIENTS = /^Nơi nhận\s*:?$/iu;
const isUpper = (s: string) => /\p{L}/u.test(s) && s === s.toLocaleUpperCase('vi');
const isName = (s: string) => /^(\p{Lu}\p{Ll}*\s+){1,5}\p{Lu}\p{Ll}*$/u.test(s.trim());

export interface SignatureBlock {
  recipients: Field<string>[];
  signer: { capacity: Field<Signer['capacity']> | null; authority: Field<string> | null; title: Field<string> | null; name: Field<string> | null };
  /** Index of the last line the block used (the next document may start after it). */
  endIndex: number;
}

/** "Nơi nhận:" with its "- …;" lines, then the signature: "TM. BAN THƯỜNG VỤ", "PHÓ CHỦ TỊCH", name. */
export function signatureBlock(lines: Line[], from: number, to: number): SignatureBlock | null {
  let at = -1;
  for (let i = from; i < to; i++) if (RECIPIENTS.test(lines[i]!.text.trim())) at = i;
  if (at < 0) return null;
  const recipients: Field<string>[] = [];
  let i = at + 1;
  for (; i < to; i++) {
    const m = /^[-–•+]\s*(.+)$/u.exec(lines[i]!.text);
    if (!m) break;
    const l = lines[i]!;
    recipients.push(field(m[1]!.trim(), [l.end - m[1]!.trim().length, l.end], 0.95));
  }
  const signer: SignatureBlock['signer'] = { capacity: null, authority: null, title: null, name: null };
  let end = i - 1;
  for (let k = 0; i < to && k < 4; i++, k++) {
    const l = lines[i]!;
    const t = l.text.trim();
    const cap = CAPACITY.exec(t);
    if (cap && !signer.capacity && !signer.title) {
      signer.capacity = field(`${cap[1]}.` as Signer['capacity'], [l.start, l.start + cap[1]!.length + 1], 0.95);
      const rest = cap[2]!.trim();
      if (rest) signer.authority = field(rest, [l.end - rest.length, l.end], 0.9);
    } else if (isUpper(t) && t.length < 60 && !signer.title) {
      signer.title = field(t, [l.start, l.end], 0.9);
    } else if (signer.title && isName(t) && !signer.name) {
      signer.name = field(t, [l.start, l.end], 0.85);
      end = i;
      break;
    } else break;
    end = i;
  }
  return { recipients, signer, endIndex: end };
}
