import { describe, expect, it } from 'vitest';
import { readSentence, type PlaceNames } from '../../../src/lib/search/sentence.ts';

const PLACES: PlaceNames[] = [
  { id: 'province:22', names: ['Quảng Ninh', 'Quang Ninh'] },
  { id: 'province2025:22', names: ['Quảng Ninh', 'Quang Ninh'] },
  { id: 'province:48', names: ['Đà Nẵng', 'Da Nang'] },
  { id: 'province:66', names: ['Đắk Lắk', 'Dak Lak', 'Đắc Lắk'] },
  { id: 'province:77', names: ['Bà Rịa - Vũng Tàu', 'Ba Ria - Vung Tau', 'Bà Rịa – Vũng Tàu', 'BR-VT'] },
  { id: 'province:79', names: ['Hồ Chí Minh', 'Ho Chi Minh', 'TP.HCM', 'Sài Gòn'] },
  { id: 'facility:quang-ninh-provincial', names: ['Cơ sở Cai nghiện ma túy tỉnh Quảng Ninh', 'Quang Ninh Provincial Drug Rehabilitation Facility'] },
  { id: 'district:001', names: ['Quận Ba Đình', 'Ba Dinh District', 'Ba Đình'] },
  { id: 'country:VN', names: ['Việt Nam', 'Viet Nam', 'Vietnam', 'cả nước', 'toàn quốc'] },
];

const read = (text: string) => readSentence(text, PLACES);
const values = (text: string) => read(text).numbers.map((n) => n.readings.map((r) => r.value));

describe('readSentence: numbers', () => {
  it('reads the issue’s example: a count with its unit, a place of both systems and a year', () => {
    const r = read('Quảng Ninh tiếp nhận 674 lượt người năm 2021');
    expect(r.numbers).toHaveLength(1);
    expect(r.numbers[0]).toMatchObject({
      numeral: '674',
      qualifier: 'exact',
      unitHint: 'person_times',
      readings: [{ locale: 'vi', value: 674, valueHigh: null }],
    });
    expect(r.places.map((p) => p.id)).toEqual(['province:22', 'province2025:22']);
    expect(r.places[0].matched).toBe('Quảng Ninh');
    expect(r.years).toEqual([2021]);
  });
  it('reads Vietnamese and English number formats, keeping both readings where they differ', () => {
    expect(values('đạt 96,3% chỉ tiêu')).toEqual([[96.3]]);
    expect(values('reached 96.3% of the target')).toEqual([[96.3]]);
    // "1.482" is 1482 written the Vietnamese way, 1.482 the English way: a Vietnamese sentence reads it the Vietnamese way first.
    expect(values('tổ chức cai nghiện cho 1.482 người')).toEqual([[1482, 1.482]]);
    expect(values('1,482 people in rehab')).toEqual([[1482, 1.482]]);
    expect(values('1.234.567 đồng')).toEqual([[1234567]]);
  });
  it('reads qualifiers, ranges and money in words with the build’s parser', () => {
    const [more] = read('hơn 1.500 người nghiện').numbers;
    expect(more).toMatchObject({ qualifier: 'more_than', unitHint: 'persons' });
    const [range] = read('từ 250 đến 300 người').numbers;
    expect(range).toMatchObject({ qualifier: 'range', readings: [{ value: 250, valueHigh: 300 }] });
    expect(values('cho vay 440 triệu đồng')).toEqual([[440_000_000]]);
  });
  it('reads the unit of an unaccented sentence', () => {
    expect(read('quang ninh tiep nhan 674 luot nguoi nam 2021').numbers[0].unitHint).toBe('person_times');
    expect(read('co 912 nguoi nghien').numbers[0].unitHint).toBe('persons');
  });
  it('does not read dates, durations, year spans or document numbers as figures', () => {
    const r = read('Theo Kế hoạch số 146/KH-UBND ngày 29/01/2024, trong 6 tháng đầu năm, đến tháng 6/2021 và giai đoạn 2016–2020, có 35 cơ sở');
    expect(r.numbers.map((n) => n.numeral)).toEqual(['35']);
    expect(r.years).toEqual([2016, 2020, 2021, 2024]);
  });
  it('reads a bare four-digit year as a year, but a count with a unit as a count', () => {
    expect(read('năm 2022 có 2000 người').numbers.map((n) => n.numeral)).toEqual(['2000']);
    expect(read('năm 2022 có 2000 người').years).toEqual([2022]);
  });
  it('reads both numbers of a fraction ("1.482/3.050 người") but not a document number', () => {
    expect(values('đạt 1.482/3.050 người nghiện')).toEqual([
      [1482, 1.482],
      [3050, 3.05],
    ]);
    expect(read('đạt 1.482/3.050 người nghiện').numbers.map((n) => n.text)).toEqual(['1.482', '3.050 người']);
    expect(values('Kế hoạch 146/KH-UBND')).toEqual([]);
  });
  it('reads "tổng số 1.482" as a number (the word "số" does not hide it)', () => {
    expect(values('tổng số 1.482 người')).toEqual([[1482, 1.482]]);
  });
  it('shows a number with its qualifier and the words that say what it counts, nothing more', () => {
    expect(read('674 lượt người, tăng 12% so với cùng kỳ').numbers.map((n) => n.text)).toEqual(['674 lượt người', '12%']);
    expect(read('đạt 96,3% chỉ tiêu').numbers[0].text).toBe('96,3%');
    expect(read('hơn 1.500 người nghiện năm 2019').numbers[0].text).toBe('hơn 1.500 người');
    expect(read('cho vay 440 triệu đồng').numbers[0].text).toBe('440 triệu đồng');
    expect(read('có 35 cơ sở').numbers[0].text).toBe('35');
  });
  it('gives each number the places, years and words of its own clause', () => {
    const r = read('Quảng Ninh tiếp nhận 700 lượt người năm 2021, đạt 96,3% chỉ tiêu; Đà Nẵng năm 2019 có 1.234 người. Cả nước có 200.000 người');
    const context = r.numbers.map((n) => ({ places: n.context.places.map((p) => p.id), years: n.context.years }));
    expect(context).toEqual([
      { places: ['province:22', 'province2025:22'], years: [2021] },
      { places: ['province:22', 'province2025:22'], years: [2021] },
      { places: ['province:48'], years: [2019] },
      { places: ['country:VN'], years: [2019, 2021] },
    ]);
    expect(r.numbers[2].context.words).toEqual(['nam', 'co', 'nguoi']);
  });
});

