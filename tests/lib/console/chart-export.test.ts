// A console chart as a file: the SVG carries its title, notes, the query and
// the source (the whole query in its description), the PNG the same in text
// chunks a reader's tools can show.

import { crc32 } from 'node:zlib';
import * as Plot from '@observablehq/plot';
import { DOMParser, parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { exportSvg, MAX_QUERY_LINES, pngTextChunk, withPngText, wrap } from '../../../src/lib/console/chart-export.ts';

const text = (sql: string) => ({
  title: 'Biểu đồ cột: figures theo name_vi',
  notes: ['Vẽ từ 3 dòng của kết quả.'],
  queryHeading: 'Truy vấn SQL tạo ra biểu đồ:',
  sql,
  queryCut: (n: number) => `… (${n} dòng nữa)`,
  source: 'Nguồn: bảng điều khiển SQL, https://example.invalid/sql/?example=published-by-province',
  footer: 'Số liệu cai nghiện ma túy Việt Nam · CC BY 4.0',
});

describe('chart export', () => {
  it('wraps text at spaces, and cuts words longer than a line', () => {
    expect(wrap('SELECT a, b FROM figures', 10)).toEqual(['SELECT a,', 'b FROM', 'figures']);
    expect(wrap('x'.repeat(25), 10)).toEqual(['xxxxxxxxxx', 'xxxxxxxxxx', 'xxxxx']);
    expect(wrap('a\n\nb', 10)).toEqual(['a', '', 'b']);
  });

  it('composes one poster with the title, the chart, the query (cut, whole in the description), the source and the licence', () => {
    const { document } = parseHTML('<html><body></body></html>');
    const plot = Plot.plot({ document: document as unknown as Document, width: 400, marks: [Plot.barX([{ n: 3, name: 'Hà Nội' }], { x: 'n', y: 'name' })] });
    const sql = Array.from({ length: MAX_QUERY_LINES + 5 }, (_, i) => `-- dòng ${i}`).join('\n');
    const { text: file, width, height } = exportSvg(plot as unknown as Element, text(sql));
    expect(file.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg ')).toBe(true);
    expect(width).toBe(440);
    expect(height).toBeGreaterThan(400);
    const svg = new DOMParser().parseFromString(file.replace(/^<\?xml[^>]*>\n/u, ''), 'image/svg+xml').documentElement as unknown as Element;
    const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts[0]).toBe('Biểu đồ cột: figures theo name_vi');
    expect(texts).toContain('Truy vấn SQL tạo ra biểu đồ:');
    expect(texts).toContain('-- dòng 0');
    expect(texts).not.toContain(`-- dòng ${MAX_QUERY_LINES}`);
    expect(texts).toContain('… (5 dòng nữa)');
    // The source line wraps at a space to fit the poster; the licence follows it.
    expect(texts.slice(-3).join(' ')).toBe(
      'Nguồn: bảng điều khiển SQL, https://example.invalid/sql/?example=published-by-province Số liệu cai nghiện ma túy Việt Nam · CC BY 4.0',
    );
    expect(svg.querySelector('title')?.textContent).toBe('Biểu đồ cột: figures theo name_vi');
    expect(svg.querySelector('desc')?.textContent).toContain(`-- dòng ${MAX_QUERY_LINES + 4}`);
    // The chart itself, nested once, placed under the title.
    expect(svg.querySelectorAll('svg').length).toBe(1);
    expect(svg.querySelector('svg')?.getAttribute('x')).toBe('20');
  });

  it('adds text chunks to a PNG, with valid checksums, before its end', () => {
    const chunk = pngTextChunk('Description', 'SELECT ắ');
    const length = new DataView(chunk.buffer).getUint32(0);
    expect(Buffer.from(chunk.subarray(4, 8)).toString()).toBe('iTXt');
    expect(new DataView(chunk.buffer).getUint32(8 + length)).toBe(crc32(chunk.subarray(4, 8 + length)));
    expect(Buffer.from(chunk.subarray(8, 8 + length)).toString('utf8')).toBe('Description\0\0\0\0\0SELECT ắ');
    // A minimal PNG: signature, IHDR, IDAT, IEND.
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
    const out = withPngText(new Uint8Array(png), [
      ['Title', 'T'],
      ['Description', 'SELECT 1'],
    ]);
    expect(Buffer.from(out.subarray(out.length - 12)).toString('latin1')).toContain('IEND');
    expect(Buffer.from(out).toString('latin1')).toContain('iTXtDescription\0\0\0\0\0SELECT 1');
  });
});
