// The take-away image of a chart: its title, subtitle, the chart, its legend,
// source line, address and licence in one standalone SVG, and the same as PNG
// (rasterised by resvg with Be Vietnam Pro, so diacritics render on every
// machine and the PNG is identical wherever it is built).

import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { CHART_FONT_FAMILY, INK } from './render.ts';
import type { LegendItem } from './types.ts';

const require = createRequire(import.meta.url);

/** Complete TTFs (Vietnamese and Latin in one file): resvg cannot combine @fontsource's per-subset files. */
const FONT_FILES = ['400Regular/BeVietnamPro_400Regular.ttf', '600SemiBold/BeVietnamPro_600SemiBold.ttf'].map((f) =>
  require.resolve(`@expo-google-fonts/be-vietnam-pro/${f}`),
);

export interface PosterText {
  title: string;
  subtitle: string;
  legend: Array<{ swatch: string; label: string }>;
  /** "Nguồn: …" */
  sourceLine: string;
  /** The chart's page address and the licence. */
  footer: string;
}

const escapeXml = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

/** Greedy word wrap for a given width in pixels at a font size (average glyph ≈ 0.55em). */
export function wrap(text: string, width: number, fontSize: number): string[] {
  const perLine = Math.max(10, Math.floor(width / (fontSize * 0.55)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/u)) {
    if (line && `${line} ${word}`.length > perLine) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function dimensions(svg: string): { width: number; height: number } {
  const m = /viewBox="0 0 ([\d.]+) ([\d.]+)"/u.exec(svg);
  if (!m) throw new Error('chart SVG has no viewBox');
  return { width: Number(m[1]), height: Number(m[2]) };
}

/** A standalone SVG: the chart framed by its title, subtitle, legend, source and licence. */
export function posterSvg(chartSvg: string, text: PosterText): string {
  const { width, height } = dimensions(chartSvg);
  const pad = 20;
  const full = width + pad * 2;
  let y = pad;
  const parts: string[] = [];
  const line = (s: string, size: number, weight: number, color = INK) => {
    y += size * 1.3;
    parts.push(`<text x="${pad}" y="${y.toFixed(1)}" font-size="${size}" font-weight="${weight}" fill="${color}">${escapeXml(s)}</text>`);
  };
  for (const l of wrap(text.title, width, 19)) line(l, 19, 600);
  y += 2;
  for (const l of wrap(text.subtitle, width, 12.5)) line(l, 12.5, 400, '#4f5b6b');
  y += 10;
  // The chart, nested at its own size; ids were made unique when it was drawn.
  const chart = chartSvg.replace(/^<svg /u, `<svg x="${pad}" y="${y.toFixed(1)}" `);
  parts.push(chart);
  y += height + 8;
  if (text.legend.length > 0) {
    let x = pad;
    y += 4;
    for (const item of text.legend) {
      const w = 30 + item.label.length * 6.2;
      if (x + w > full - pad && x > pad) {
        x = pad;
        y += 20;
      }
      parts.push(`<g transform="translate(${x.toFixed(1)},${(y - 11).toFixed(1)})">${item.swatch.replace(/ aria-hidden="true" focusable="false"/gu, '')}</g>`);
      parts.push(`<text x="${(x + 32).toFixed(1)}" y="${y.toFixed(1)}" font-size="11" fill="${INK}">${escapeXml(item.label)}</text>`);
      x += w + 12;
    }
    y += 8;
  }
  for (const l of wrap(text.sourceLine, width, 11)) line(l, 11, 400, '#4f5b6b');
  for (const l of wrap(text.footer, width, 11)) line(l, 11, 400, '#4f5b6b');
  y += pad;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${full}" height="${Math.ceil(y)}" viewBox="0 0 ${full} ${Math.ceil(y)}" font-family="${escapeXml(CHART_FONT_FAMILY)}">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    ...parts,
    '</svg>',
  ].join('\n');
}

/** The poster as PNG at twice its size, drawn with the bundled fonts only. */
export function posterPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: 2 },
    font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: 'Be Vietnam Pro', sansSerifFamily: 'Be Vietnam Pro' },
    background: 'white',
  });
  return resvg.render().asPng();
}

export type { LegendItem };
