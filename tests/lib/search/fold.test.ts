import { describe, expect, it } from 'vitest';
import { dTwins, fold, foldedWords, withDTwins } from '../../../src/lib/search/fold.ts';
import { matchClass } from '../../../src/lib/search/pagefind.ts';

describe('fold', () => {
  it('removes tone and vowel marks and lower-cases', () => {
    expect(fold('Quảng Ninh')).toBe('quang ninh');
    expect(fold('Thừa Thiên Huế')).toBe('thua thien hue');
    expect(fold('Nghệ An')).toBe('nghe an');
    expect(fold('Bà Rịa – Vũng Tàu')).toBe('ba ria – vung tau');
  });
  it('writes đ and Đ as d, which Unicode does not decompose', () => {
    expect('Đ'.normalize('NFD')).toBe('Đ');
    expect(fold('Đà Nẵng')).toBe('da nang');
    expect(fold('Đắk Lắk')).toBe('dak lak');
    expect(fold('Điện Biên')).toBe('dien bien');
    expect(fold('đồng')).toBe('dong');
  });
  it('folds decomposed (NFD) input the same as composed', () => {
    expect(fold('Quảng Ninh'.normalize('NFD'))).toBe('quang ninh');
  });
  it('treats tone marks placed on either vowel alike ("Hòa", "Hoà")', () => {
    expect(fold('Hòa Bình')).toBe(fold('Hoà Bình'));
  });
  it('splits folded words on anything but letters and digits', () => {
    expect(foldedWords('Đà Nẵng: 1.482 người (96,3%)')).toEqual(['da', 'nang', '1', '482', 'nguoi', '96', '3']);
  });
});

describe('d-twins for the index', () => {
  it('adds each word written with đ once more, with d, keeping its other marks', () => {
    expect(dTwins('Đà Nẵng')).toEqual(['Dà']);
    expect(dTwins('Đắk Lắk, Đắk Nông')).toEqual(['Dắk']);
    expect(dTwins('Điện Biên Phủ và Đồng Tháp đã')).toEqual(['Diện', 'Dồng', 'dã']);
  });
  it('leaves a text without đ as it is', () => {
    expect(withDTwins('Quảng Ninh')).toBe('Quảng Ninh');
    expect(withDTwins('Đà Nẵng')).toBe('Đà Nẵng\nDà');
  });
});

describe('matchClass (re-ranking within a group of results)', () => {
  it('puts a name equal to the query first, accents and đ aside', () => {
    expect(matchClass('da nang', ['Đà Nẵng'])).toBe(0);
    expect(matchClass('Quảng Ninh', ['Cơ sở Cai nghiện ma túy tỉnh Quảng Ninh'])).toBe(2);
    expect(matchClass('thua thien hue', ['Huế', 'Hue', 'Thừa Thiên Huế'])).toBe(0);
  });
  it('then a name that starts with the query at a word or number boundary', () => {
    expect(matchClass('674', ['674 lượt người'])).toBe(1);
    expect(matchClass('674', ['6740 người'])).toBe(2);
    expect(matchClass('96', ['96,3%'])).toBe(2);
    expect(matchClass('96,3', ['96,3%'])).toBe(1);
  });
});

describe('where the index is', () => {
  it('the header’s script names Pagefind’s script where the build writes it', async () => {
    const { readFileSync } = await import('node:fs');
    const { PAGEFIND_SCRIPT } = await import('../../../src/lib/search/search-kinds.ts');
    expect(readFileSync(new URL('../../../src/scripts/search-boot.ts', import.meta.url), 'utf8')).toContain(`const PAGEFIND_SCRIPT = '${PAGEFIND_SCRIPT}';`);
  });
});
