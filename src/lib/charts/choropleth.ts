// Chart kind: a map of Viet Nam's provinces filled by a number. A province
// without a published figure is hatched grey, never drawn as zero; one whose
// figures cannot be combined (the 2025 provinces whose predecessors reported
// different years) is hatched differently. The legend is drawn in HTML from
// the same bins (`choroplethBins`).

import * as Plot from '@observablehq/plot';
import { scaleQuantize } from 'd3';
import type { Locale } from '../../i18n/ui.ts';
import { formatNumber } from '../format.ts';
import type { ProvinceFeature } from '../geo/provinces.ts';
import type { ChartBuilder, LegendItem, Localized } from './types.ts';

export interface MapRow {
  code: string;
  name_vi: string;
  name_en: string;
}

/** Five blues, light to dark, readable on white (ColorBrewer Blues). */
export const MAP_COLORS = ['#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'] as const;
const NO_DATA = '#9aa3ad';

export function choroplethBins(values: number[]): { thresholds: number[]; colors: readonly string[]; color: (v: number) => string } {
  const max = Math.max(1, ...values);
  const scale = scaleQuantize<string>().domain([0, max]).nice().range(MAP_COLORS);
  return { thresholds: scale.thresholds(), colors: MAP_COLORS, color: (v) => scale(v) };
}

export interface ChoroplethOptions<R extends MapRow> {
  features: () => ProvinceFeature[];
  /** The number a province is filled by; null when there is none. */
  value: (row: R) => number | null;
  /** True when a province has figures that cannot be combined into one number. */
  incomplete: (row: R) => boolean;
  title: (row: R | undefined, feature: ProvinceFeature, locale: Locale) => string;
}

export function choropleth<R extends MapRow>(options: ChoroplethOptions<R>): ChartBuilder<R> {
  return (rows, { width, locale, idPrefix }) => {
    const features = options.features();
    const byCode = new Map(rows.map((r) => [r.code, r]));
    const bins = choroplethBins(rows.map(options.value).filter((v): v is number => v !== null));
    const none = `${idPrefix}-none`;
    const partial = `${idPrefix}-partial`;
    const fill = (f: ProvinceFeature) => {
      const row = byCode.get(f.properties.code);
      const value = row ? options.value(row) : null;
      if (value !== null) return bins.color(value);
      return row && options.incomplete(row) ? `url(#${partial})` : `url(#${none})`;
    };
    return {
      width,
      projection: { type: 'mercator', domain: { type: 'FeatureCollection', features } },
      marginTop: 4,
      marginBottom: 4,
      marks: [
        patterns(none, partial),
        Plot.geo(features, {
          fill,
          stroke: 'white',
          strokeWidth: 0.6,
          title: (f: ProvinceFeature) => options.title(byCode.get(f.properties.code), f, locale),
          render: (index, scales, values, dimensions, context, next) => {
            const g = next!(index, scales, values, dimensions, context)!;
            for (const path of g.querySelectorAll('path')) path.setAttribute('d', compactPath(path.getAttribute('d') ?? ''));
            return g;
          },
        }),
      ],
    };
  };
}

/**
 * A geo path for a small map: coordinates to half a pixel, repeated points
 * dropped, and every island smaller than a pixel or two drawn as one small
 * square (hundreds of islands in Hoàng Sa and Trường Sa stay on the map at a
 * fraction of their weight).
 */
export function compactPath(d: string): string {
  const out: string[] = [];
  const dots = new Set<string>();
  for (const sub of d.split(/(?=M)/u)) {
    const numbers = sub.match(/-?\d+(?:\.\d+)?(?:e-?\d+)?/gu)?.map(Number) ?? [];
    const points: Array<[number, number]> = [];
    for (let i = 0; i + 1 < numbers.length; i += 2) {
      const p: [number, number] = [Math.round(numbers[i] * 2) / 2, Math.round(numbers[i + 1] * 2) / 2];
      const last = points.at(-1);
      if (!last || last[0] !== p[0] || last[1] !== p[1]) points.push(p);
    }
    if (points.length === 0) continue;
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    if (Math.max(...xs) - Math.min(...xs) < 1.5 && Math.max(...ys) - Math.min(...ys) < 1.5) {
      const dot = `${Math.round(xs[0])},${Math.round(ys[0])}`;
      if (!dots.has(dot)) {
        dots.add(dot);
        out.push(`M${dot}h1v1h-1Z`);
      }
      continue;
    }
    out.push(`M${points.map((p) => p.join(',')).join('L')}Z`);
  }
  return out.join('');
}

