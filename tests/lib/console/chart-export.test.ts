// A console chart as a file: the SVG carries its title, notes, the query and
// the source (the whole query in its description), the PNG the same in text
// chunks a reader's tools can show.

import { crc32 } from 'node:zlib';
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { exportSvg, MAX_QUERY_LINES, pngTextChunk, withPngText, wrap } from '../../../src/lib/console/chart-export.ts';

const text = (sql: string) => ({
  title: 'Biểu đồ cột: figures theo name_vi',
  notes: ['Vẽ từ 3 dòng của kết quả.'],
  queryHeading: 'Truy vấn SQL tạo ra biểu đồ:',
  sql,
  queryCut: (n: number) => `… (${n} dòng nữa)`,
  source: 'Nguồn: bảng điều khiển SQL, https://example.invalid/sql/?example=published-by-province',
});

describe('chart export', () => {
  it('wraps text at spaces, and cuts words longer than a line', () => {
    expect(wrap('SELECT a, b FROM figures', 10)).toEqual(['SELECT a,', 'b FROM', 'figures']);
    expect(wrap('x'.repeat(25), 10)).toEqual(['xxxxxxxxxx', 'xxxxxxxxxx', 'xxxxx']);
    expect(wrap('a\n\nb', 10)).toEqual(['a', '', 'b']);
  });

  it('composes one SVG with the title, the chart, the query and the source', () => {
    const { document } = parseHTML('<html><body></body></html>');
    const plot = Plot.plot({ document: document as unknown as Document, width: 400, marks: [Plot.barX([{ n: 3, name: 'Hà Nội' }], { x: 'n', y: 'name' })] });
    const sql = Array.from({ length: MAX_QUERY_LINES + 5 }, (_, i) => `-- dòng ${i}`).join('\n');
    const { svg, width, height } = exportSvg(plot as unknown as Element, text(sql), document as unknown as Document);
    expect(width).toBe(432);
    expect(height).toBeGreaterThan(400);
    const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts[0]).toBe('Biểu đồ cột: figures theo name_vi');
    expect(texts).toContain('Truy vấn SQL tạo ra biểu đồ:');
    expect(texts).toContain('-- dòng 0');
    expect(texts).not.toContain(`-- dòng ${MAX_QUERY_LINES}`);
    expect(texts).toContain('… (5 dòng nữa)');
    expect(texts.slice(-2).join(' ')).toBe('Nguồn: bảng điều khiển SQL, https://example.invalid/sql/?example=published-by-province');
    expect(svg.querySelector('title')?.textContent).toBe('Biểu đồ cột: figures theo name_vi');
    expect(svg.querySelector('desc')?.textContent).toContain(`-- dòng ${MAX_QUERY_LINES + 4}`);
    expect(svg.querySelectorAll('svg').length).toBe(1);
  });

  it('adds text chunks to a PNG, with valid checksums, before its end', () => {
    const chunk = pngTextChunk('Description', 'SELECT ắ');
    const length = new DataView(chunk.buffer).getUint32(0);
    expect(Buffer.from(chunk.subarray(4, 8)).toString()).toBe('iTXt');
    expect(new DataView(chunk.buffer).getUint32(8 + length)).toBe(crc32(chunk.subarray(4, 8 + length)));
    expect(Buffer.from(chunk.subarray(8, 8 + length)).toString('utf8')).toBe('Description\0\0\0\0\0SELECT ắ');
    // A minimal PNG: signature, IHDR, IDAT, IEND.
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64',
    );
    const out = withPngText(new Uint8Array(png), [['Title', 'T'], ['Description', 'SELECT 1']]);
    expect(Buffer.from(out.subarray(out.length - 12)).toString('latin1')).toContain('IEND');
    expect(Buffer.from(out).toString('latin1')).toContain('iTXtDescription\0\0\0\0\0SELECT 1');
  });
});
