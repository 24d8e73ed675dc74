// Chart kind: a map of Viet Nam's provinces filled by a number. A province
// without a published figure is hatched grey, never drawn as zero; one whose
// figures cannot be combined (a 2025 province whose predecessors reported
// different years) is hatched in blue. The shapes come in the chart context
// (geography as data: the build reads them from disk, a browser fetches
// them). Hoàng Sa and Trường Sa are drawn in boxes near the coast, so the
// mainland takes the width of a phone. Each province links to its row in the
// ranked list beside the map, so its value is one tap or one Tab away.

import * as Plot from '@observablehq/plot';
import { scaleQuantize } from 'd3';
import type { Feature, Geometry, Polygon, Position } from 'geojson';
import type { Locale } from '../../i18n/ui.ts';
import { formatNumber, inLocale } from '../format.ts';
import type { ProvinceFeature } from '../geo/provinces.ts';
import { hatchPattern, hatchSwatch } from './marks.ts';
import { ACCENT, MAP_COLORS, MUTED, NO_DATA, OUTSIDE } from './palette.ts';
import type { ChartBuilder, LegendItem, Localized } from './types.ts';

export interface MapRow {
  code: string | null;
  name_vi: string;
  name_en: string;
}

export function choroplethBins(values: number[]): { thresholds: number[]; colors: readonly string[]; color: (v: number) => string } {
  const max = Math.max(1, ...values);
  const scale = scaleQuantize<string>().domain([0, max]).nice().range(MAP_COLORS);
  return { thresholds: scale.thresholds(), colors: MAP_COLORS, color: (v) => scale(v) };
}

export interface ChoroplethOptions<R extends MapRow> {
  /** The number a province is filled by; null when there is none. */
  value: (row: R) => number | null;
  /** True when a province has figures that cannot be combined into one number. */
  incomplete: (row: R) => boolean;
  title: (row: R | undefined, feature: ProvinceFeature, locale: Locale) => string;
  /** Provinces outside the reader's selection (the explorer): drawn plain, neither a value nor "no figure". */
  outside?: (code: string) => boolean;
}

// The archipelagos, as lon/lat boxes, and where their inset boxes are drawn (the box's south-west corner).
const ARCHIPELAGOS = [
  {
    name: { short_vi: 'Hoàng Sa', short_en: 'Hoàng Sa' },
    from: [
      [110.9, 15.5],
      [113.1, 17.4],
    ],
    to: [109.7, 15.6],
    scale: 0.8,
  },
  {
    name: { short_vi: 'Trường Sa', short_en: 'Trường Sa' },
    from: [
      [111.2, 6.3],
      [117.5, 12.2],
    ],
    to: [109.5, 8.2],
    scale: 0.42,
  },
] as const;

const inBox = ([x, y]: Position, [[x0, y0], [x1, y1]]: readonly (readonly number[])[]) => x >= x0 && x <= x1 && y >= y0 && y <= y1;

/** A polygon's rings moved (and shrunk) from an archipelago's place to its inset box. */
function moveRing(ring: Position[], a: (typeof ARCHIPELAGOS)[number]): Position[] {
  const [[x0, y0]] = a.from;
  return ring.map(([x, y]) => [a.to[0] + (x - x0) * a.scale, a.to[1] + (y - y0) * a.scale]);
}

/**
 * The provinces with their far islands moved into inset boxes: every polygon
 * lying wholly in an archipelago's box is shifted there, the rest unchanged.
 */
export function withInsets(features: ProvinceFeature[]): ProvinceFeature[] {
  return features.map((f) => {
    const polygons: Position[][][] =
      f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : [];
    if (polygons.length === 0) return f;
    const moved = polygons.map((poly) => {
      const a = ARCHIPELAGOS.find((arch) => poly[0].every((p) => inBox(p, arch.from)));
      return a ? poly.map((ring) => moveRing(ring, a)) : poly;
    });
    return { ...f, geometry: { type: 'MultiPolygon', coordinates: moved } as Geometry };
  });
}

/** The islands of the insets as points (one per ~0.2°), so hundreds of specks stay visible at a phone's width. */
function insetIslands(features: ProvinceFeature[]): Array<[number, number]> {
  const seen = new Set<string>();
  const points: Array<[number, number]> = [];
  for (const f of features) {
    const polygons: Position[][][] =
      f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : [];
    for (const poly of polygons) {
      if (!ARCHIPELAGOS.some((a) => poly[0].every((p) => inBox(p, a.from)))) continue;
      const [x, y] = poly[0].reduce(([sx, sy], [px, py]) => [sx + px / poly[0].length, sy + py / poly[0].length], [0, 0]);
      const key = `${Math.round(x * 5)},${Math.round(y * 5)}`;
      if (!seen.has(key)) {
        seen.add(key);
        points.push([x, y]);
      }
    }
  }
  return points;
}

/** The inset boxes, as lon/lat rectangles around the moved archipelagos. */
function insetBoxes(): Array<Feature<Polygon, { short_vi: string; short_en: string }>> {
  return ARCHIPELAGOS.map((a) => {
    const [[x0, y0], [x1, y1]] = a.from;
    const [bx0, by0] = [a.to[0] - 0.15, a.to[1] - 0.15];
    const [bx1, by1] = [a.to[0] + (x1 - x0) * a.scale + 0.15, a.to[1] + (y1 - y0) * a.scale + 0.15];
    return {
      type: 'Feature',
      properties: a.name,
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [bx0, by0],
            [bx0, by1],
            [bx1, by1],
            [bx1, by0],
            [bx0, by0],
          ],
        ],
      },
    };
  });
}

