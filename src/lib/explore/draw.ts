// How a view of the explorer is drawn: for each panel (one unit, one basis,
// the whole or its parts), the Plot options of the chart kinds the chart
// registry uses (src/lib/charts/): a time series coloured by place for a few
// places, dots on rows of place and period for many (or for parts of a
// population), and a map of the provinces beside the ranking of their latest
// figures. Pure functions of the rows, run by the site build (into the HTML)
// and by the browser alike; the province shapes come in as data.

import type * as Plot from '@observablehq/plot';
import { chartText } from '../../i18n/strings/charts.ts';
import { say } from '../../i18n/strings/explore.ts';
import type { Locale } from '../../i18n/locale.ts';
import { choropleth, choroplethLegend, outsideSwatch } from '../charts/choropleth.ts';
import { describeRanking, describeSpan } from '../charts/describe.ts';
import { figureDots } from '../charts/figure-dots.ts';
import { valueLegend } from '../charts/marks.ts';
import { MUTED } from '../charts/palette.ts';
import { rankedBars } from '../charts/ranked-bars.ts';
import { timeSeries } from '../charts/time-series.ts';
import type { ChartBuilder, LegendItem } from '../charts/types.ts';
import { capitalise, formatList, formatValue, inLocale, partialLabel, periodLabel, termLabel } from '../format.ts';
import type { ProvinceFeature } from '../geo/provinces.ts';
import type { Basis, Unit } from '../schema/vocabulary.ts';
import type { CatalogPlace, ExploreRow } from './model.ts';
import { byPlaceThenTime, drawnRows, latestByPlace, mapSystem, type Panel, type Selection } from './select.ts';

/**
 * Colours of places on one chart: the place pages' series colours (Okabe–Ito,
 * darkened to 4.5:1 on white), the greys last so they are not taken for the
 * legend's grey marks. More places than these are drawn as rows instead.
 */
export const PLACE_COLORS = ['#0b5cad', '#c35a00', '#00795a', '#a2478a', '#8a6d00', '#1d2430', '#56707f', '#5b6573'] as const;

export const WIDTHS = {
  chart: { narrow: 340, wide: 720 },
  map: { narrow: 340, wide: 460 },
  bars: { narrow: 340, wide: 560 },
} as const;

type Places = Readonly<Record<string, CatalogPlace>>;

export const placeName = (r: { place_name_vi: string; place_name_en: string }, locale: Locale): string => inLocale(r, 'place_name', locale);
/** A place of the catalog (or a map's province) by its name in the page's language. */
export const nameOf = (p: { name_vi: string; name_en: string }, locale: Locale): string => inLocale(p, 'name', locale);
export const partLabel = (r: ExploreRow, locale: Locale): string | null => inLocale(r, 'subgroup_label', locale);
export const measureName = (r: { measure_label_vi: string; measure_label_en: string }, locale: Locale): string => inLocale(r, 'measure_label', locale);

/** One drawing of a panel: a chart, a map or a ranking. */
export interface Drawing {
  /** Unique on the page ("p0-chart", "p1-map-63"). */
  id: string;
  /** The accessible name of the SVG. */
  label: string;
  kind: 'chart' | 'map' | 'bars';
  widths: { narrow: number; wide: number };
  /** The province shapes a map needs. */
  system?: '63' | '34';
  build: (width: number, idPrefix: string, features?: ProvinceFeature[]) => Plot.PlotOptions;
}

export interface LegendEntry {
  swatch: string;
  label: string;
}

/** A panel as the page shows it: a heading, what it counts, its drawings, legend, description and notes. */
export interface PanelFigure {
  id: string;
  panel: Panel;
  title: string;
  subtitle: string;
  drawings: Drawing[];
  legend: LegendEntry[];
  description: string;
  notes: string[];
}

/** "Hà Nội, Nghệ An và Thanh Hóa" or "12 địa bàn". */
export function placesSummary(ids: readonly string[], places: Places, locale: Locale): string {
  const names = ids
    .map((id) => places[id])
    .filter(Boolean)
    .map((p) => nameOf(p, locale));
  return names.length <= 3 ? formatList(names, locale) : say(locale, 'explore.placesSummary', { n: names.length });
}

/** Names of places in a note: all of them up to eight, then "and N more". */
function nameList(ids: readonly string[], places: Places, locale: Locale): string {
  const names = [...new Set(ids)]
    .map((id) => places[id])
    .filter(Boolean)
    .map((p) => nameOf(p, locale));
  return names.length <= 8 ? formatList(names, locale) : `${names.slice(0, 8).join(', ')} ${say(locale, 'explore.more', { n: names.length - 8 })}`;
}

