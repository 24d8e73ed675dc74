// Chart kind: one bar per place, longest first, each labelled with its value
// and the period it is for, so a ranking never hides that its bars come from
// different years. Places without a figure are not drawn as zero: the page
// lists them as "no published figure found".

import * as Plot from '@observablehq/plot';
import type { Locale } from '../../i18n/ui.ts';
import { formatValue } from '../format.ts';
import { isLowerBound } from './figure-point.ts';
import { fitLabel, labelMargin, valueTickFormat } from './marks.ts';
import type { ChartBuilder } from './types.ts';

export interface BarRow {
  value: number | null;
  value_high: number | null;
  qualifier: string;
  partial: boolean;
  unit: string;
}

export interface RankedBarsOptions<R extends BarRow> {
  /** Identifies a bar; two places may share a shortened label. */
  key: (row: R) => string;
  label: (row: R, locale: Locale) => string;
  /** What the bar end says after the value: the period, usually. */
  detail: (row: R, locale: Locale) => string;
  title: (row: R, locale: Locale) => string;
  /** The number drawn (e.g. per 100,000 inhabitants); the row's value by default. */
  measure?: (row: R) => number | null;
  /** Bars with a different standing (e.g. a sum computed by us) drawn hatched. */
  hatched?: (row: R) => boolean;
  /** Decimals of the drawn number. */
  digits?: number;
}

const BAR = '#0b5cad';

export function rankedBars<R extends BarRow>(options: RankedBarsOptions<R>): ChartBuilder<R> {
  return (rows, { width, locale, idPrefix }) => {
    const measure = options.measure ?? ((r: R) => r.value);
    const drawn = rows.filter((r) => measure(r) !== null).sort((a, b) => measure(b)! - measure(a)! || options.label(a, locale).localeCompare(options.label(b, locale), locale));
    const labels = drawn.map((r) => options.label(r, locale));
    const marginLeft = labelMargin(labels, { max: Math.round(width * (width < 500 ? 0.4 : 0.3)) });
    const max = Math.max(1, ...drawn.map((r) => measure(r)!));
    const unit = options.measure ? 'rate' : (drawn[0]?.unit ?? 'persons');
    const hatchId = `${idPrefix}-hatch`;
    const y = (r: R) => options.key(r);
    const tick = new Map(drawn.map((r) => [options.key(r), fitLabel(options.label(r, locale), marginLeft, 'middle')]));
    const endLabel = (r: R) => {
      const value = options.measure
        ? `${isLowerBound(r.qualifier) ? '>' : r.qualifier === 'about' || r.qualifier === 'nearly' ? '≈' : ''}${new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: options.digits ?? 1 }).format(measure(r)!)}`
        : formatValue({ ...r, value: r.value ?? 0 }, locale);
      return `${value} · ${options.detail(r, locale)}`;
    };
    const hatched = options.hatched ?? (() => false);
    return {
      width,
      height: Math.max(80, 34 + drawn.length * 22),
      marginLeft,
      // Room for the longest bar's end label, which sits past the end of the axis.
      marginRight: Math.ceil(Math.max(40, 12 + 6.4 * (drawn[0] ? endLabel(drawn[0]).length : 0))),
      marginTop: 6,
      marginBottom: 28,
      x: { domain: [0, max], tickFormat: unit === 'rate' ? valueTickFormat('persons', locale) : valueTickFormat(unit, locale), ticks: width < 500 ? 3 : 5, label: null, nice: true, grid: true },
      y: { domain: drawn.map(y), label: null, tickSize: 0, padding: 0.25, tickFormat: (key: string) => tick.get(key) ?? key },
      marks: [
        // Bars that are not a single published number are hatched.
        hatchPattern(hatchId),
        // Separate marks: Plot drops a datum whose channel value is null, so no per-bar null stroke.
        Plot.barX(
          drawn.filter((r) => !hatched(r)),
          { x: (r: R) => measure(r), y, fill: (r: R) => (r.partial ? '#8fb3db' : BAR), title: (r: R) => options.title(r, locale) },
        ),
        Plot.barX(
          drawn.filter(hatched),
          { x: (r: R) => measure(r), y, fill: (r: R) => `url(#${hatchId})`, stroke: BAR, title: (r: R) => options.title(r, locale) },
        ),
        Plot.ruleX([0], { stroke: '#1d2430' }),
        Plot.text(drawn, { x: (r: R) => measure(r), y, text: endLabel, dx: 5, textAnchor: 'start', fill: '#1d2430' }),
      ],
    };
  };
}

/** A render-function mark that adds a diagonal hatch <pattern> to the SVG. */
export function hatchPattern(id: string, color = BAR): Plot.RenderFunction {
  return (_index, _scales, _values, _dimensions, context) => {
    const doc = context.document;
    const defs = doc.createElementNS('http://www.w3.org/2000/svg', 'defs');
    const pattern = doc.createElementNS('http://www.w3.org/2000/svg', 'pattern');
    pattern.setAttribute('id', id);
    pattern.setAttribute('patternUnits', 'userSpaceOnUse');
    pattern.setAttribute('width', '6');
    pattern.setAttribute('height', '6');
    pattern.setAttribute('patternTransform', 'rotate(45)');
    const background = doc.createElementNS('http://www.w3.org/2000/svg', 'rect');
    background.setAttribute('width', '6');
    background.setAttribute('height', '6');
    background.setAttribute('fill', 'white');
    const line = doc.createElementNS('http://www.w3.org/2000/svg', 'line');
    line.setAttribute('x1', '0');
    line.setAttribute('y1', '0');
    line.setAttribute('x2', '0');
    line.setAttribute('y2', '6');
    line.setAttribute('stroke', color);
    line.setAttribute('stroke-width', '2.5');
    pattern.append(background, line);
    defs.append(pattern);
    return defs as unknown as SVGElement;
  };
}
