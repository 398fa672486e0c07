/**
 * Folds Vietnamese text for search: NFC/NFD alike, no diacritics, đ → d, lower case, single spaces.
 * "Nguyễn Văn" and "nguyen van" fold to the same key.
 */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Text as stored: NFC (Word and PDFs hand us NFD too) with trimmed, single spaces. */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Escapes % and _ so user input is matched literally inside LIKE patterns. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
