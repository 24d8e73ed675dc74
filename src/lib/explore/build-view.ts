// A measure's default view, drawn by the site build into its explorer page
// (and its embed page), so the page shows the chart before any script runs
// and without JavaScript: the same selection, the same builders and the same
// markup as the browser's, with each drawing at its narrow and wide width.

import type { Locale } from '../../i18n/locale.ts';
import { renderSvg } from '../charts/render.ts';
import { absoluteUrl } from '../data/identity.ts';
import { explorePath } from '../data/paths.ts';
import { exploreCatalog, exploreMeasureData, exploreProvinces } from './build-data.ts';
import { panelFigures } from './draw.ts';
import type { ExploreCatalog, ExploreState } from './model.ts';
import { select } from './select.ts';
import { defaultState, stateQuery } from './state.ts';
import { viewHtml, viewTitle } from './view-html.ts';

export interface BuiltView {
  catalog: ExploreCatalog;
  state: ExploreState;
  /** The state's query string ("?measure=…"), which the page's script compares with its address. */
  query: string;
  title: string;
  html: string;
}

export async function buildDefaultView(measureId: string, locale: Locale, heading: 1 | 2 = 2): Promise<BuiltView> {
  const catalog = await exploreCatalog();
  const data = await exploreMeasureData(measureId);
  const state = defaultState(catalog, measureId);
  const selection = select(data.rows, state, catalog.places);
  const figures = panelFigures(selection, catalog.places, locale);
  const svgs = new Map<string, { narrow?: string; wide?: string }>();
  for (const figure of figures) {
    for (const d of figure.drawings) {
      const features = d.system ? exploreProvinces(d.system).features : undefined;
      const draw = (width: number, variant: 'n' | 'w') => {
        const idPrefix = `${d.id}-${variant}`;
        return renderSvg(d.build(width, idPrefix, features), { idPrefix, label: d.label, describedBy: `${figure.id}-desc` });
      };
      svgs.set(d.id, { narrow: draw(d.widths.narrow, 'n'), wide: draw(d.widths.wide, 'w') });
    }
  }
  const url = absoluteUrl(explorePath(locale, state));
  return {
    catalog,
    state,
    query: stateQuery(state),
    title: viewTitle(selection, { locale, catalog }),
    html: viewHtml(selection, figures, svgs, { locale, catalog, sources: data.sources, url, heading }),
  };
}
