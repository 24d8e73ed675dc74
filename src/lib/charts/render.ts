// Draws Plot options into SVG markup with a server-side DOM (linkedom), so a
// chart is in the page's HTML before any script runs. The same builders draw
// in a browser given its `document` (house-style.ts, used by the explorer);
// nothing here is build-only but the DOM.

import type * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { drawSvg, type SvgOptions } from './house-style.ts';

export { stableIds, withHouseStyle } from './house-style.ts';

let sharedDocument: Document | null = null;
function serverDocument(): Document {
  sharedDocument ??= parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
  return sharedDocument;
}

export type RenderOptions = SvgOptions;

/** The SVG markup of a chart. Throws if Plot drew something other than one SVG (a legend wrapper, say). */
export function renderSvg(options: Plot.PlotOptions, o: RenderOptions): string {
  return drawSvg(options, o, serverDocument());
}
