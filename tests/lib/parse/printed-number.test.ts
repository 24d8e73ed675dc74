import { describe, expect, it } from 'vitest';
import { parseNumeral, parsePrintedNumber, printedDecimals, PrintedNumberError } from '../../../src/lib/parse/printed-number.ts';

describe('parseNumeral', () => {
  it('reads Vietnamese thousands and decimals', () => {
    expect(parseNumeral('1.661')).toBe(1661);
    expect(parseNumeral('1.234.567')).toBe(1234567);
    expect(parseNumeral('96,3')).toBe(96.3);
    expect(parseNumeral('75,27')).toBe(75.27);
    expect(parseNumeral('02')).toBe(2);
  });
  it('reads English mirrors the other way round', () => {
    expect(parseNumeral('1,661', 'en')).toBe(1661);
    expect(parseNumeral('96.3', 'en')).toBe(96.3);
  });
  it('refuses ambiguous or malformed numerals rather than guess', () => {
    expect(() => parseNumeral('1.5')).toThrow(PrintedNumberError);
    expect(() => parseNumeral('1.66')).toThrow(PrintedNumberError);
    expect(() => parseNumeral('nhiều')).toThrow(PrintedNumberError);
  });
});

describe('parsePrintedNumber', () => {
  it('reads percentages and names the unit they print', () => {
    expect(parsePrintedNumber('96,3%')).toEqual({ value: 96.3, valueHigh: null, qualifier: 'exact', unitHint: 'percent' });
  });
  it('reads "percent" written out on English pages', () => {
    expect(parsePrintedNumber('80 percent', 'en')).toMatchObject({ value: 80, unitHint: 'percent' });
    expect(parsePrintedNumber('21.4 per cent', 'en')).toMatchObject({ value: 21.4, unitHint: 'percent' });
  });
  it('tells persons from person-times', () => {
    expect(parsePrintedNumber('674 lượt người').unitHint).toBe('person_times');
    expect(parsePrintedNumber('515 người').unitHint).toBe('persons');
    expect(parsePrintedNumber('1.661 người')).toMatchObject({ value: 1661, unitHint: 'persons' });
  });
  it('reads money written half in words', () => {
    expect(parsePrintedNumber('440 triệu đồng')).toMatchObject({ value: 440_000_000, unitHint: 'vnd' });
    expect(parsePrintedNumber('2,6 tỷ đồng')).toMatchObject({ value: 2_600_000_000, unitHint: 'vnd' });
    expect(parsePrintedNumber('trên 83 tỉ đồng')).toMatchObject({ value: 83_000_000_000, qualifier: 'more_than' });
  });
  it('keeps qualifiers', () => {
    expect(parsePrintedNumber('hơn 60%')).toMatchObject({ value: 60, qualifier: 'more_than' });
    expect(parsePrintedNumber('trên 900 người')).toMatchObject({ value: 900, qualifier: 'more_than' });
    expect(parsePrintedNumber('gần 3.000 người')).toMatchObject({ value: 3000, qualifier: 'nearly' });
    expect(parsePrintedNumber('khoảng 400 người')).toMatchObject({ value: 400, qualifier: 'about' });
    expect(parsePrintedNumber('từ 10% trở lên')).toMatchObject({ value: 10, qualifier: 'at_least' });
    expect(parsePrintedNumber('không quá 5%')).toMatchObject({ value: 5, qualifier: 'at_most' });
    expect(parsePrintedNumber('more than 1,300', 'en')).toMatchObject({ value: 1300, qualifier: 'more_than' });
  });
  it('reads a range as a low and a high end, never a midpoint', () => {
    expect(parsePrintedNumber('250 đến 300')).toEqual({ value: 250, valueHigh: 300, qualifier: 'range', unitHint: null });
    expect(parsePrintedNumber('1.500 - 1.700')).toMatchObject({ value: 1500, valueHigh: 1700, qualifier: 'range' });
    expect(parsePrintedNumber('từ 5 - 10%')).toMatchObject({ value: 5, valueHigh: 10, unitHint: 'percent' });
    expect(parsePrintedNumber('2 - 3 triệu đồng')).toMatchObject({ value: 2_000_000, valueHigh: 3_000_000 });
  });
  it('refuses a range that runs backwards and text without a number', () => {
    expect(() => parsePrintedNumber('300 đến 250')).toThrow(/high end/);
    expect(() => parsePrintedNumber('nhiều người')).toThrow(PrintedNumberError);
  });
});

describe('printedDecimals', () => {
  it('counts the decimals a printed number shows', () => {
    expect(printedDecimals('22,6%')).toBe(1);
    expect(printedDecimals('75,27%')).toBe(2);
    expect(printedDecimals('116%')).toBe(0);
    expect(printedDecimals('1.661 người')).toBe(0);
    expect(printedDecimals('96.3%', 'en')).toBe(1);
  });
});

describe('English qualifiers', () => {
  it('reads "an estimated" as about, and "per cent" as percent', () => {
    expect(parsePrintedNumber('An estimated 90 per cent', 'en')).toEqual({ value: 90, valueHigh: null, qualifier: 'about', unitHint: 'percent' });
  });
});
