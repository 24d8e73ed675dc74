// What the site build makes of a registered query: its rows (its SQL run with
// DuckDB over the published Parquet, checked against its row schema, once per
// build whatever the number of pages and languages showing it), and for a
// chart its SVG at two widths, its description, legend, notes and sources.

import type { Locale } from '../../i18n/ui.ts';
import { sitePublished } from '../data/published.ts';
import { siteIndex, type SourceRow } from '../data/site-index.ts';
import { provinceFeatures } from '../geo/provinces.ts';
import { renderSvg } from './render.ts';
import type { ChartDefinition, LegendItem, RegisteredQuery } from './types.ts';

const rowsCache = new Map<string, Promise<unknown[]>>();

/** The rows a SQL query returns over the published tables, run once per build: two queries with the same SQL share them. */
export function sqlRows(sql: string): Promise<unknown[]> {
  let raw = rowsCache.get(sql);
  if (!raw) {
    raw = sitePublished().then((db) => db.query(sql));
    rowsCache.set(sql, raw);
  }
  return raw;
}

/** The rows of a registered query: its SQL over the published tables, each row checked against its schema. */
export function queryRows<R>(query: RegisteredQuery<R>): Promise<R[]> {
  return sqlRows(query.sql).then((rows) =>
    rows.map((row, i) => {
      const parsed = query.row.safeParse(row);
      if (!parsed.success)
        throw new Error(`query "${query.id}", row ${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
      return parsed.data;
    }),
  );
}

export type SourceRef = Pick<SourceRow, 'source_id' | 'publisher' | 'title' | 'published' | 'url' | 'author' | 'language'>;

/** The sources of a query's rows, in the order given, as the page cites them. */
export async function sourcesOf<R>(query: RegisteredQuery<R>, rows: R[]): Promise<SourceRef[]> {
  const index = (await siteIndex()).sourceById;
  return query
    .sourceIds(rows)
    .map((id) => index.get(id))
    .filter((s) => s !== undefined)
    .map(({ source_id, publisher, title, published, url, author, language }) => ({ source_id, publisher, title, published, url, author, language }));
}

export interface RenderedChart<R> {
  chart: ChartDefinition<R>;
  rows: R[];
  /** True when there are enough rows to chart; otherwise the page shows the cited list only. */
  drawn: boolean;
  svg: { narrow: string; wide: string } | null;
  description: string;
  legend: LegendItem[];
  notes: string[];
  sources: SourceRef[];
}

/** Whether a chart is drawn, or shown as its cited list (too few rows, or a list by design). */
export const isDrawn = <R>(chart: ChartDefinition<R>, rows: R[]): boolean =>
  !chart.listOnly && (chart.drawnRows?.(rows) ?? rows.length) >= (chart.minRows ?? 1);

export const DEFAULT_WIDTHS = { narrow: 340, wide: 720 };

export interface RenderOptions {
  /** Keeps ids unique when a chart appears twice on a page. */
  instance?: string;
  /** Where a map's provinces link to (their rows in the list beside the map). */
  placeHref?: (code: string) => string | null;
}

/** Everything a page needs to show a chart in one language. */
export async function renderChart<R>(
  chart: ChartDefinition<R>,
  locale: Locale,
  { instance = chart.id, placeHref }: RenderOptions = {},
): Promise<RenderedChart<R>> {
  const rows = await queryRows(chart);
  const drawn = isDrawn(chart, rows);
  const widths = chart.widths ?? DEFAULT_WIDTHS;
  const descriptionId = `${instance}-desc`;
  const features = chart.geography ? provinceFeatures(chart.geography).features : undefined;
  const draw = (width: number, variant: string) =>
    renderSvg(chart.build(rows, { width, locale, idPrefix: `${instance}-${variant}`, features, placeHref }), {
      idPrefix: `${instance}-${variant}`,
      label: chart.title[locale],
      describedBy: descriptionId,
    });
  // A chart drawn at one width only is drawn once.
  const drawBoth = () => {
    const narrow = draw(widths.narrow, 'n');
    return { narrow, wide: widths.wide === widths.narrow ? '' : draw(widths.wide, 'w') };
  };
  return {
    chart,
    rows,
    drawn,
    svg: drawn ? drawBoth() : null,
    description: chart.describe(rows, locale),
    legend: chart.legend?.(rows) ?? [],
    notes: chart.notes?.(rows, locale) ?? [],
    sources: await sourcesOf(chart, rows),
  };
}