export function choropleth<R extends MapRow>(options: ChoroplethOptions<R>): ChartBuilder<R> {
  return (rows, { width, locale, idPrefix, features: given, placeHref }) => {
    if (!given) throw new Error('a map chart needs its province shapes in the chart context');
    const features = withInsets(given);
    const islands = insetIslands(given).map((p) => {
      const a = ARCHIPELAGOS.find((arch) => inBox(p, arch.from))!;
      return moveRing([p], a)[0] as [number, number];
    });
    const byCode = new Map(rows.map((r) => [r.code, r]));
    const bins = choroplethBins(rows.map(options.value).filter((v): v is number => v !== null));
    const none = `${idPrefix}-none`;
    const partial = `${idPrefix}-partial`;
    const fill = (f: ProvinceFeature) => {
      if (options.outside?.(f.properties.code)) return OUTSIDE;
      const row = byCode.get(f.properties.code);
      const value = row ? options.value(row) : null;
      if (value !== null) return bins.color(value);
      return row && options.incomplete(row) ? `url(#${partial})` : `url(#${none})`;
    };
    const boxes = insetBoxes();
    return {
      width,
      projection: { type: 'mercator', domain: { type: 'FeatureCollection', features: [...features, ...boxes] } },
      marginTop: 6,
      marginBottom: 6,
      marginLeft: 4,
      marginRight: 4,
      marks: [
        hatchPattern(none),
        hatchPattern(partial, ACCENT),
        Plot.geo(boxes, { fill: 'none', stroke: MUTED, strokeWidth: 0.8, strokeDasharray: '3,2' }),
        Plot.text(boxes, {
          x: (b: (typeof boxes)[number]) => b.geometry.coordinates[0][0][0],
          y: (b: (typeof boxes)[number]) => b.geometry.coordinates[0][1][1],
          text: (b: (typeof boxes)[number]) => inLocale(b.properties, 'short', locale),
          textAnchor: 'start',
          lineAnchor: 'top',
          dx: 3,
          dy: 3,
          fontSize: 10,
          fill: MUTED,
        }),
        Plot.dot(islands, { x: (p: [number, number]) => p[0], y: (p: [number, number]) => p[1], r: 1.2, fill: MUTED }),
        Plot.geo(features, {
          fill,
          stroke: 'white',
          strokeWidth: 0.6,
          title: (f: ProvinceFeature) => options.title(byCode.get(f.properties.code), f, locale),
          ...(placeHref
            ? {
                href: (f: ProvinceFeature) => placeHref(f.properties.code),
                ariaLabel: (f: ProvinceFeature) => options.title(byCode.get(f.properties.code), f, locale),
              }
            : {}),
          render: (index, scales, values, dimensions, context, next) => {
            const g = next!(index, scales, values, dimensions, context)!;
            for (const path of g.querySelectorAll('path')) path.setAttribute('d', compactPath(path.getAttribute('d') ?? ''));
            // A shape is a link for a pointer or a finger; the keyboard reaches
            // the same places through the table beside the map, not 63 stops
            // in an order no one can see.
            for (const a of g.querySelectorAll('a')) a.setAttribute('tabindex', '-1');
            return g;
          },
        }),
      ],
    };
  };
}

/** The names of the inset boxes, for the legend (the boxes themselves carry none: they are small). */
export const INSET_NOTE: Localized = {
  vi: 'Khung nét đứt: quần đảo Hoàng Sa (thành phố Đà Nẵng) và quần đảo Trường Sa (tỉnh Khánh Hòa), vẽ thu nhỏ gần bờ.',
  en: 'Dashed boxes: the Hoàng Sa (Paracel) Islands (Đà Nẵng) and the Trường Sa (Spratly) Islands (Khánh Hòa), drawn smaller near the coast.',
};

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

const swatch = (body: string) => `<svg width="22" height="14" viewBox="0 0 22 14" aria-hidden="true" focusable="false">${body}</svg>`;

/** The legend entry of provinces outside a selection (see ChoroplethOptions.outside). */
export const outsideSwatch = (): string => swatch(`<rect x="0.5" y="0.5" width="21" height="13" fill="${OUTSIDE}"/>`);

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
  items.push({ swatch: hatchSwatch(NO_DATA), label: { vi: 'không tìm thấy số liệu công bố', en: 'no published figure found' } });
  if (rows.some((r) => r.incomplete))
    items.push({
      swatch: hatchSwatch(ACCENT),
      label: {
        vi: 'có số liệu của một phần các tỉnh cũ, không cộng được (khác năm hoặc thiếu)',
        en: "some predecessors' figures exist, but cannot be added (different years, or some missing)",
      },
    });
  items.push({ swatch: swatch(`<rect x="1" y="1" width="20" height="12" fill="none" stroke="${MUTED}" stroke-dasharray="3,2"/>`), label: INSET_NOTE });
  return items;
}
