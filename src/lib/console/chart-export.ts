// A console chart as a file a reader can take away: one standalone SVG with
// the chart's title, its notes, the chart itself (and its colour key), the SQL
// query that made it and where it came from, with the whole query also in the
// SVG's <desc>; and the same drawing as a PNG (twice the size, for print),
// whose text chunks carry the title, the query and the source address.

import { escapeXml, posterSvg, svgSize } from '../charts/poster.ts';

export interface ExportText {
  title: string;
  notes: string[];
  /** "The SQL query that made this chart:" in the page's language. */
  queryHeading: string;
  sql: string;
  /** "… (12 more lines: the whole query is in the file's description)" for a given n. */
  queryCut: (n: number) => string;
  /** "Source: the SQL console, https://…" */
  source: string;
  /** The site's name and the data's licence. */
  footer: string;
}

/** Query lines drawn in the image; the rest are only in its description. */
export const MAX_QUERY_LINES = 30;
/** The query's monospaced text: about 0.6 em per character at 10.5 px. */
const MONO_CHARACTER = 10.5 * 0.6;

/** Text cut into lines of at most `width` characters, at spaces where it can. */
export function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/(\s+)/u)) {
      if ((line + word).length <= width) {
        line += word;
        continue;
      }
      if (line.trim()) out.push(line.trimEnd());
      line = word.trimStart();
      while (line.length > width) {
        out.push(line.slice(0, width));
        line = line.slice(width);
      }
    }
    out.push(line.trimEnd());
  }
  return out;
}

interface Legend {
  domain: unknown[];
  range: unknown[];
}

/** The colour key of a Plot chart that has one (its `scale('color')`). */
function legendOf(plot: Element): Legend | null {
  const scale = (plot as unknown as { scale?: (name: string) => { type?: string; domain?: unknown[]; range?: unknown[] } | undefined }).scale?.('color');
  return scale && scale.type === 'ordinal' && scale.domain && scale.range ? { domain: scale.domain, range: scale.range } : null;
}

const squareSwatch = (color: string) =>
  `<svg width="14" height="14" viewBox="0 0 14 14"><rect x="1" y="1" width="12" height="12" fill="${escapeXml(color)}"/></svg>`;

/**
 * The standalone SVG, made by the same poster builder as the registered
 * charts' take-aways: title, notes, the chart, its colour key, the query (cut
 * after MAX_QUERY_LINES lines; the whole of it in the description), the source
 * and the licence. `plot` is what Plot returned (an <svg>, or a <figure>
 * holding the <svg> and an HTML colour key).
 */
export function exportSvg(plot: Element, text: ExportText): { text: string; width: number; height: number } {
  // With a colour key Plot returns a <figure>: the key's swatches, then the chart as the figure's own <svg>.
  const chart = plot.tagName.toLowerCase() === 'svg' ? plot : (plot.querySelector(':scope > svg') ?? plot.querySelector('svg'))!;
  // XML, not HTML: an HTML serialisation may write entities (&nbsp;) that an SVG file cannot hold.
  const markup = typeof XMLSerializer === 'undefined' ? chart.outerHTML : new XMLSerializer().serializeToString(chart);
  const legend = legendOf(plot);
  const { width } = svgSize(markup);
  const query = wrap(text.sql.trim(), Math.max(20, Math.floor(Math.max(width, 320) / MONO_CHARACTER)));
  const shown = query.length > MAX_QUERY_LINES ? [...query.slice(0, MAX_QUERY_LINES), text.queryCut(query.length - MAX_QUERY_LINES)] : query;
  const svg = posterSvg(markup, {
    title: text.title,
    notes: text.notes,
    legend: legend?.domain.map((value, i) => ({ swatch: squareSwatch(String(legend.range[i % legend.range.length])), label: String(value) })),
    code: { heading: text.queryHeading, lines: shown },
    sourceLine: text.source,
    footer: text.footer,
    description: `${text.queryHeading}\n${text.sql}\n\n${text.source}`,
  });
  return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${svg}`, ...svgSize(svg) };
}

// ---- PNG --------------------------------------------------------------------

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** An iTXt chunk (UTF-8 text, uncompressed): keyword, then the text. */
export function pngTextChunk(keyword: string, text: string): Uint8Array {
  const encoder = new TextEncoder();
  const data = new Uint8Array([...encoder.encode(keyword), 0, 0, 0, 0, 0, ...encoder.encode(text)]);
  const chunk = new Uint8Array(12 + data.length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, data.length);
  chunk.set(encoder.encode('iTXt'), 4);
  chunk.set(data, 8);
  view.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)));
  return chunk;
}

/** The PNG with text chunks added before its end (IEND, always the last 12 bytes). */
export function withPngText(png: Uint8Array, entries: Array<[string, string]>): Uint8Array {
  const chunks = entries.map(([k, v]) => pngTextChunk(k, v));
  const end = png.length - 12;
  const out = new Uint8Array(png.length + chunks.reduce((n, c) => n + c.length, 0));
  out.set(png.subarray(0, end));
  let at = end;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  out.set(png.subarray(end), at);
  return out;
}

/** The SVG drawn at `scale`× onto a canvas, as PNG bytes. The image is a data: URL (the page's policy allows no blob: images). */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Uint8Array> {
  const image = new Image();
  image.decoding = 'async';
  const bytes = new TextEncoder().encode(svg);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  image.src = `data:image/svg+xml;base64,${btoa(binary)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the canvas gave no PNG'))), 'image/png'));
  return new Uint8Array(await blob.arrayBuffer());
}
