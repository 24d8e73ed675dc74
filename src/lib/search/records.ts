// What the site search indexes: one record per place, figure, source, chart and
// measure, in each language, shaped from the published tables and the chart
// registry. Pages are not the right unit here: a source page holds dozens of
// figures, and a reader typing "674" wants the figure, with its place, measure,
// period and source, not the page. scripts/search-index.ts gives these records
// to Pagefind (as custom records) when the site is built.
//
// A record's `content` is what the index matches (every name and number a reader
// might type, in both spellings where there are two); `title` and `detail` are
// what a result shows. Words written with đ get d-twins (fold.ts), because
// Unicode gives đ no unaccented form and "da nang" must find Đà Nẵng.

import { t, tf, type Locale } from '../../i18n/ui.ts';
import type { ChartDefinition } from '../charts/types.ts';
import { chartPath, figurePath, measurePath, placePath, placeSlug, sourcePath } from '../data/paths.ts';
import { pagePlaces, type FigureRow, type MeasureRow, type PlaceRow, type SiteIndex, type SourceRow } from '../data/site-index.ts';
import { capitalise, formatDate, formatNumber, formatValue, inLocale, periodWithPartial, termLabel } from '../format.ts';
import { splitList } from '../schema/rows.ts';
import { withDTwins } from './fold.ts';
import { LEVEL_ORDER, placeAliases } from './place-names.ts';
import { SEARCH_KINDS, type SearchKind } from './search-kinds.ts';

export { SEARCH_KINDS, type SearchKind };

export interface SearchRecord {
  url: string;
  language: Locale;
  kind: SearchKind;
  /** The result's link text. */
  title: string;
  /** The language of the title when it is not the page's (a figure printed by an English source on a Vietnamese page). */
  titleLang?: Locale;
  /** One line under the title: what it is, where, when, from whom. */
  detail: string;
  /** Names a query may equal, besides the title (a place's other names and spellings), joined by " | ". */
  names?: string;
  /** Among results that match a query equally well, lower comes first (a province before a facility of the same name). */
  order?: number;
  /** What the index matches. */
  content: string;
}

/** A chart as the index needs it: the registry's definition and the text the build made from its rows. */
export interface IndexedChart {
  chart: ChartDefinition<any>;
  description: Record<Locale, string>;
  measureIds: string[];
}

const name = (p: { name_vi: string; name_en: string }, locale: Locale) => inLocale(p, 'name', locale);
const lines = (...parts: Array<string | null | undefined | false>) =>
  withDTwins(parts.filter((p): p is string => typeof p === 'string' && p !== '').join('\n'));
const unique = <T>(items: T[]) => [...new Set(items)];
const figureCount = (n: number, locale: Locale) => tf(locale, n === 1 ? 'search.figureCountOne' : 'search.figureCount', { n: formatNumber(n, locale) });

/** The nearest place up the tree that has a page (a ward without figures → its district or province). */
function pagedAncestor(place: PlaceRow, data: SiteIndex, paged: Set<string>): PlaceRow | null {
  for (let p = place.parent_id ? data.placeById.get(place.parent_id) : undefined; p; p = p.parent_id ? data.placeById.get(p.parent_id) : undefined) {
    if (paged.has(p.place_id)) return p;
  }
  const province = place.province_code ? data.placeById.get(`province:${place.province_code}`) : undefined;
  return province && paged.has(province.place_id) ? province : null;
}

function placeRecords(data: SiteIndex, locale: Locale): SearchRecord[] {
  const paged = new Set(pagePlaces(data).map((p) => p.place_id));
  const records: SearchRecord[] = [];
  for (const place of data.places) {
    const own = paged.has(place.place_id);
    const target = own ? place : pagedAncestor(place, data, paged);
    if (!target) continue;
    const parent = place.parent_id ? data.placeById.get(place.parent_id) : undefined;
    const host = place.host_place_id ? data.placeById.get(place.host_place_id) : undefined;
    const successor = place.level === 'province' && place.province_2025_code ? data.placeById.get(`province2025:${place.province_2025_code}`) : undefined;
    const predecessors = place.level === 'province_2025' ? data.places.filter((p) => p.level === 'province' && p.province_2025_code === place.code) : [];
    const count = data.figuresByPlace.get(place.place_id)?.length ?? 0;
    const level = termLabel('placeLevel', place.level, locale);
    const within = parent ?? host;
    const detail = [
      capitalise(level),
      within && within.level !== 'country' ? name(within, locale) : null,
      own ? figureCount(count, locale) : tf(locale, 'search.noPage', { place: name(target, locale) }),
    ]
      .filter(Boolean)
      .join(' · ');
    // A place without a page of its own leads to the page of the place it lies in; its own fragment keeps
    // its record apart from that place's (Pagefind keeps one record per address).
    const aliases = placeAliases(place);
    records.push({
      url: own ? placePath(locale, target) : `${placePath(locale, target)}#${placeSlug(place)}`,
      language: locale,
      kind: 'place',
      title: name(place, locale),
      detail,
      names: [place.name_vi, place.name_en, ...aliases].join(' | '),
      order: LEVEL_ORDER[place.level] ?? 9,
      content: lines(
        place.name_vi,
        place.name_en,
        aliases.join(', '),
        level,
        // Provinces' notes hold their other spellings and what they were merged from; facilities' where they stand.
        place.level === 'district' || place.level === 'ward' ? null : inLocale(place, 'note', locale),
        within ? `${name(within, locale)} ${within.name_vi}` : null,
        successor ? `${t(locale, 'place.successor')} ${successor.name_vi}` : null,
        predecessors.length ? `${t(locale, 'place.predecessors')}: ${predecessors.map((p) => p.name_vi).join(', ')}` : null,
        place.code,
      ),
    });
  }
  return records;
}

