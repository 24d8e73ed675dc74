// An .xlsx is a zip, and exceljs stamps each zip entry with the clock at the
// moment it writes it: two builds of the same data gave two different files.
// The entries are re-zipped (fflate) dated with the data's own day, so the same
// data gives the same bytes, and a reader can check a download against a hash.

import { unzipSync, zipSync } from 'fflate';

/** The same zip, its entries in the same order, every one dated `date`'s day (UTC), whatever the machine's time zone. */
export function stableZip(bytes: Uint8Array, date: Date): Uint8Array {
  // Zip dates are local calendar dates: the same calendar day in every time zone.
  const mtime = new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  const entries = unzipSync(bytes);
  return zipSync(Object.fromEntries(Object.entries(entries).map(([name, data]) => [name, [data, { mtime }]])));
}
