import { describe, expect, it } from 'vitest';
import { recordedToText, textToRecorded } from './report-lines';

describe('section III lines', () => {
  it('reads "năm; tên; quyết định" lines and skips the malformed ones', () => {
    expect(textToRecorded('2024; Lao động tiên tiến; QĐ số 12/QĐ-UBND; ngày 05/01/2025\nkhông hợp lệ\n2023; Giấy khen')).toEqual([
      { year: 2024, name: 'Lao động tiên tiến', decision: 'QĐ số 12/QĐ-UBND; ngày 05/01/2025' },
      { year: 2023, name: 'Giấy khen', decision: null },
    ]);
  });

  it('writes rows back to the same text', () => {
    const rows = [
      { year: 2024, name: 'Lao động tiên tiến', decision: 'QĐ số 12/QĐ-UBND' },
      { year: 2023, name: 'Giấy khen', decision: null },
    ];
    expect(textToRecorded(recordedToText(rows))).toEqual(rows);
  });
});