function patterns(none: string, partial: string): Plot.RenderFunction {
  return (_i, _s, _v, _d, { document }) => {
    const ns = 'http://www.w3.org/2000/svg';
    const defs = document.createElementNS(ns, 'defs');
    const make = (id: string, body: (p: Element) => void) => {
      const p = document.createElementNS(ns, 'pattern');
      for (const [k, v] of Object.entries({ id, patternUnits: 'userSpaceOnUse', width: '5', height: '5' })) p.setAttribute(k, v);
      const bg = document.createElementNS(ns, 'rect');
      for (const [k, v] of Object.entries({ width: '5', height: '5', fill: '#f1f3f5' })) bg.setAttribute(k, v);
      p.append(bg);
      body(p);
      defs.append(p);
    };
    make(none, (p) => {
      p.setAttribute('patternTransform', 'rotate(45)');
      const l = document.createElementNS(ns, 'line');
      for (const [k, v] of Object.entries({ x1: '0', y1: '0', x2: '0', y2: '5', stroke: NO_DATA, 'stroke-width': '1.6' })) l.setAttribute(k, v);
      p.append(l);
    });
    make(partial, (p) => {
      const c = document.createElementNS(ns, 'circle');
      for (const [k, v] of Object.entries({ cx: '2.5', cy: '2.5', r: '1.2', fill: '#3182bd' })) c.setAttribute(k, v);
      p.append(c);
    });
    return defs as unknown as SVGElement;
  };
}

const swatch = (body: string) => `<svg width="22" height="14" viewBox="0 0 22 14" aria-hidden="true" focusable="false">${body}</svg>`;

/** The legend of a map: the bins, then "no published figure found" (and "cannot be combined" where it occurs). */
export function choroplethLegend(rows: Array<{ value: number | null; incomplete: boolean }>, unitLabel: Localized): LegendItem[] {
  const values = rows.map((r) => r.value).filter((v): v is number => v !== null);
  const bins = choroplethBins(values);
  const edges = [0, ...bins.thresholds];
  const items: LegendItem[] = bins.colors.map((color, i) => {
    const text = (locale: Locale) => {
      const from = formatNumber(edges[i], locale, 1);
      return i + 1 < edges.length ? `${from}–${formatNumber(edges[i + 1], locale, 1)} ${unitLabel[locale]}` : `≥ ${from} ${unitLabel[locale]}`;
    };
    return { swatch: swatch(`<rect width="22" height="14" fill="${color}"/>`), label: { vi: text('vi'), en: text('en') } };
  });
  items.push({
    swatch: swatch(`<rect width="22" height="14" fill="#f1f3f5"/><path d="M0 14L14 0M8 14L22 0M-6 8L2 0M16 14L24 6" stroke="${NO_DATA}" stroke-width="1.6"/>`),
    label: { vi: 'không tìm thấy số liệu công bố', en: 'no published figure found' },
  });
  if (rows.some((r) => r.incomplete))
    items.push({
      swatch: swatch(`<rect width="22" height="14" fill="#f1f3f5"/><circle cx="5" cy="4" r="1.3" fill="#3182bd"/><circle cx="11" cy="10" r="1.3" fill="#3182bd"/><circle cx="17" cy="4" r="1.3" fill="#3182bd"/>`),
      label: {
        vi: 'có số liệu của một phần các tỉnh cũ, không cộng được (khác năm hoặc thiếu)',
        en: "some predecessors' figures exist, but cannot be added (different years, or some missing)",
      },
    });
  return items;
}
