// What a chart is: a registered definition (id, titles, the SQL that selects
// its rows, a pure builder) that every page, download and embed is made from.

import type * as Plot from '@observablehq/plot';
import type { z } from 'zod';
import type { Locale } from '../../i18n/ui.ts';
import type { ProvinceFeature, ProvinceSystem } from '../geo/provinces.ts';

export type Localized = Record<Locale, string>;

export interface ChartContext {
  width: number;
  locale: Locale;
  /** Prefix for ids the builder creates (patterns, clip paths). */
  idPrefix: string;
  /** The province shapes of a map chart (its `geography`), passed in as data: builders never read files. */
  features?: ProvinceFeature[];
  /** Where a shape of a map links to (the province's page); null: the shape is not a link. */
  placeHref?: (code: string) => string | null;
}

/** A pure function of the rows: the Plot options that draw them. */
export type ChartBuilder<R> = (rows: R[], context: ChartContext) => Plot.PlotOptions;

export interface TableCell {
  text: string;
  href?: string;
  /** Right-aligned, tabular figures; never broken across lines. */
  numeric?: boolean;
  /** The language of the text when it differs from the page's (a quotation of an English source on a Vietnamese page). */
  lang?: Locale;
  /** A quotation of the source: its double-quoted parts are the source's words, in `quoteLang`. */
  quoteLang?: Locale;
  /** An identifier or a column name: shown as code, never as prose. */
  code?: boolean;
  /** Several links in one cell (the two documents that disagree); `text` is the same as plain text. */
  links?: Array<{ text: string; href: string; lang?: Locale }>;
}

export interface TableColumn<R> {
  label: Localized;
  cell: (row: R, locale: Locale) => TableCell;
  /** Shown in bold in a row's card on a phone. */
  essential?: boolean;
  /** The label is an identifier (a column name), shown as code. */
  code?: boolean;
}

/** A legend entry drawn in HTML beside the chart (and into the downloaded image). */
export interface LegendItem {
  /** A small inline SVG swatch. */
  swatch: string;
  label: Localized;
}

export type Topic = 'intake' | 'relapse' | 'targets' | 'compare' | 'registered' | 'place';

/**
 * A query over the published tables that the site shows and offers for reuse:
 * run once per build, its rows checked against a row schema, downloadable as
 * CSV and metadata, and offered as "Open in SQL". Charts and the home page's
 * findings are registered queries.
 */
export interface RegisteredQuery<R = unknown> {
  id: string;
  title: Localized;
  /** The name of its take-away files, without extension: "ty-le-hoan-thanh-chi-tieu" / "target-attainment". */
  fileName: Localized;
  /** Selects the rows from the published tables; run at build time and offered as "Open in SQL". */
  sql: string;
  /** The shape of one row the SQL returns. */
  row: z.ZodType<R>;
  /** Source documents of the rows, for the source line and the CSV's citation columns. */
  sourceIds: (rows: R[]) => string[];
  /** Measure ids of the rows, for definitions in the metadata. */
  measureIds: (rows: R[]) => string[];
}

export interface ChartDefinition<R = unknown> extends RegisteredQuery<R> {
  topic: Topic;
  /** A map's province system: the build passes its shapes in the chart context. */
  geography?: ProvinceSystem;
  /** Unit and period, as a reader needs them to read the axis. */
  subtitle: Localized;
  build: ChartBuilder<R>;
  /** A text description generated from the rows: what is highest, lowest, the trend. */
  describe: (rows: R[], locale: Locale) => string;
  /** The data table behind the chart. */
  columns: TableColumn<R>[];
  legend?: (rows: R[]) => LegendItem[];
  /** Notes a reader needs to read the chart right (definitions, what is left out). */
  notes?: (rows: R[], locale: Locale) => string[];
  /** Fewer rows than this, and the page shows the cited list instead of a chart. */
  minRows?: number;
  /** How many rows would be drawn (rows without a value are not); all rows by default. */
  drawnRows?: (rows: R[]) => number;
  /** A cited list by design (every figure with its definition), never drawn. */
  listOnly?: boolean;
  /** Widths to draw at: narrow for phones, wide otherwise. */
  widths?: { narrow: number; wide: number };
  /**
   * One view of another chart: the same query narrowed to some of its rows
   * (the relapse rates measured on a cohort only). Shown as a filter of that
   * chart, not listed on its own; it keeps its own page, files and embed.
   */
  viewOf?: { chart: string; label: Localized /** What the views differ by: "kind of evidence". */; by: Localized };
}