/** A dot's or a bar's tooltip: where, when, the value (per 100,000 too), as printed, the source. */
export function figureTooltip(r: ExploreRow, locale: Locale, drawn?: ExploreRow): string {
  const partial = partialLabel(r, locale);
  const part = partLabel(r, locale);
  const value =
    drawn && (drawn.unit as string) === 'rate'
      ? `${formatValue(drawn, locale)} ${say(locale, 'explore.perUnit')} · ${formatValue(r, locale)}`
      : formatValue(r, locale);
  return [
    `${placeName(r, locale)} · ${periodLabel(r, locale)}${partial ? ` (${partial})` : ''}${part ? ` · ${part}` : ''}`,
    `${value} (“${r.printed}”) · ${r.period_as_printed}`,
    `${r.source_publisher}${r.source_published ? `, ${r.source_published}` : ''}`,
  ].join('\n');
}

const dot = (color: string) =>
  `<svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false"><circle cx="7" cy="7" r="5" fill="${color}"/></svg>`;

const legendIn = (items: LegendItem[], locale: Locale): LegendEntry[] => items.map((i) => ({ swatch: i.swatch, label: i.label[locale] }));

/** The colour of each place with figures in the view, in the reader's order: the same on every panel. */
export function placeColors(selection: Selection): Map<string, string> {
  const ids = [...new Set(selection.rows.map((r) => r.place_id))];
  return new Map(ids.map((id, i) => [id, PLACE_COLORS[i % PLACE_COLORS.length]]));
}

/** The panel's heading: its unit (per 100,000 if so), basis, and whether its figures count a part of the population. */
export function panelTitle(panel: Panel, locale: Locale): string {
  const unit = panel.unit === 'percent' ? say(locale, 'explore.percent') : capitalise(termLabel('unit', panel.unit as Unit, locale));
  const per = panel.perCapita ? ` ${say(locale, 'explore.perUnit')}` : '';
  const parts = panel.parts ? ` (${say(locale, 'explore.parts')})` : '';
  return `${unit}${per}${parts} · ${termLabel('basis', panel.basis as Basis, locale)}`;
}

function chartDrawing(
  panel: Panel,
  id: string,
  rows: ExploreRow[],
  selection: Selection,
  colors: Map<string, string>,
  label: string,
  locale: Locale,
): Drawing | null {
  if (rows.length === 0) return null;
  const ids = [...new Set(rows.map((r) => r.place_id))];
  const order = byPlaceThenTime(selection.state.places);
  const title = (r: ExploreRow, l: Locale) => figureTooltip(panel.rows.find((x) => x.figure_id === r.figure_id) ?? r, l, r);
  let build: ChartBuilder<ExploreRow>;
  if (!panel.parts && ids.length <= PLACE_COLORS.length) {
    build = timeSeries<ExploreRow>({ title, color: (r) => colors.get(r.place_id) ?? MUTED });
  } else {
    // Two figures of one place and period (two sources, say) get a row each, named by their source.
    const base = (r: ExploreRow, l: Locale) => `${placeName(r, l)} · ${periodLabel(r, l)}${panel.parts && partLabel(r, l) ? ` · ${partLabel(r, l)}` : ''}`;
    const counts = new Map<string, number>();
    for (const r of rows) counts.set(base(r, locale), (counts.get(base(r, locale)) ?? 0) + 1);
    build = figureDots<ExploreRow>({
      rowLabel: (r, l) => (counts.get(base(r, locale))! > 1 ? `${base(r, l)} · ${r.source_publisher}` : base(r, l)),
      rowKey: (r) => r.figure_id,
      colorKey: ids.length <= PLACE_COLORS.length ? (r) => r.place_id : undefined,
      colors: Object.fromEntries(colors),
      sort: order,
      title,
      valueLabels: true,
    });
  }
  return { id, label, kind: 'chart', widths: WIDTHS.chart, build: (width, idPrefix) => build(rows, { width, locale, idPrefix }) };
}

interface MapRow {
  code: string;
  name_vi: string;
  name_en: string;
  place_id: string;
  /** The drawn figure (a rate per 100,000, or as printed), null when the province has none in the view. */
  row: ExploreRow | null;
}

