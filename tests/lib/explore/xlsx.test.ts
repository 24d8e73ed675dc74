// The explorer's workbook, written in the browser without a spreadsheet
// library, read back by the library the site's own workbooks are made with.

import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { columnName, xlsx } from '../../../src/lib/explore/xlsx.ts';

describe('the explorer’s xlsx writer', () => {
  it('names columns as Excel does', () => {
    expect([0, 25, 26, 27, 51, 52, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('writes a workbook exceljs reads back, Vietnamese, numbers, booleans and empty cells intact', async () => {
    const bytes = xlsx(
      [
        {
          name: 'so-lieu',
          header: true,
          widths: [12, 30],
          rows: [
            ['place_name_vi', 'value', 'partial', 'note'],
            ['Thừa Thiên Huế', 1661, true, null],
            ['Đắk Lắk', 96.3, false, 'hơn "60%" & <dưới>'],
          ],
        },
        { name: 'gioi-thieu', rows: [['Trích dẫn', 'Số liệu cai nghiện ma túy Việt Nam']] },
      ],
      'test',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['so-lieu', 'gioi-thieu']);
    const data = workbook.getWorksheet('so-lieu')!;
    expect(data.getRow(1).values).toEqual([undefined, 'place_name_vi', 'value', 'partial', 'note']);
    expect(data.getCell('A2').value).toBe('Thừa Thiên Huế');
    expect(data.getCell('B2').value).toBe(1661);
    expect(data.getCell('C2').value).toBe(true);
    expect(data.getCell('D2').value).toBe(null);
    expect(data.getCell('B3').value).toBe(96.3);
    expect(data.getCell('D3').value).toBe('hơn "60%" & <dưới>');
    expect(data.getCell('A1').font?.bold).toBe(true);
    expect(workbook.getWorksheet('gioi-thieu')!.getCell('B1').value).toBe('Số liệu cai nghiện ma túy Việt Nam');
  });

  it('gives the same bytes for the same rows', () => {
    const sheets = [{ name: 'a', rows: [['x', 1]] }];
    expect(xlsx(sheets)).toEqual(xlsx(sheets));
  });
});
