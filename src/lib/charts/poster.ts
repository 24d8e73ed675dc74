// The take-away image of a chart: its title, subtitle, the chart, its legend,
// notes, source line, address and licence in one standalone SVG. Text is
// measured in the chart's font and wrapped, never cut. The same builder makes
// the posters of registered charts (build time, then PNG by resvg) and of the
// SQL console's charts (in the browser, then PNG by a canvas), so a take-away
// looks the same wherever it was made.

import { INK, MUTED } from './palette.ts';
import { CHART_FONT_FAMILY, textWidth, wrapText } from './text-metrics.ts';

export interface PosterText {
  title: string;
  subtitle?: string;
  legend?: Array<{ swatch: string; label: string }>;
  notes?: string[];
  /** A block in a monospaced font under the chart (the console's query), and its heading. */
  code?: { heading: string; lines: string[] };
  /** "Nguồn: …" */
  sourceLine: string;
  /** The address and the licence. */
  footer: string;
  /** A longer description kept in the SVG's <desc> (the whole query, the citation). */
  description?: string;
}

export const escapeXml = (s: string): string => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

/** The width and height of an SVG from its viewBox (Plot writes one), else its width and height attributes. */
export function svgSize(svg: string): { width: number; height: number } {
  const box = /viewBox="[-\d.]+ [-\d.]+ ([\d.]+) ([\d.]+)"/u.exec(svg);
  if (box) return { width: Number(box[1]), height: Number(box[2]) };
  const w = /\swidth="([\d.]+)"/u.exec(svg);
  const h = /\sheight="([\d.]+)"/u.exec(svg);
  if (!w || !h) throw new Error('chart SVG has neither a viewBox nor a width and height');
  return { width: Number(w[1]), height: Number(h[1]) };
}

/** A standalone SVG: the chart framed by its title, subtitle, legend, notes, source and licence. */
export function posterSvg(chartSvg: string, text: PosterText): string {
  const { width, height } = svgSize(chartSvg);
  const pad = 20;
  const full = Math.max(width, 320) + pad * 2;
  const room = full - pad * 2;
  let y = pad;
  const parts: string[] = [];
  const lines = (content: string, size: number, weight: 400 | 600, color = INK, family?: string) => {
    const wrapped = family ? [content] : wrapText(content, room, size, weight);
    for (const l of wrapped) {
      y += size * 1.35;
      parts.push(
        `<text x="${pad}" y="${y.toFixed(1)}" font-size="${size}" font-weight="${weight}" fill="${color}"${family ? ` font-family="${escapeXml(family)}" xml:space="preserve"` : ''}>${escapeXml(l)}</text>`,
      );
    }
  };
  lines(text.title, 19, 600);
  if (text.subtitle) {
    y += 2;
    lines(text.subtitle, 12.5, 400, MUTED);
  }
  y += 10;
  // The chart, nested at its own size; ids were made unique when it was drawn.
  parts.push(chartSvg.replace(/^<svg /u, `<svg x="${pad}" y="${y.toFixed(1)}" `));
  y += height + 8;
  if (text.legend?.length) {
    // Items side by side while they fit; an item too long for a line wraps under its swatch's right.
    let x = pad;
    y += 16;
    for (const item of text.legend) {
      const lines = wrapText(item.label, room - 32, 11);
      const w = 32 + Math.max(...lines.map((l) => textWidth(l, { size: 11 })));
      if (x + w > full - pad && x > pad) {
        x = pad;
        y += 20;
      }
      parts.push(`<g transform="translate(${x.toFixed(1)},${(y - 11).toFixed(1)})">${item.swatch.replace(/ aria-hidden="true" focusable="false"/gu, '')}</g>`);
      for (const [i, l] of lines.entries())
        parts.push(`<text x="${(x + 32).toFixed(1)}" y="${(y + i * 15).toFixed(1)}" font-size="11" fill="${INK}">${escapeXml(l)}</text>`);
      if (lines.length > 1) {
        y += (lines.length - 1) * 15;
        x = full;
      } else x += w + 12;
    }
    y += 8;
  }
  for (const note of text.notes ?? []) lines(note, 11.5, 400, MUTED);
  if (text.code) {
    y += 6;
    lines(text.code.heading, 12, 600);
    for (const l of text.code.lines) lines(l, 10.5, 400, INK, "ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace");
  }
  y += 4;
  lines(text.sourceLine, 11, 400, MUTED);
  lines(text.footer, 11, 400, MUTED);
  y += pad;
  const h = Math.ceil(y);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${full}" height="${h}" viewBox="0 0 ${full} ${h}" font-family="${escapeXml(CHART_FONT_FAMILY)}">`,
    `<title>${escapeXml(text.title)}</title>`,
    text.description ? `<desc>${escapeXml(text.description)}</desc>` : '',
    `<rect width="100%" height="100%" fill="white"/>`,
    ...parts,
    '</svg>',
  ]
    .filter(Boolean)
    .join('\n');
}