/** The figures of a view for one panel and view, drawn. */
export function panelFigures(selection: Selection, places: Places, locale: Locale): PanelFigure[] {
  const { state } = selection;
  const colors = placeColors(selection);
  const measure = selection.rows[0] ? measureName(selection.rows[0], locale) : state.measure;
  return selection.panels.map((panel, i) => {
    const id = `p${i}`;
    const title = panelTitle(panel, locale);
    const rows = drawnRows(panel, places);
    const notes: string[] = [];
    const drawings: Drawing[] = [];
    let legend: LegendEntry[] = [];
    let description = `${describeSpan(panel.rows, locale)} ${describeRanking(
      rows,
      (r) => placeName(r, locale),
      (r) => periodLabel(r, locale),
      locale,
    )}`;
    if (panel.unpopulated.length)
      notes.push(
        say(locale, 'explore.unpopulated', {
          places: nameList(
            panel.unpopulated.map((r) => r.place_id),
            places,
            locale,
          ),
        }),
      );
    if (panel.parts) notes.push(say(locale, 'explore.partsNote'));
    const label = `${measure}: ${title}`;
    if (state.view === 'chart') {
      const drawing = chartDrawing(panel, `${id}-chart`, rows, selection, colors, label, locale);
      if (drawing) drawings.push(drawing);
      const shown = [...new Set(rows.map((r) => r.place_id))];
      const colored = shown.length <= PLACE_COLORS.length;
      legend = [
        ...(colored ? shown.map((p) => ({ swatch: dot(colors.get(p) ?? MUTED), label: nameOf(places[p], locale) })) : []),
        // With a colour per place, a filled dot needs no key of its own: only open dots, arrows and ranges do.
        ...legendIn(valueLegend(rows, MUTED, { whole: !colored }), locale),
      ];
    } else if (state.view === 'map') {
      const drawnByPlace = latestByPlace(rows);
      const offMap = panel.rows.filter((r) => mapSystem(r.place_level) === null).map((r) => r.place_id);
      const mapRows: MapRow[] = [];
      for (const system of ['63', '34'] as const) {
        const chosen = state.places.filter((p) => places[p] && mapSystem(places[p].level) === system);
        if (chosen.length === 0 || !panel.rows.some((r) => mapSystem(r.place_level) === system)) continue;
        const these: MapRow[] = chosen.map((p) => ({
          code: places[p].code ?? '',
          name_vi: places[p].name_vi,
          name_en: places[p].name_en,
          place_id: p,
          row: drawnByPlace.get(p) ?? null,
        }));
        mapRows.push(...these);
        const codes = new Set(these.map((r) => r.code));
        const map = choropleth<MapRow>({
          value: (r) => r.row?.value ?? null,
          incomplete: () => false,
          outside: (code) => !codes.has(code),
          title: (r, f, l) => {
            if (!codes.has(f.properties.code)) return `${nameOf(f.properties, l)}: ${say(l, 'explore.outside')}`;
            if (!r?.row) return chartText(l, 'chart.noFigure', { place: r ? nameOf(r, l) : nameOf(f.properties, l) });
            return figureTooltip(panel.rows.find((x) => x.figure_id === r.row!.figure_id) ?? r.row, l, r.row);
          },
        });
        drawings.push({
          id: `${id}-map-${system}`,
          label: `${label} · ${say(locale, system === '63' ? 'explore.mapTitle63' : 'explore.mapTitle34')}`,
          kind: 'map',
          widths: WIDTHS.map,
          system,
          build: (width, idPrefix, features) => map(these, { width, locale, idPrefix, features }),
        });
        const ranked = these.flatMap((r) => (r.row ? [r.row] : []));
        if (ranked.length > 0) {
          const bars = rankedBars<ExploreRow>({
            key: (r) => r.place_id,
            label: placeName,
            detail: (r, l) => periodLabel(r, l),
            title: (r, l) => figureTooltip(panel.rows.find((x) => x.figure_id === r.figure_id) ?? r, l, r),
          });
          drawings.push({
            id: `${id}-bars-${system}`,
            label: `${label} · ${say(locale, 'explore.barsTitle')} (${say(locale, system === '63' ? 'explore.mapTitle63' : 'explore.mapTitle34')})`,
            kind: 'bars',
            widths: WIDTHS.bars,
            build: (width, idPrefix) => bars(ranked, { width, locale, idPrefix }),
          });
        }
      }
      if (drawings.length === 0) notes.push(say(locale, 'explore.mapNoProvince'));
      else {
        notes.push(say(locale, 'explore.mapLatest'));
        const unitLabel = panel.perCapita
          ? { vi: 'trên 100.000 dân', en: 'per 100,000' }
          : { vi: termLabel('unit', panel.unit as Unit, 'vi'), en: termLabel('unit', panel.unit as Unit, 'en') };
        legend = legendIn(
          choroplethLegend(
            mapRows.map((r) => ({ value: r.row?.value ?? null, incomplete: false })),
            unitLabel,
          ),
          locale,
        );
        legend.splice(legend.length - 1, 0, { swatch: outsideSwatch(), label: say(locale, 'explore.outside') });
        const latest = mapRows.flatMap((r) => (r.row ? [r.row] : []));
        description = `${describeSpan(panel.rows, locale)} ${describeRanking(
          latest,
          (r) => placeName(r, locale),
          (r) => periodLabel(r, locale),
          locale,
        )}`;
      }
      if (offMap.length > 0) notes.push(say(locale, 'explore.notOnMap', { places: nameList(offMap, places, locale) }));
    }
    if (rows.some((r) => r.partial)) notes.push(say(locale, 'explore.openDots'));
    const subtitle = say(locale, 'explore.panelCount', { n: panel.rows.length, p: new Set(panel.rows.map((r) => r.place_id)).size });
    return { id, panel, title, subtitle, drawings, legend, description, notes };
  });
}
