import { describe, expect, it } from 'vitest';
import { errorDetail, progressPercent } from './import-errors';

describe('errorDetail', () => {
  it('drops the row/column lead the table already shows', () => {
    expect(errorDetail({ row: 7, column: 'Năm sinh', message: 'Dòng 7, cột Năm sinh: phải là số từ 1900 đến 2026' })).toBe(
      'Phải là số từ 1900 đến 2026',
    );
  });
  it('keeps messages of another shape whole', () => {
    expect(errorDetail({ row: 1, column: 'Mã đơn vị', message: 'Thiếu cột Mã đơn vị' })).toBe('Thiếu cột Mã đơn vị');
    expect(errorDetail({ row: 8, column: 'Họ và tên', message: 'Dòng 7, cột Họ và tên: trống' })).toBe('Dòng 7, cột Họ và tên: trống');
  });
});

describe('progressPercent', () => {
  it('rounds down and stays below 100 until the import is done', () => {
    expect(progressPercent(0, 0)).toBe(0);
    expect(progressPercent(1, 3)).toBe(33);
    expect(progressPercent(20_000, 20_000)).toBe(99);
  });
});