describe('readSentence: places and years', () => {
  it('finds places written without diacritics, and with đ as d', () => {
    expect(read('quang ninh').places.map((p) => p.id)).toContain('province:22');
    expect(read('da nang nam 2020').places.map((p) => p.id)).toEqual(['province:48']);
    expect(read('Dak Lak').places.map((p) => p.id)).toEqual(['province:66']);
    expect(read('tinh ba ria - vung tau').places.map((p) => p.id)).toEqual(['province:77']);
    expect(read('Bà Rịa – Vũng Tàu (en dash)').places.map((p) => p.id)).toEqual(['province:77']);
  });
  it('finds a place by another of its names', () => {
    expect(read('TP.HCM có 100 người').places.map((p) => p.id)).toEqual(['province:79']);
    expect(read('Quận Ba Đình có 12 người').places.map((p) => p.id)).toEqual(['district:001']);
    expect(read('Ba Đình có 12 người').places.map((p) => p.id)).toEqual(['district:001']);
    expect(read('cả nước có 200.000 người').places.map((p) => p.id)).toEqual(['country:VN']);
  });
  it('takes the longest name: the facility, not the province inside its name', () => {
    expect(read('Cơ sở Cai nghiện ma túy tỉnh Quảng Ninh tiếp nhận 300 học viên').places.map((p) => p.id)).toEqual(['facility:quang-ninh-provincial']);
  });
  it('matches whole words only', () => {
    expect(read('quang ninhx').places).toEqual([]);
    expect(read('Vietnamese people').places).toEqual([]);
  });
  it('keeps the sentence’s other words, folded, for recognising the measure', () => {
    expect(read('Quảng Ninh tiếp nhận 674 lượt người năm 2021').words).toEqual(['tiep', 'nhan', 'luot', 'nguoi', 'nam']);
  });
  it('reads nothing from an empty or numberless text', () => {
    expect(read('')).toEqual({ numbers: [], places: [], years: [], words: [] });
    expect(read('không có số nào').numbers).toEqual([]);
  });
});
