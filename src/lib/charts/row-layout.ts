// Where the rows of a row chart go (dots per place and period, bars per
// province, attainment per place and measure), and how their names fit. Each
// name is measured in the chart's font and wrapped, never cut: beside its row
// while names fit in a margin of a third of the width, above its row
// otherwise (on a phone, or for long names), across the whole width. The y
// scale is then in pixels, one block per row, so rows with two-line names get
// the room they need.

import * as Plot from '@observablehq/plot';
import { INK } from './palette.ts';
import { LINE_HEIGHT, labelWidth, textWidth, widestWord, wrapText } from './text-metrics.ts';

export interface RowLayoutOptions {
  width: number;
  /** Each row's name, in order, top first. */
  labels: string[];
  /** Height of the marks of one row (a dot: 22; a bar: 18). */
  markHeight: number;
  /** Extra lines a row carries under its name when names sit above rows (a value and period, say). */
  extra?: string[];
  /** Widest share of the width a margin of names may take beside the rows. */
  maxMarginShare?: number;
  /** Room above the first row (for a label at the top of the frame). */
  marginTop?: number;
}

export interface RowLayout {
  /** True when names sit above their rows. */
  stacked: boolean;
  marginLeft: number;
  marginTop: number;
  height: number;
  /** The y position of each row's marks, in pixels from the top of the SVG (the y scale is the identity). */
  y: number[];
  /** The wrapped name of each row ("\n" between lines). */
  text: string[];
  /** Plot options for the y scale: identity (positions in pixels), no axis. */
  yScale: Plot.ScaleOptions;
  /** The text mark of the names. */
  labels: Plot.Markish;
}

const GAP = 6;
const AXIS = 30;

export function rowLayout(o: RowLayoutOptions): RowLayout {
  const share = o.maxMarginShare ?? 0.36;
  const room = Math.floor(o.width * share);
  // Beside the rows when every name fits in two lines of the margin.
  const wrappedBeside = o.labels.map((l) => wrapText(l, room - 12));
  const besideFits = o.width >= 500 && wrappedBeside.every((lines) => lines.length <= 2) && widestWord(o.labels) <= room - 12;
  const marginTop = o.marginTop ?? 8;
  if (besideFits) {
    const marginLeft = Math.ceil(Math.max(40, 12 + Math.max(0, ...wrappedBeside.map((lines) => labelWidth(lines.join('\n'))))));
    let at = 0;
    const y = wrappedBeside.map((lines) => {
      const block = Math.max(o.markHeight + GAP, lines.length * LINE_HEIGHT + GAP);
      const center = marginTop + at + block / 2;
      at += block;
      return center;
    });
    const text = wrappedBeside.map((lines) => lines.join('\n'));
    return {
      stacked: false,
      marginLeft,
      marginTop,
      height: marginTop + at + AXIS,
      y,
      text,
      yScale: { type: 'identity', axis: null },
      labels: Plot.text(text, {
        frameAnchor: 'left',
        y: (_: string, i: number) => y[i],
        text: (d: string) => d,
        textAnchor: 'end',
        lineAnchor: 'middle',
        lineHeight: LINE_HEIGHT / 12,
        dx: -8,
        fill: INK,
      }),
    };
  }
  // Above the rows, across the width: names (and their extra line) wrap to what is right of the margin.
  const stackedMargin = Math.ceil(textWidth('0%') / 2) + 4;
  const full = o.width - stackedMargin - 10;
  const blocks = o.labels.map((l, i) => [...wrapText(l, full), ...(o.extra?.[i] ? wrapText(o.extra[i], full) : [])]);
  let at = 0;
  const top: number[] = [];
  const y = blocks.map((lines) => {
    top.push(marginTop + at);
    const center = marginTop + at + lines.length * LINE_HEIGHT + 2 + o.markHeight / 2;
    at += lines.length * LINE_HEIGHT + 2 + o.markHeight + GAP + 4;
    return center;
  });
  const text = blocks.map((lines) => lines.join('\n'));
  return {
    stacked: true,
    // Room for half of the first tick's label ("0", "0%"), centred under its tick.
    marginLeft: stackedMargin,
    marginTop,
    height: marginTop + at + AXIS,
    y,
    text,
    yScale: { type: 'identity', axis: null },
    labels: Plot.text(text, {
      frameAnchor: 'left',
      y: (_: string, i: number) => top[i],
      text: (d: string) => d,
      textAnchor: 'start',
      lineAnchor: 'top',
      lineHeight: LINE_HEIGHT / 12,
      // Clear of the zero rule the names sit over.
      dx: 4,
      fill: INK,
      // Names run across the plot: a white halo keeps them legible over gridlines and the target rule.
      stroke: 'white',
      strokeWidth: 3,
      strokeLinejoin: 'round',
    }),
  };
}

/** The pixel x of a value on a linear axis from 0 to `domainMax` drawn between the two margins. */
export const xPixel = (value: number, domainMax: number, width: number, marginLeft: number, marginRight: number): number =>
  marginLeft + (value / domainMax) * (width - marginLeft - marginRight);

/**
 * The left edge of a label of width `w` centred at `x` as near as it can be,
 * kept within [min, max]: a label at the edge of a drawing moves inwards
 * instead of being cut.
 */
export function clampLabel(x: number, w: number, min: number, max: number): number {
  return Math.max(min, Math.min(x - w / 2, max - w));
}

/**
 * Where a label beside a mark goes so it stays inside the drawing: after the
 * mark (`start`) when it fits before the right edge, else before the mark
 * (`end`), from the leftmost point of the mark.
 */
export function besideMark(text: string, markLeft: number, markRight: number, width: number): { x: number; anchor: 'start' | 'end' } {
  const w = textWidth(text);
  if (markRight + 8 + w <= width - 2) return { x: markRight + 8, anchor: 'start' };
  return { x: markLeft - 8, anchor: 'end' };
}
