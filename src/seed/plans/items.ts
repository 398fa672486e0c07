import type { Item } from '../../modules/movements/model/elements.schema';

/** Short builders for the items of seed plans (item arrays are typed loosely by the schema's input type). */
export const item = (label: string | null, text: string, children: Item[] = []): Item => ({ label, title: null, text, children });

/** A numbered heading with its own bullets: "1. <bold title>" then "- …". */
export const titled = (label: string | null, title: string, children: Item[] = [], text: string | null = null): Item => ({
  label,
  title,
  text,
  children,
});

/** "- …" bullets. */
export const bullets = (...texts: string[]): Item[] => texts.map((t) => item('-', t));

/** "a) …", "b) …" or "1. …", "2. …" in order, with the labels given. */
export const labelled = (pairs: [string, string][]): Item[] => pairs.map(([label, text]) => item(label, text));
