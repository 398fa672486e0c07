import { ruleSchema } from '../../standards/rule.schema';
import type { Era } from './instruments';
import type { CatalogueStandard } from './types';

/** A standard from its rule as written (input shape; defaults filled by the schema, so it is checked too). */
export function std(key: string, text: string, source: string, rule: unknown): CatalogueStandard {
  return { key, text, source, rule: ruleSchema.parse(rule) };
}

/** "Luật TĐKT 2022, Điều 24" for the era; `known` false marks it as not checked against the text. */
export const art = (era: Era, article: string, known = true) => `${era.lawShort}, ${article}${known ? '' : ' (chưa đối chiếu văn bản)'}`;

export const conduct = (source: string) =>
  std('chap-hanh', 'Chấp hành tốt chủ trương, chính sách của Đảng, pháp luật của Nhà nước; có tinh thần tự lực, tự cường; đoàn kết, tương trợ, tích cực tham gia phong trào thi đua', source, {
    kind: 'qualitative',
  });
