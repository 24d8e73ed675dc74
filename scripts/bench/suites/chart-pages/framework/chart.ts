// The Observable Framework baseline's chart module (bundled by framework.ts
// with esbuild, Observable Plot and d3 left as bare imports that Framework
// resolves from its own node_modules): the registry's builder for one chart,
// with the house style the site's build gives it. The Framework page draws
// with it, so the chart is the site's, drawn by Framework's stack.

import type * as PlotTypes from '@observablehq/plot';
import type { Locale } from '../../../../../src/i18n/ui.ts';
import { chartById } from '../../../../../src/lib/charts/registry/index.ts';
import { withHouseStyle } from '../../../../../src/lib/charts/render.ts';
import type { ProvinceCollection } from '../client/provinces.ts';

export function chartOptions(
  id: string,
  payload: { rows: unknown[]; provinces?: { system: '63' | '34'; collection: ProvinceCollection } },
  o: { width: number; locale: Locale; idPrefix: string },
): { options: PlotTypes.PlotOptions; title: string } {
  const chart = chartById(id);
  return {
    options: withHouseStyle(chart.build(payload.rows, { ...o, features: payload.provinces?.collection.features })) as PlotTypes.PlotOptions,
    title: chart.title[o.locale],
  };
}
