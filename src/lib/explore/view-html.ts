// The markup of a view of the explorer: its panels (each drawing at a narrow
// and a wide width, or the one the browser drew), legends, descriptions and
// notes, the table of every figure that matches, the figures of unknown year,
// what is published instead when nothing matches, and the sources in view.
// One function, so the view the build writes into a measure's page and the
// view the browser shows after a change are the same markup. Every text is
// escaped; nothing from the address reaches it but validated ids and years.

import { say } from '../../i18n/strings/explore.ts';
import { localePath, type Locale } from '../../i18n/locale.ts';
import { sourceCitation, viewCitation } from '../data/identity.ts';
import { explorePath, placePath, sourcePath } from '../data/paths.ts';
import { capitalise, formatNumber, formatValue, inLocale, periodWithPartial, termLabel } from '../format.ts';
import type { Basis, Unit } from '../schema/vocabulary.ts';
import { measureName, nameOf, partLabel, placeName, placesSummary, type PanelFigure } from './draw.ts';
import type { CatalogMeasure, CatalogPlace, EvidenceFilter, ExploreCatalog, ExploreRow, ExploreSource } from './model.ts';
import { per100k, type Selection } from './select.ts';

export const esc = (s: string): string => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

/** "≈3.300 lượt người (chỉ tiêu)": the value with its qualifier, its unit and, unless a result, its basis (as the registry's tables say it). */
export function valueText(r: Pick<ExploreRow, 'value' | 'value_high' | 'unit' | 'qualifier' | 'basis'>, locale: Locale): string {
  const unit = r.unit === 'percent' ? '' : ` ${termLabel('unit', r.unit as Unit, locale)}`;
  const basis = r.basis === 'actual' ? '' : ` (${termLabel('basis', r.basis as Basis, locale)})`;
  return `${formatValue(r, locale, 2)}${unit}${basis}`;
}

export interface ViewContext {
  locale: Locale;
  catalog: Pick<ExploreCatalog, 'measures' | 'places' | 'placeMeasures' | 'built'>;
  sources: Readonly<Record<string, ExploreSource>>;
  /** The view's absolute address, for its citation. */
  url: string;
  /** The level of the view's title (2 in the explorer, 1 on the embed page); its sections are one below. */
  heading?: 1 | 2;
}

/** The drawings of a view, by drawing id: both widths (the build) or the one drawn (the browser). */
export type Svgs = ReadonlyMap<string, { narrow?: string; wide?: string }>;

interface Column {
  label: string;
  essential?: boolean;
  numeric?: boolean;
  cell: (r: ExploreRow) => string;
}

