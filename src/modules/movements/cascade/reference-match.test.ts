import { describe, expect, it } from 'vitest';
import { citesPlan, foldNumber, sameIssuer } from './reference-match';

const plan = { number: '135/KH-LĐLĐ', issued_on: '2022-03-03', issuer_name: 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN DƯƠNG MINH CHÂU', owner_name: 'LĐLĐ huyện Dương Minh Châu' };
const ref = (r: Partial<{ number: string | null; issuedOn: string | null; issuer: string | null }>) => ({ number: '135/KH-LĐLĐ', issuedOn: '2022-03-03', issuer: null, ...r });

describe('citesPlan', () => {
  it('folds spaces, case and diacritics of the number (seed 000 writes "135 /KH - LĐLĐ")', () => {
    expect(foldNumber('135 /KH - LĐLĐ')).toBe(foldNumber('135/kh-ldld'));
    expect(citesPlan(ref({ number: '135 /KH - LĐLĐ' }), plan)).toBe(true);
    expect(citesPlan(ref({ number: '136/KH-LĐLĐ' }), plan)).toBe(false);
  });

  it('needs the same date', () => {
    expect(citesPlan(ref({ issuedOn: '2022-03-04' }), plan)).toBe(false);
    expect(citesPlan(ref({ issuedOn: null }), plan)).toBe(false);
  });

  it('compares the issuer only when the citation gives one, short forms included', () => {
    expect(citesPlan(ref({ issuer: 'Ban Thường vụ LĐLĐ huyện Dương Minh Châu' }), plan)).toBe(true);
    expect(citesPlan(ref({ issuer: 'Liên đoàn Lao động huyện Dương Minh Châu' }), plan)).toBe(true);
    expect(citesPlan(ref({ issuer: 'LĐLĐ tỉnh Tây Ninh' }), plan)).toBe(false);
  });

  it('matches a plan issued by a decision on the decision’s number and date', () => {
    const byDecision = { number: null, issued_on: '2024-03-18', issuer_name: 'ỦY BAN NHÂN DÂN XÃ TRÀ LÂM', owner_name: 'Xã Trà Lâm', decision_number: '54/QĐ-UBND', decision_issued_on: '2024-03-18' };
    expect(citesPlan({ number: '54/QĐ-UBND', issuedOn: '2024-03-18', issuer: 'UBND xã Trà Lâm' }, byDecision)).toBe(true);
    expect(citesPlan({ number: '54/QĐ-UBND', issuedOn: '2024-03-19', issuer: null }, byDecision)).toBe(false);
  });
});

describe('sameIssuer', () => {
  it('reads UBND as Ủy ban nhân dân and accepts a shortened name', () => {
    expect(sameIssuer('UBND tỉnh', ['ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC'])).toBe(true);
    expect(sameIssuer('Chủ tịch UBND huyện Trà Bồng', ['ỦY BAN NHÂN DÂN HUYỆN TRÀ BỒNG'])).toBe(true);
    expect(sameIssuer('UBND huyện Trà Bồng', ['ỦY BAN NHÂN DÂN XÃ TRÀ LÂM', null])).toBe(false);
  });
});
