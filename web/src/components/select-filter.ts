import { searchKey } from '../../../src/lib/text';

/** Select search that ignores diacritics and case: "doan the" finds "Đoàn thể, hội". */
export const foldedSearch = {
  filterOption: (input: string, option?: { label?: unknown }) => searchKey(String(option?.label ?? '')).includes(searchKey(input)),
};