/** The table of figures: place, period, value, (part), (per 100,000), as printed, source; one row per figure. */
export function tableHtml(
  rows: readonly ExploreRow[],
  o: { locale: Locale; caption: string; per: boolean; places: Readonly<Record<string, CatalogPlace>>; id: string },
): string {
  const { locale } = o;
  const link = (href: string, text: string) => `<a href="${esc(href)}">${text}</a>`;
  const columns: Column[] = [
    {
      label: say(locale, 'explore.col.place'),
      essential: true,
      cell: (r) => link(placePath(locale, { place_id: r.place_id, name_en: r.place_name_en }), esc(placeName(r, locale))),
    },
    { label: say(locale, 'explore.col.period'), essential: true, cell: (r) => esc(periodWithPartial(r, locale)) },
    { label: say(locale, 'explore.col.value'), essential: true, numeric: true, cell: (r) => esc(valueText(r, locale)) },
  ];
  if (rows.some((r) => r.subgroup !== null)) columns.push({ label: say(locale, 'explore.col.part'), cell: (r) => esc(partLabel(r, locale) ?? '') });
  if (rows.some((r) => r.claim !== null))
    columns.push({ label: say(locale, 'explore.col.evidence'), cell: (r) => (r.claim === null ? '' : esc(termLabel('claim', r.claim, locale))) });
  if (o.per)
    columns.push({
      label: say(locale, 'explore.col.per100k'),
      numeric: true,
      cell: (r) => {
        const population = o.places[r.place_id]?.population;
        if (population == null || (r.unit !== 'persons' && r.unit !== 'person_times')) return '—';
        return esc(
          formatValue(
            {
              value: per100k(r.value, population),
              value_high: r.value_high === null ? null : per100k(r.value_high, population),
              unit: 'rate',
              qualifier: r.qualifier,
            },
            locale,
          ),
        );
      },
    });
  columns.push(
    {
      label: say(locale, 'explore.col.printed'),
      cell: (r) => {
        const text = esc(`“${r.printed}” · “${r.period_as_printed}”`);
        return r.source_language !== locale ? `<span lang="${r.source_language}">${text}</span>` : text;
      },
    },
    {
      label: say(locale, 'explore.col.source'),
      cell: (r) => {
        const text = esc(`${r.source_publisher}${r.source_published ? `, ${r.source_published.slice(0, 4)}` : ''}`);
        // The publisher's name as the sources table records it.
        return link(
          sourcePath(locale, r.source_id),
          `<span class="source-name"${r.source_language !== locale ? ` lang="${r.source_language}"` : ''}>${text}</span>`,
        );
      },
    },
  );
  const head = columns.map((c) => `<th scope="col">${esc(c.label)}</th>`).join('');
  const body = rows
    .map(
      (r) =>
        `<tr data-figure="${esc(r.figure_id)}">${columns
          .map((c) => {
            const cls = [c.numeric && 'num', c.essential && 'essential'].filter(Boolean).join(' ');
            return `<td${cls ? ` class="${cls}"` : ''} data-label="${esc(c.label)}">${c.cell(r)}</td>`;
          })
          .join('')}</tr>`,
    )
    .join('');
  return `<div class="table-wrap" tabindex="0" role="region" aria-labelledby="${o.id}-caption"><table class="data-table" id="${o.id}"><caption id="${o.id}-caption">${esc(o.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}

function drawingHtml(id: string, svg: { narrow?: string; wide?: string } | undefined, kind: string): string {
  if (!svg) return '';
  const inner =
    svg.narrow && svg.wide
      ? `<div class="chart-svg chart-wide">${svg.wide}</div><div class="chart-svg chart-narrow">${svg.narrow}</div>`
      : `<div class="chart-svg">${svg.wide ?? svg.narrow ?? ''}</div>`;
  return `<div class="explore-drawing explore-${kind}" data-drawing="${esc(id)}">${inner}</div>`;
}

function panelHtml(f: PanelFigure, svgs: Svgs, locale: Locale, h: number): string {
  const drawings = f.drawings.map((d) => drawingHtml(d.id, svgs.get(d.id), d.kind)).join('');
  const isMap = f.drawings.some((d) => d.kind === 'map');
  return [
    `<section class="explore-panel" id="${f.id}" aria-labelledby="${f.id}-title">`,
    `<h${h} class="chart-title" id="${f.id}-title">${esc(f.title)}</h${h}>`,
    `<p class="chart-subtitle">${esc(f.subtitle)}</p>`,
    drawings ? `<div class="explore-drawings${isMap ? ' explore-map-grid' : ''}">${drawings}</div>` : '',
    f.legend.length && drawings
      ? `<ul class="chart-legend" aria-label="${esc(say(locale, 'explore.legend'))}">${f.legend.map((l) => `<li>${l.swatch} ${esc(l.label)}</li>`).join('')}</ul>`
      : '',
    `<p class="chart-description" id="${f.id}-desc">${esc(f.description)}</p>`,
    f.notes.length ? `<ul class="chart-notes">${f.notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>` : '',
    drawings
      ? `<p class="explore-images" hidden><span>${esc(say(locale, 'explore.images'))}:</span> <button type="button" data-image="svg" data-panel="${f.id}">${esc(say(locale, 'explore.svg'))}</button> <button type="button" data-image="png" data-panel="${f.id}">${esc(say(locale, 'explore.png'))}</button> <span class="explore-image-status" role="status"></span></p>`
      : '',
    '</section>',
  ].join('');
}

/** What was published for the chosen places instead, when nothing matches (from the catalog). */
function emptyHtml(selection: Selection, ctx: ViewContext, measureLabel: string): string {
  const { locale, catalog } = ctx;
  const { state } = selection;
  const parts = [`<p>${esc(say(locale, 'explore.empty', { measure: measureLabel, from: state.from, to: state.to }))}</p>`];
  if (selection.elsewhere) {
    const all = explorePath(locale, { ...state, from: Math.min(state.from, selection.elsewhere.from), to: Math.max(state.to, selection.elsewhere.to) });
    parts.push(
      `<p>${esc(say(locale, 'explore.elsewhere', { n: selection.elsewhere.count, from: selection.elsewhere.from, to: selection.elsewhere.to }))} <a href="${esc(all)}" data-explore-link>${esc(say(locale, 'explore.allYears'))}</a></p>`,
    );
  }
  const items = state.places.slice(0, 8).flatMap((p) => {
    const place = catalog.places[p];
    const published = (catalog.placeMeasures[p] ?? []).filter(([m]) => m !== state.measure && catalog.measures[m]);
    if (!place || published.length === 0) return [];
    const links = [...published]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([m, n, y0, y1]) => {
        const measure: CatalogMeasure = catalog.measures[m];
        const href = explorePath(locale, {
          ...state,
          measure: m,
          places: [p],
          from: y0 ?? measure.defaults.from,
          to: y1 ?? measure.defaults.to,
          per: 'persons',
        });
        const years = y0 === null ? '' : y0 === y1 ? `, ${y0}` : `, ${y0}–${y1}`;
        return `<a href="${esc(href)}" data-explore-link>${esc(say(locale, 'explore.insteadItem', { measure: inLocale(measure, 'label', locale), n: n }))}${years}</a>`;
      });
    return [`<li><strong>${esc(nameOf(place, locale))}</strong>: ${links.join(' · ')}</li>`];
  });
  parts.push(items.length ? `<p>${esc(say(locale, 'explore.instead'))}</p><ul>${items.join('')}</ul>` : `<p>${esc(say(locale, 'explore.insteadNone'))}</p>`);
  parts.push(`<p><a href="${localePath(locale, '/coverage/')}">${esc(say(locale, 'explore.coverage'))}</a></p>`);
  return `<div class="notice explore-empty">${parts.join('')}</div>`;
}

/** The title of a view: the measure and the places. */
export function viewTitle(selection: Selection, ctx: Pick<ViewContext, 'locale' | 'catalog'>): string {
  const m = ctx.catalog.measures[selection.state.measure];
  const measure = m ? inLocale(m, 'label', ctx.locale) : selection.state.measure;
  const title = say(ctx.locale, 'explore.viewTitle', { measure, places: placesSummary(selection.state.places, ctx.catalog.places, ctx.locale) });
  // A view narrowed to one kind of evidence says so in its title (and so in its images and citation).
  return selection.state.evidence === 'all' ? title : `${title} (${termLabel('claim', selection.state.evidence, ctx.locale)})`;
}

/** A choice of the evidence filter in words: "every kind", or the vocabulary's name of the claim. */
export const evidenceLabel = (evidence: EvidenceFilter, locale: Locale): string =>
  evidence === 'all' ? say(locale, 'explore.evidence.all') : capitalise(termLabel('claim', evidence, locale));

/** The sources of the figures in view, in order of first appearance. */
export function sourcesInView(selection: Selection, sources: Readonly<Record<string, ExploreSource>>): ExploreSource[] {
  return [...new Set([...selection.rows, ...selection.undated].map((r) => r.source_id))].map((id) => sources[id]).filter(Boolean);
}

/** The whole view: summary, panels, table, figures of unknown year, sources and citation. */
export function viewHtml(selection: Selection, figures: PanelFigure[], svgs: Svgs, ctx: ViewContext): string {
  const { locale, catalog } = ctx;
  const { state } = selection;
  const m = catalog.measures[state.measure];
  const measureLabel = m ? inLocale(m, 'label', locale) : selection.rows[0] ? measureName(selection.rows[0], locale) : state.measure;
  const title = viewTitle(selection, ctx);
  const top = ctx.heading ?? 2;
  const h = top + 1;
  const out: string[] = [`<h${top} class="explore-view-title" id="explore-view-title">${esc(title)}</h${top}>`];
  const summary: string[] = [];
  if (selection.rows.length)
    summary.push(
      say(locale, 'explore.summary', {
        n: formatNumber(selection.rows.length, locale),
        p: new Set(selection.rows.map((r) => r.place_id)).size,
        from: state.from,
        to: state.to,
      }),
    );
  if (selection.undated.length) summary.push(say(locale, 'explore.summaryUndated', { n: selection.undated.length }));
  if (summary.length) out.push(`<p class="explore-summary">${esc(summary.join(' '))}</p>`);
  if (selection.rows.length === 0) out.push(emptyHtml(selection, ctx, measureLabel));
  else if (selection.placesWithout.length)
    out.push(
      `<p class="muted">${esc(say(locale, 'explore.placesWithout', { places: selection.placesWithout.map((p) => (catalog.places[p] ? nameOf(catalog.places[p], locale) : p)).join(', ') }))}</p>`,
    );
  for (const f of figures) out.push(panelHtml(f, svgs, locale, h));
  if (selection.rows.length) {
    const table = tableHtml(selection.rows, {
      locale,
      caption: say(locale, 'explore.tableCaption', { measure: measureLabel, from: state.from, to: state.to }),
      per: state.per === '100k',
      places: catalog.places,
      id: 'explore-table',
    });
    out.push(
      state.view === 'table'
        ? `<section class="explore-table" aria-labelledby="explore-table-h"><h${h} id="explore-table-h">${esc(say(locale, 'explore.table'))}</h${h}>${table}</section>`
        : `<section class="explore-table" aria-labelledby="explore-table-h"><h${h} id="explore-table-h" class="visually-hidden">${esc(say(locale, 'explore.table'))}</h${h}><details class="table-details"><summary>${esc(say(locale, 'explore.table'))} (${selection.rows.length})</summary>${table}</details></section>`,
    );
  }
  if (selection.undated.length) {
    const table = tableHtml(selection.undated, {
      locale,
      caption: `${measureLabel}: ${say(locale, 'explore.undated')}`,
      per: state.per === '100k',
      places: catalog.places,
      id: 'explore-undated-table',
    });
    out.push(
      `<section class="explore-undated" aria-labelledby="explore-undated-h"><h${h} id="explore-undated-h">${esc(say(locale, 'explore.undated'))} (${selection.undated.length})</h${h}><p class="muted">${esc(say(locale, 'explore.undatedNote'))}</p><details class="table-details"${selection.rows.length ? '' : ' open'}><summary>${esc(say(locale, 'explore.undated'))} (${selection.undated.length})</summary>${table}</details></section>`,
    );
  }
  const sources = sourcesInView(selection, ctx.sources);
  // A source's citation is in its own words: marked with its language where that is not the page's.
  const language = new Map([...selection.rows, ...selection.undated].map((r) => [r.source_id, r.source_language]));
  const lang = (id: string) => (language.get(id) && language.get(id) !== locale ? ` lang="${language.get(id)}"` : '');
  const citation = viewCitation({ title, url: ctx.url }, locale, catalog.built);
  out.push(
    `<section class="explore-cite" aria-labelledby="explore-cite-h"><h${h} id="explore-cite-h">${esc(say(locale, 'explore.cite'))}</h${h}>`,
    `<p class="citation" id="explore-citation">${esc(citation)}</p>`,
    sources.length
      ? `<details class="table-details"><summary>${esc(say(locale, 'explore.sourcesInView', { n: sources.length }))}</summary><ol class="explore-sources" id="explore-sources">${sources
          .map((s) => `<li${lang(s.source_id)}><a href="${esc(sourcePath(locale, s.source_id))}">${esc(sourceCitation(s, locale))}</a></li>`)
          .join('')}</ol></details>`
      : '',
    '</section>',
  );
  return out.join('');
}
