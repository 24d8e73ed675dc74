// The same data gives the same workbook bytes: zip entries carry the data's
// date, not the clock's (exceljs stamps each entry when it writes it).

import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { stableZip } from '../../../src/lib/files/stable-zip.ts';

const DATA_DATE = new Date('2026-12-01T00:00:00Z');

async function workbookWrittenAt(clock: Date): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = workbook.modified = DATA_DATE;
  workbook.addWorksheet('so-lieu').addRows([
    ['place', 'value'],
    ['Hà Nội', 1661],
  ]);
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  // Re-stamp the entries as a clock at `clock` would have: the zip exceljs wrote at another moment.
  const zip = await JSZip.loadAsync(bytes);
  for (const entry of Object.values(zip.files)) entry.date = clock;
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

describe('stableZip', () => {
  it('gives the same bytes for the same workbook written at two different moments', async () => {
    const morning = await workbookWrittenAt(new Date('2026-12-07T06:00:00Z'));
    const evening = await workbookWrittenAt(new Date('2026-12-07T18:31:10Z'));
    expect(Buffer.from(morning).equals(Buffer.from(evening))).toBe(false);
    const [a, b] = await Promise.all([stableZip(morning, DATA_DATE), stableZip(evening, DATA_DATE)]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('keeps every part and its content, each dated with the data', async () => {
    const original = await workbookWrittenAt(new Date('2026-12-07T06:00:00Z'));
    const stable = await JSZip.loadAsync(await stableZip(original, DATA_DATE));
    const before = await JSZip.loadAsync(original);
    expect(Object.keys(stable.files).sort()).toEqual(Object.keys(before.files).sort());
    for (const [name, entry] of Object.entries(stable.files)) {
      if (entry.dir) continue;
      expect(await entry.async('string'), name).toBe(await before.files[name].async('string'));
      // Zip times are local and in 2-second steps: compare the day.
      expect(entry.date.getUTCFullYear(), name).toBe(2026);
      expect(Math.abs(entry.date.getTime() - DATA_DATE.getTime()), name).toBeLessThan(24 * 3600 * 1000);
    }
    // The workbook still opens.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await stableZip(original, DATA_DATE)).buffer as ArrayBuffer);
    expect(book.getWorksheet('so-lieu')!.getCell('A2').value).toBe('Hà Nội');
  });
});
