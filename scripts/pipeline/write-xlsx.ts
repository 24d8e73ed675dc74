// An Excel copy of every published table in one workbook, for readers who
// open data in a spreadsheet: a plain UTF-8 CSV shows Vietnamese garbled in
// Excel, an .xlsx does not. Written with exceljs (maintained, streams a
// standard workbook) rather than by hand, since .xlsx is a zip of XML parts.

import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { stableZip } from '../../src/lib/files/stable-zip.ts';
import { TABLES, type Row } from '../../src/lib/schema/tables.ts';
import type { TableRows } from './write-tables.ts';

export const XLSX_FILE = 'vn-rehab-data.xlsx';

export async function writeXlsx(dir: string, rows: TableRows, meta: { version: string; created: string }): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  // Dates of the data, not of the build machine's clock.
  workbook.created = new Date(`${meta.created}T00:00:00Z`);
  workbook.modified = workbook.created;
  workbook.creator = 'vn-rehab-data';
  const about = workbook.addWorksheet('README');
  about.columns = [{ width: 28 }, { width: 110 }];
  about.addRows([
    ['Số liệu cai nghiện ma túy Việt Nam / Viet Nam drug rehabilitation data'],
    ['Phiên bản / version', meta.version],
    ['Ngày dữ liệu / data of', meta.created],
    ['Giấy phép / licence', 'CC BY 4.0 (the compilation). Mỗi con số thuộc về tài liệu nguồn của nó / each number belongs to its source document.'],
    ['Trích dẫn / cite', 'Cite each figure’s source (source_title, source_publisher, source_published, source_url) and this dataset with its version.'],
    [],
    ['Bảng / table', 'Mô tả / description'],
    ...TABLES.map((t) => [t.name, `${t.description_vi}\n${t.description}`]),
  ]);
  about.getRow(1).font = { bold: true, size: 14 };
  about.getRow(7).font = { bold: true };
  about.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  for (const table of TABLES) {
    const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.columns.map((c) => ({ header: c.name, key: c.name, width: Math.min(48, Math.max(10, c.name.length + 2)) }));
    sheet.getRow(1).font = { bold: true };
    for (const row of rows[table.name] as Row[]) sheet.addRow(row);
    // The column's description as a note on its header, in both languages.
    table.columns.forEach((c, i) => {
      sheet.getRow(1).getCell(i + 1).note = `${c.description_vi}\n\n${c.description}`;
    });
  }
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  await writeFile(path.join(dir, XLSX_FILE), stableZip(bytes, workbook.created));
}
