// The same data gives the same workbook bytes: zip entries carry the data's
// date, not the clock's (exceljs stamps each entry when it writes it).

import ExcelJS from 'exceljs';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { stableZip } from '../../../src/lib/files/stable-zip.ts';

const DATA_DATE = new Date('2026-12-01T00:00:00Z');

async function workbook(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.created = book.modified = DATA_DATE;
  book.addWorksheet('so-lieu').addRows([
    ['place', 'value'],
    ['Hà Nội', 1661],
  ]);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** The same zip as a clock at `clock` would have stamped it. */
const stampedAt = (bytes: Uint8Array, clock: Date) =>
  zipSync(Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, [data, { mtime: clock }]])));

describe('stableZip', () => {
  it('gives the same bytes for the same workbook written at two different moments', async () => {
    const bytes = await workbook();
    const morning = stampedAt(bytes, new Date('2026-12-07T06:00:00Z'));
    const evening = stampedAt(bytes, new Date('2026-12-07T18:31:10Z'));
    expect(Buffer.from(morning).equals(Buffer.from(evening))).toBe(false);
    expect(Buffer.from(stableZip(morning, DATA_DATE)).equals(Buffer.from(stableZip(evening, DATA_DATE)))).toBe(true);
  });

  it('keeps every part, in order, with its content, and the workbook still opens', async () => {
    const bytes = await workbook();
    const before = unzipSync(bytes);
    const after = unzipSync(stableZip(bytes, DATA_DATE));
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const name of Object.keys(before)) expect(strFromU8(after[name]), name).toBe(strFromU8(before[name]));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(stableZip(bytes, DATA_DATE).buffer as ArrayBuffer);
    expect(book.getWorksheet('so-lieu')!.getCell('A2').value).toBe('Hà Nội');
  });
});
