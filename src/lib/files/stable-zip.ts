// An .xlsx is a zip, and exceljs stamps each zip entry with the clock at the
// moment it writes it: two builds of the same data gave two different files.
// The entries are re-stamped with the data's own date, so the same data gives
// the same bytes, and a reader can check a download against a published hash.

import JSZip from 'jszip';

/** The same zip with every entry dated `date` (the data's date), compressed as exceljs does. */
export async function stableZip(bytes: Uint8Array, date: Date): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const entry of Object.values(zip.files)) entry.date = date;
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
