// The client-rendered baseline of the chart-pages suite, as a well-built
// client-side dashboard draws a chart: this one script (bundled and minified
// by bundle.ts at bench time) fetches the chart's rows once, runs the chart's
// own builder from src/lib/charts/ (the registry's definition, as the site's
// build runs it) and draws it with Observable Plot into the page. What the
// site's build does to the SVG in renderSvg (house style, one accessible name)
// is done here too, so the drawing is the same chart (the suite compares it
// with the static page's).
//
// The page (made by client-site.ts) holds the chart's figure with an empty
// container: <div data-chart data-data data-locale data-width data-id-prefix data-described-by>.

import * as Plot from '@observablehq/plot';
import type { Locale } from '../../../../../src/i18n/ui.ts';
import { chartById } from '../../../../../src/lib/charts/registry/index.ts';
import { withHouseStyle } from '../../../../../src/lib/charts/render.ts';
import type { ProvinceCollection } from './provinces.ts';

/** What client-site.ts publishes beside the page: the chart's rows (and, for a map, the province shapes). */
export interface ClientPayload {
  rows: unknown[];
  provinces?: { system: '63' | '34'; collection: ProvinceCollection };
}

const host = document.querySelector<HTMLElement>('[data-chart]');
if (!host) throw new Error('chart client: no [data-chart] container');
const { chart: id = '', data = '', locale = 'vi', width = '720', idPrefix = id, describedBy } = host.dataset;
const payload = (await (await fetch(data)).json()) as ClientPayload;
const chart = chartById(id);
const lang = locale as Locale;
const svg = Plot.plot(
  withHouseStyle(chart.build(payload.rows, { width: Number(width), locale: lang, idPrefix, features: payload.provinces?.collection.features })),
) as unknown as SVGSVGElement;
for (const child of svg.querySelectorAll('[aria-label]')) child.removeAttribute('aria-label');
svg.setAttribute('role', 'img');
svg.setAttribute('aria-label', chart.title[lang]);
if (describedBy) svg.setAttribute('aria-describedby', describedBy);
host.append(svg);
