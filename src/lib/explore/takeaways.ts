// The take-away files of a view of the explorer, made in the browser from the
// figures in view: CSV (UTF-8 with a byte-order mark, so Excel on Windows
// reads Vietnamese right, and every row's source in columns), an Excel
// workbook (the same rows, and a sheet saying what it is and how to cite it),
// and each panel as a standalone image with its title, subtitle, legend,
// notes, source line and address (the chart pages' poster, poster.ts). Pure
// functions of their inputs; the page script (client.ts) offers them.

import { chartText } from '../../i18n/strings/charts.ts';
import { say } from '../../i18n/strings/explore.ts';
import type { Locale } from '../../i18n/locale.ts';
import { posterSvg, svgSize } from '../charts/poster.ts';
import { LICENCE, SITE_NAME, sourceCitation } from '../data/identity.ts';
import { exploreSlug } from '../data/paths.ts';
import type { PanelFigure } from './draw.ts';
import { ROW_COLUMNS, type CatalogPlace, type ExploreRow, type ExploreSource, type ExploreState } from './model.ts';
import { per100k, PER_CAPITA_UNITS } from './select.ts';
import type { Cell, Sheet } from './xlsx.ts';

type Places = Readonly<Record<string, CatalogPlace>>;

/** The take-away's file name, without extension: "kham-pha-registered-dependent-2015-2022". */
export const fileBase = (state: ExploreState, locale: Locale): string =>
  `${chartText(locale, 'file.explore')}-${exploreSlug(state.measure)}-${state.from}-${state.to}${state.per === '100k' ? `-${chartText(locale, 'file.per100k')}` : ''}`;

/** The rows as the files hold them: every published column, then (per 100,000) the population and the rate. */
export function tableRows(rows: readonly ExploreRow[], state: ExploreState, places: Places): { columns: string[]; rows: Cell[][] } {
  const per = state.per === '100k';
  const columns: string[] = [...ROW_COLUMNS, ...(per ? ['population_2019', 'per_100k', 'per_100k_high'] : [])];
  return {
    columns,
    rows: rows.map((r) => {
      const cells: Cell[] = ROW_COLUMNS.map((c) => r[c] as Cell);
      if (per) {
        const population = places[r.place_id]?.population ?? null;
        const counts = PER_CAPITA_UNITS.includes(r.unit) && population !== null;
        cells.push(population, counts ? per100k(r.value, population!) : null, counts && r.value_high !== null ? per100k(r.value_high, population!) : null);
      }
      return cells;
    }),
  };
}

const csvCell = (v: Cell): string => {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\n\r]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s;
};

/** CSV with a byte-order mark: Excel on Windows reads a BOM-less UTF-8 CSV as a legacy code page. */
export function csvText(table: { columns: string[]; rows: Cell[][] }): string {
  return `\uFEFF${[table.columns, ...table.rows].map((row) => row.map(csvCell).join(',')).join('\n')}\n`;
}

export interface AboutText {
  title: string;
  citation: string;
  url: string;
  built: string;
  sources: ExploreSource[];
}

/** The workbook's sheets: the figures, then what they are, how to cite them and their sources. */
export function workbookSheets(table: { columns: string[]; rows: Cell[][] }, about: AboutText, locale: Locale): Sheet[] {
  const vi = locale === 'vi';
  const lines: Cell[][] = [
    [vi ? 'Tiêu đề' : 'Title', about.title],
    [vi ? 'Địa chỉ' : 'Address', about.url],
    [vi ? 'Trích dẫn' : 'How to cite', about.citation],
    [vi ? 'Giấy phép' : 'Licence', `${LICENCE.name} (${LICENCE.url}). ${LICENCE.note[locale]}`],
    [vi ? 'Ngày dữ liệu' : 'Data of', about.built],
    ...about.sources.map((s, i): Cell[] => [i === 0 ? (vi ? 'Nguồn' : 'Sources') : '', sourceCitation(s, locale)]),
  ];
  return [
    {
      name: vi ? 'so-lieu' : 'data',
      rows: [table.columns, ...table.rows],
      header: true,
      widths: table.columns.map((c) => Math.min(40, Math.max(10, c.length + 2))),
    },
    { name: vi ? 'gioi-thieu' : 'about', rows: lines, widths: [16, 110] },
  ];
}

/** The drawings of a panel stacked into one SVG (a map above its ranking), for one image. */
export function stackSvgs(svgs: string[]): string {
  if (svgs.length === 1) return svgs[0];
  const sizes = svgs.map(svgSize);
  const width = Math.max(...sizes.map((s) => s.width));
  const gap = 16;
  let y = 0;
  const parts = svgs.map((svg, i) => {
    const at = y;
    y += sizes[i].height + gap;
    return svg.replace(/^<svg /u, `<svg x="0" y="${at}" `);
  });
  const height = y - gap;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join('')}</svg>`;
}

/** "Nguồn: Publisher (2021); …" for the foot of an image. */
export function sourceLine(rows: readonly ExploreRow[], locale: Locale): string {
  const seen = new Map<string, string>();
  for (const r of rows) seen.set(r.source_id, `${r.source_publisher}${r.source_published ? ` (${r.source_published.slice(0, 4)})` : ''}`);
  return `${say(locale, 'explore.sources')}: ${[...seen.values()].join('; ')}`;
}

/** A panel as a standalone image: the view's title, the panel's heading and subtitle, the drawing(s), legend, notes, sources and address. */
export function panelPoster(figure: PanelFigure, drawingSvgs: string[], o: { title: string; url: string; locale: Locale }): string {
  return posterSvg(stackSvgs(drawingSvgs), {
    title: o.title,
    subtitle: `${figure.title}. ${figure.subtitle}`,
    legend: figure.legend,
    notes: figure.notes,
    sourceLine: sourceLine(figure.panel.rows, o.locale),
    footer: `${o.url} · ${SITE_NAME[o.locale]} · ${LICENCE.name}`,
    description: figure.description,
  });
}
