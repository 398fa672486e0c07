import { describe, expect, it } from 'vitest';
import { fileNameFrom } from './download';

describe('fileNameFrom', () => {
  it('prefers the UTF-8 name, which keeps Vietnamese letters', () => {
    const header = `attachment; filename="danh-sach.xlsx"; filename*=UTF-8''Danh%20s%C3%A1ch%20c%C3%A1%20nh%C3%A2n.xlsx`;
    expect(fileNameFrom(header, 'x.xlsx')).toBe('Danh sách cá nhân.xlsx');
  });
  it('reads a plain quoted name', () => {
    expect(fileNameFrom('attachment; filename="mau-don-vi.xlsx"', 'x.xlsx')).toBe('mau-don-vi.xlsx');
  });
  it('falls back when the header is absent or broken', () => {
    expect(fileNameFrom(null, 'don-vi.xlsx')).toBe('don-vi.xlsx');
    expect(fileNameFrom(`attachment; filename*=UTF-8''%E0%A4%A`, 'don-vi.xlsx')).toBe('don-vi.xlsx');
  });
});
