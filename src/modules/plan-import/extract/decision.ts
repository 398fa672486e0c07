import type { PlanContentInput } from '../../movements/model/plan-content.schema';
import type { Line } from '../segment';
import type { Layout } from './document';
import { titleAfter } from './header';
import type { SourceMap } from './field';

/**
 * A Quyết định that issues the plan (seed 001): its title, the authority line, Căn cứ, proposer and
 * articles; number and date come from the plan's caption "(Kèm theo Quyết định số … ngày …)".
 */
export function decisionFrom(lines: Line[], fullText: string, lay: Layout, src: SourceMap): NonNullable<PlanContentInput['decision']> | null {
  if (!lay.decisionType || !lay.planType) return null;
  const region = lines.slice(lay.decisionType.index, lay.planType.index);
  const title = titleAfter(lines, lay.decisionType.index, fullText);
  src.set('decision.title', title);
  const titleEnd = title ? title.span[1] : region[0]!.end;
  const authority = region.find((l) => l.start > titleEnd && /^[\p{Lu}\s]+$/u.test(l.text) && !/^QUYẾT ĐỊNH/u.test(l.text));
  src.set('decision.authority', authority ? { span: [authority.start, authority.end], confidence: 0.8 } : null);
  const articles = region.map((l) => /^Điều\s+\d+\s*[.:]\s*(.+)$/u.exec(l.text)?.[1]).filter((a): a is string => !!a);
  const sig = lay.decisionSignature;
  const caption = lay.caption;
  src.set('decision.header.number', caption?.number);
  src.set('decision.header.issuedOn', caption?.issuedOn);
  if (articles.length === 0) return null;
  return {
    header: {
      parentBody: null,
      issuerName: (caption?.issuer?.value ?? lay.issuer?.value ?? 'Chưa rõ').toLocaleUpperCase('vi'),
      number: caption?.number?.value ?? null,
      place: null,
      issuedOn: caption?.issuedOn?.value ?? null,
      signer: {
        capacity: sig?.signer.capacity?.value ?? null,
        authority: sig?.signer.authority?.value ?? null,
        title: sig?.signer.title?.value ?? 'Chưa rõ',
        name: sig?.signer.name?.value ?? null,
      },
      recipients: (sig?.recipients ?? []).map((r) => r.value),
    },
    title: title?.value ?? 'Quyết định',
    authority: authority?.text ?? 'Chưa rõ',
    basis: region.filter((l) => /^Căn cứ(?![\p{L}\p{N}])/u.test(l.text)).map((l) => l.text),
    proposer: region.find((l) => /^Theo đề nghị(?![\p{L}\p{N}])/u.test(l.text))?.text ?? null,
    articles,
  };
}
