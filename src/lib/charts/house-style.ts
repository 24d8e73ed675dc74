// What every drawn chart shares, wherever it is drawn: the house style Plot's
// defaults are overridden with, one accessible name on the SVG, and ids made
// stable and unique. The build draws with a server-side DOM (render.ts); the
// explorer draws the same builders in the browser (src/lib/explore/) with
// the page's own document. Nothing here imports a DOM implementation.

import * as Plot from '@observablehq/plot';
import { INK } from './palette.ts';
import { CHART_FONT_FAMILY, CHART_FONT_SIZE } from './text-metrics.ts';

/** Plot's own defaults that our pages override: font, colour, size. */
export function withHouseStyle(options: Plot.PlotOptions): Plot.PlotOptions {
  return {
    ...options,
    style: {
      fontFamily: CHART_FONT_FAMILY,
      fontSize: `${CHART_FONT_SIZE}px`,
      color: INK,
      background: 'white',
      ...(typeof options.style === 'object' ? options.style : {}),
    },
  };
}

export interface SvgOptions {
  /** Prefix for ids inside the SVG, so two charts on one page never share one. */
  idPrefix: string;
  /** The accessible name: the chart's title. */
  label: string;
  /** Id of the element holding the text description, when the page has one. */
  describedBy?: string;
}

/** The SVG markup of a chart drawn with `document`. Throws if Plot drew something other than one SVG (a legend wrapper, say). */
export function drawSvg(options: Plot.PlotOptions, { idPrefix, label, describedBy }: SvgOptions, document: Document): string {
  const node = Plot.plot({ ...withHouseStyle(options), document }) as unknown as Element;
  if (node.tagName.toLowerCase() !== 'svg') throw new Error(`chart ${idPrefix}: Plot returned <${node.tagName}>, expected <svg> (draw legends in HTML)`);
  // The SVG is one image with one name (role img); names Plot gives its inner groups are not allowed there.
  // A chart whose marks are links (a map's provinces) is a group of named links instead: an image
  // may not hold controls. Each link takes the name Plot gave its shape.
  const links = [...node.querySelectorAll('a')];
  for (const a of links) {
    const named = a.querySelector('[aria-label]');
    if (named) a.setAttribute('aria-label', named.getAttribute('aria-label')!);
  }
  for (const child of node.querySelectorAll('[aria-label]')) if (child.tagName.toLowerCase() !== 'a') child.removeAttribute('aria-label');
  node.setAttribute('role', links.length > 0 ? 'group' : 'img');
  node.setAttribute('aria-label', label);
  if (describedBy) node.setAttribute('aria-describedby', describedBy);
  return stableIds(node.outerHTML, idPrefix);
}

/** Renames every id (and its references) to `<prefix>-<n>`, in order of appearance. */
export function stableIds(svg: string, prefix: string): string {
  const ids = [...svg.matchAll(/\sid="([^"]+)"/gu)].map((m) => m[1]);
  let out = svg;
  ids.forEach((id, n) => {
    const next = `${prefix}-${n}`;
    const escaped = id.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
    out = out
      .replace(new RegExp(`\\sid="${escaped}"`, 'gu'), ` id="${next}"`)
      .replace(new RegExp(`url\\(#${escaped}\\)`, 'gu'), `url(#${next})`)
      .replace(new RegExp(`href="#${escaped}"`, 'gu'), `href="#${next}"`);
  });
  return out;
}
