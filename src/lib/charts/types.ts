// What a chart is: a registered definition (id, titles, the SQL that selects
// its rows, a pure builder) that every page, download and embed is made from.

import type * as Plot from '@observablehq/plot';
import type { z } from 'zod';
import type { Locale } from '../../i18n/ui.ts';

export type Localized = Record<Locale, string>;

export interface ChartContext {
  width: number;
  locale: Locale;
  /** Prefix for ids the builder creates (patterns, clip paths). */
  idPrefix: string;
}

/** A pure function of the rows: the Plot options that draw them. */
export type ChartBuilder<R> = (rows: R[], context: ChartContext) => Plot.PlotOptions;

export interface TableCell {
  text: string;
  href?: string;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
}

export interface TableColumn<R> {
  label: Localized;
  cell: (row: R, locale: Locale) => TableCell;
}

/** A legend entry drawn in HTML beside the chart (and into the downloaded image). */
export interface LegendItem {
  /** A small inline SVG swatch. */
  swatch: string;
  label: Localized;
}

export type Topic = 'intake' | 'relapse' | 'targets' | 'compare' | 'registered' | 'place';

export interface ChartDefinition<R = unknown> {
  id: string;
  topic: Topic;
  title: Localized;
  /** Unit and period, as a reader needs them to read the axis. */
  subtitle: Localized;
  /** Selects the chart's rows from the published tables; run at build time and offered as "Open in SQL". */
  sql: string;
  /** The shape of one row the SQL returns. */
  row: z.ZodType<R>;
  build: ChartBuilder<R>;
  /** A text description generated from the rows: what is highest, lowest, the trend. */
  describe: (rows: R[], locale: Locale) => string;
  /** The data table behind the chart. */
  columns: TableColumn<R>[];
  legend?: (rows: R[]) => LegendItem[];
  /** Notes a reader needs to read the chart right (definitions, what is left out). */
  notes?: (rows: R[], locale: Locale) => string[];
  /** Source documents of the rows, for the source line. */
  sourceIds: (rows: R[]) => string[];
  /** Measure ids the chart draws, for definitions in its metadata. */
  measureIds: (rows: R[]) => string[];
  /** Fewer rows than this, and the page shows the cited list instead of a chart. */
  minRows?: number;
  /** How many rows would be drawn (rows without a value are not); all rows by default. */
  drawnRows?: (rows: R[]) => number;
  /** A cited list by design (every figure with its definition), never drawn. */
  listOnly?: boolean;
  /** Widths to draw at: narrow for phones, wide otherwise. */
  widths?: { narrow: number; wide: number };
}
