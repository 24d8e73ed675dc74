// How wide a chart's text will be, from the advance widths of the font it is
// drawn in (font-metrics.json, generated from Be Vietnam Pro by
// scripts/generate/font-metrics.ts). Builders size margins, wrap long names
// and keep labels apart with these, so no label is clipped, cut short or drawn
// over another, at any width and in the PNG alike.

import metrics from './font-metrics.json' with { type: 'json' };

/** The font every chart is drawn in: served by the site, embedded in the PNG posters. */
export const CHART_FONT_FAMILY = "'Be Vietnam Pro', system-ui, sans-serif";
export const CHART_FONT_SIZE = 12;
/** A label's line height in pixels (Plot's text lineHeight is in ems: 1.15). */
export const LINE_HEIGHT = Math.ceil(CHART_FONT_SIZE * 1.2);

type Weight = 400 | 600;
const WIDTHS = metrics.widths as Record<`${Weight}`, Record<string, number>>;
// Characters outside the table (rare symbols) count as a wide letter.
const FALLBACK = 0.7;
// Kerning and hinting differ a little between renderers: leave a margin.
const SLACK = 1.04;

/** The width of a line of text in pixels. */
export function textWidth(text: string, { size = CHART_FONT_SIZE, weight = 400 }: { size?: number; weight?: Weight } = {}): number {
  const table = WIDTHS[`${weight}`];
  let em = 0;
  for (const ch of text.normalize('NFC')) em += table[ch] ?? FALLBACK;
  return em * size * SLACK;
}

/** The widest line of a label that may hold several lines ("\n"). */
export const labelWidth = (text: string, size = CHART_FONT_SIZE): number => Math.max(0, ...text.split('\n').map((line) => textWidth(line, { size })));

/**
 * A label broken into lines no wider than `width` pixels, at spaces (and after
 * "·", "–", "/" when a word alone is too wide). Nothing is cut: a single word
 * wider than the room stays whole on its own line, and the caller gives it room.
 */
export function wrapText(text: string, width: number, size = CHART_FONT_SIZE, weight: Weight = 400): string[] {
  const words = text.split(/\s+/u).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (!line || textWidth(next, { size, weight }) <= width) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

/** The widest single word of a set of labels: the narrowest a wrapped column of them can be. */
export const widestWord = (labels: string[], size = CHART_FONT_SIZE): number =>
  Math.max(0, ...labels.flatMap((l) => l.split(/\s+/u)).map((w) => textWidth(w, { size })));
