// What the site build makes of a registered chart: its rows (its SQL run with
// DuckDB over the published Parquet, checked against its row schema), its SVG
// at two widths, its description, legend, notes and sources. Memoised, so a
// chart shown on several pages runs its query once per build.

import type { Locale } from '../../i18n/ui.ts';
import { publishedQuery } from '../published-data.ts';
import { siteData } from '../site/site-data.ts';
import { renderSvg } from './render.ts';
import type { ChartDefinition, LegendItem } from './types.ts';

const rowsCache = new Map<string, Promise<unknown[]>>();

/** The rows of a chart: its SQL over the published tables, each row checked against the chart's schema. */
export function chartRows<R>(chart: ChartDefinition<R>): Promise<R[]> {
  const key = `${chart.id}\n${chart.sql}`;
  let rows = rowsCache.get(key);
  if (!rows) {
    rows = publishedQuery(chart.sql).then((raw) =>
      raw.map((row, i) => {
        const parsed = chart.row.safeParse(row);
        if (!parsed.success) throw new Error(`chart "${chart.id}", row ${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
        return parsed.data;
      }),
    );
    rowsCache.set(key, rows);
  }
  return rows as Promise<R[]>;
}

export interface SourceRef {
  source_id: string;
  publisher: string;
  title: string;
  published: string | null;
  url: string | null;
}

/** The published sources by id (the same load the place and source pages use). */
export async function sourceIndex(): Promise<Map<string, SourceRef>> {
  return (await siteData()).sourceById;
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
export const isDrawn = <R,>(chart: ChartDefinition<R>, rows: R[]): boolean =>
  !chart.listOnly && (chart.drawnRows?.(rows) ?? rows.length) >= (chart.minRows ?? 1);

export const DEFAULT_WIDTHS = { narrow: 340, wide: 720 };

/** Everything a page needs to show a chart in one language. `instance` keeps ids unique when a chart appears twice on a page. */
export async function renderChart<R>(chart: ChartDefinition<R>, locale: Locale, instance = chart.id, rowsOverride?: R[]): Promise<RenderedChart<R>> {
  const rows = rowsOverride ?? (await chartRows(chart));
  const drawn = isDrawn(chart, rows);
  const widths = chart.widths ?? DEFAULT_WIDTHS;
  const descriptionId = `${instance}-desc`;
  const draw = (width: number, variant: string) =>
    renderSvg(chart.build(rows, { width, locale, idPrefix: `${instance}-${variant}` }), {
      idPrefix: `${instance}-${variant}`,
      label: chart.title[locale],
      describedBy: descriptionId,
    });
  // A chart drawn at one width only (a place's small charts) is drawn once.
  const drawBoth = () => {
    const narrow = draw(widths.narrow, 'n');
    return { narrow, wide: widths.wide === widths.narrow ? '' : draw(widths.wide, 'w') };
  };
  const index = await sourceIndex();
  return {
    chart,
    rows,
    drawn,
    svg: drawn ? drawBoth() : null,
    description: chart.describe(rows, locale),
    legend: chart.legend?.(rows) ?? [],
    notes: chart.notes?.(rows, locale) ?? [],
    sources: chart
      .sourceIds(rows)
      .map((id) => index.get(id))
      .filter((s): s is SourceRef => s !== undefined)
      .map(({ source_id, publisher, title, published, url }) => ({ source_id, publisher, title, published, url })),
  };
}
