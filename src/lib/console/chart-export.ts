// A console chart as a file a reader can take away: one standalone SVG with
// the chart's title, its notes, the chart itself (and its colour key), the SQL
// query that made it and where it came from, with the whole query also in the
// SVG's <desc>; and the same drawing as a PNG (twice the size, for print),
// whose text chunks carry the title, the query and the source address.

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
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const FONT = "'Be Vietnam Pro', system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
const MONO = "ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace";
/** Query lines drawn in the image; the rest are only in its description. */
export const MAX_QUERY_LINES = 30;

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

/**
 * The standalone SVG. `plot` is what renderChart returned (an <svg>, or a
 * <figure> holding the <svg> and an HTML colour key).
 */
export function exportSvg(plot: Element, text: ExportText, doc: Document = document): { svg: SVGSVGElement; width: number; height: number } {
  // With a colour key Plot returns a <figure>: the key's swatches, then the chart as the figure's own <svg>.
  const chart = (plot.tagName.toLowerCase() === 'svg' ? plot : (plot.querySelector(':scope > svg') ?? plot.querySelector('svg')))!.cloneNode(true) as SVGSVGElement;
  const chartWidth = Number(chart.getAttribute('width')) || 640;
  const chartHeight = Number(chart.getAttribute('height')) || 400;
  const pad = 16;
  const width = chartWidth + pad * 2;
  const chars = (size: number) => Math.max(20, Math.floor((width - pad * 2) / (size * 0.56)));
  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('xmlns', SVG_NS);
  svg.setAttribute('font-family', FONT);
  const el = (name: string, attributes: Record<string, string | number>, content?: string) => {
    const node = doc.createElementNS(SVG_NS, name);
    for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, String(v));
    if (content !== undefined) node.textContent = content;
    return node;
  };
  svg.append(el('title', {}, text.title), el('desc', {}, `${text.queryHeading}\n${text.sql}\n\n${text.source}`));
  const background = el('rect', { x: 0, y: 0, width, height: 0, fill: '#ffffff' });
  svg.append(background);
  let y = pad;
  const lines = (content: string[], size: number, attributes: Record<string, string | number> = {}) => {
    for (const line of content) {
      y += size * 1.35;
      svg.append(el('text', { x: pad, y, 'font-size': size, fill: '#1d2430', ...attributes }, line));
    }
  };
  lines(wrap(text.title, chars(18)), 18, { 'font-weight': 600 });
  for (const note of text.notes) lines(wrap(note, chars(13)), 13, { fill: '#4f5b6b' });
  const legend = legendOf(plot);
  if (legend) {
    y += 8;
    let x = pad;
    for (const [i, value] of legend.domain.entries()) {
      const label = String(value);
      const step = 22 + label.length * 7;
      if (x + step > width - pad && x > pad) {
        x = pad;
        y += 18;
      }
      svg.append(el('rect', { x, y: y + 2, width: 12, height: 12, fill: String(legend.range[i % legend.range.length]) }));
      svg.append(el('text', { x: x + 16, y: y + 12, 'font-size': 12, fill: '#1d2430' }, label));
      x += step;
    }
    y += 18;
  }
  y += 8;
  chart.setAttribute('x', String(pad));
  chart.setAttribute('y', String(y));
  chart.setAttribute('width', String(chartWidth));
  chart.setAttribute('height', String(chartHeight));
  chart.style.fontFamily = FONT;
  svg.append(chart);
  y += chartHeight + 12;
  lines([text.queryHeading], 12, { 'font-weight': 600 });
  const query = wrap(text.sql.trim(), chars(11));
  lines(query.slice(0, MAX_QUERY_LINES), 11, { 'font-family': MONO, style: 'white-space: pre' });
  if (query.length > MAX_QUERY_LINES) lines([text.queryCut(query.length - MAX_QUERY_LINES)], 11, { fill: '#4f5b6b' });
  y += 6;
  lines(wrap(text.source, chars(12)), 12, { fill: '#4f5b6b' });
  const height = Math.ceil(y + pad);
  background.setAttribute('height', String(height));
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return { svg, width, height };
}

export function svgText(svg: SVGSVGElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}`;
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