/** The number as a reader may type it: as printed, and in both languages' formats ("1.482", "1,482", "96,3%", "96.3%"). */
function numberForms(f: FigureRow): string[] {
  const forms = [f.printed, formatValue(f, 'vi', 2), formatValue(f, 'en', 2), String(f.value)];
  if (f.value_high !== null) forms.push(String(f.value_high));
  return unique(forms);
}

/** "Quảng Ninh · Tiếp nhận vào cơ sở cai nghiện · 2021 · Báo Dân sinh": what a figure is, where and when, and who printed it. */
export function figureDetail(f: FigureRow, locale: Locale): string {
  const measure = inLocale({ measure_label_vi: f.measure_label_vi, measure_label_en: f.measure_label_en }, 'measure_label', locale)!;
  const subgroup = inLocale(f, 'subgroup_label', locale);
  const basis = f.basis === 'actual' ? null : termLabel('basis', f.basis, locale);
  return [
    name({ name_vi: f.place_name_vi, name_en: f.place_name_en }, locale),
    `${measure}${subgroup ? ` (${subgroup})` : ''}${basis ? `, ${basis}` : ''}`,
    periodWithPartial(f, locale),
    f.source_publisher,
  ].join(' · ');
}

function figureRecords(data: SiteIndex, locale: Locale): SearchRecord[] {
  return data.figures.map((f) => {
    const measure = data.measureById.get(f.measure_id);
    return {
      url: figurePath(locale, f.figure_id),
      language: locale,
      kind: 'figure',
      title: f.printed,
      titleLang: f.source_language === locale ? undefined : f.source_language,
      detail: figureDetail(f, locale),
      content: lines(
        numberForms(f).join(' '),
        f.place_name_vi,
        f.place_name_en,
        inLocale(f, 'measure_label', locale),
        measure ? termLabel('measureFamily', measure.family, locale) : null,
        inLocale(f, 'subgroup_label', locale),
        termLabel('unit', f.unit, locale),
        f.basis === 'actual' ? null : termLabel('basis', f.basis, locale),
        f.period_as_printed,
        periodWithPartial(f, locale),
        f.locator,
        f.source_title,
        f.source_publisher,
      ),
    };
  });
}

function sourceDetail(s: SourceRow, figures: number, locale: Locale): string {
  return [
    s.publisher,
    s.published ? formatDate(s.published, locale) : t(locale, 'source.noDate'),
    termLabel('sourceKind', s.kind, locale),
    figureCount(figures, locale),
  ].join(' · ');
}

function sourceRecords(data: SiteIndex, locale: Locale): SearchRecord[] {
  return data.sources.map((s) => {
    const figures = data.figuresBySource.get(s.source_id) ?? [];
    const places = unique(figures.map((f) => `${f.place_name_vi} ${f.place_name_en}`));
    return {
      url: sourcePath(locale, s.source_id),
      language: locale,
      kind: 'source',
      title: s.title,
      titleLang: s.language === locale ? undefined : s.language,
      detail: sourceDetail(s, figures.length, locale),
      content: lines(
        s.title,
        s.publisher,
        s.author,
        s.documents_cited ? splitList(s.documents_cited).join('\n') : null,
        s.published_as_printed,
        s.published ? `${formatDate(s.published, locale)} ${s.published}` : null,
        termLabel('sourceKind', s.kind, locale),
        places.join(', '),
        s.source_id.replace(/-/gu, ' '),
      ),
    };
  });
}

function chartRecords(charts: IndexedChart[], data: SiteIndex, locale: Locale): SearchRecord[] {
  return charts.map(({ chart, description, measureIds }) => {
    const measures = measureIds.map((id) => data.measureById.get(id)).filter((m): m is MeasureRow => m !== undefined);
    return {
      url: chartPath(locale, chart.id),
      language: locale,
      kind: 'chart',
      title: chart.title[locale],
      detail: chart.subtitle[locale],
      content: lines(
        chart.title[locale],
        chart.subtitle[locale],
        description[locale],
        ...measures.map((m) => `${inLocale(m, 'label', locale)}: ${inLocale(m, 'definition', locale)}`),
      ),
    };
  });
}

function measureRecords(data: SiteIndex, locale: Locale): SearchRecord[] {
  return data.measures.map((m) => ({
    url: measurePath(locale, m.measure_id),
    language: locale,
    kind: 'measure',
    title: inLocale(m, 'label', locale)!,
    detail: [
      termLabel('measureFamily', m.family, locale),
      splitList(m.units)
        .map((u) => termLabel('unit', u as Parameters<typeof termLabel<'unit'>>[1], locale))
        .join(', '),
      figureCount(m.figure_count, locale),
    ].join(' · '),
    content: lines(m.label_vi, m.label_en, inLocale(m, 'definition', locale), termLabel('measureFamily', m.family, locale), m.measure_id.replace(/_/gu, ' ')),
  }));
}

/** Every record of the index, in both languages. */
export function searchRecords(data: SiteIndex, charts: IndexedChart[]): SearchRecord[] {
  return (['vi', 'en'] as const).flatMap((locale) => [
    ...placeRecords(data, locale),
    ...figureRecords(data, locale),
    ...sourceRecords(data, locale),
    ...chartRecords(charts, data, locale),
    ...measureRecords(data, locale),
  ]);
}
