// The chart of a result: chosen from its column types (chart-choice.ts),
// drawn with Observable Plot (loaded when the first chart is asked for), with
// a title, notes on what was drawn, a choice of group when the result holds
// several measures or units (one is drawn at a time), and downloads as SVG and
// PNG that carry the title and the query (chart-export.ts).

import type { Locale } from '../../../i18n/ui.ts';
import { LICENCE, SITE_NAME } from '../../data/identity.ts';
import { formatNumber } from '../../format.ts';
import { chooseChart, MAX_CHART_ROWS, rowsOf, type ChartSpec } from '../chart-choice.ts';
import type { ResultData } from '../result-data.ts';
import { t, tf } from '../text.ts';

export interface ChartElements {
  figure: HTMLElement;
  title: HTMLElement;
  groupBox: HTMLElement;
  group: HTMLSelectElement;
  groupHint: HTMLElement;
  plot: HTMLElement;
  caption: HTMLElement;
  svg: HTMLButtonElement;
  png: HTMLButtonElement;
}

export interface ChartViewOptions {
  locale: Locale;
  /** The width available to the chart. */
  width: () => number;
  /** The address that reopens the query, for the downloads' source line. */
  sourceUrl: (sql: string) => Promise<string>;
  download: (blob: Blob, name: string) => void;
  announce: (text: string) => void;
}

export interface ChartView {
  /** Draws the result's chart (its first group, or the one given). */
  draw(data: ResultData, group?: number): Promise<void>;
  /** Draws the new result again if a chart is shown (the live result replacing a precomputed one). */
  refresh(data: ResultData): Promise<void>;
  reset(): void;
}

type Drawn = { element: SVGSVGElement | HTMLElement; spec: ChartSpec; title: string; notes: string[]; data: ResultData };

export function createChartView(el: ChartElements, options: ChartViewOptions): ChartView {
  const { locale } = options;
  const number = (n: number) => formatNumber(n, locale, 0);
  let drawn: Drawn | null = null;

  const titleFor = (spec: ChartSpec): string => {
    const { split, unit, rows, mark, ...names } = spec;
    void split;
    void unit;
    void rows;
    const text = tf(locale, `sql.chart.${mark}`, names as Record<string, string>);
    return spec.split ? `${text}: ${spec.split.groups[spec.split.chosen].label}` : text;
  };

  const notesFor = (spec: ChartSpec, total: number): string[] => {
    const group = spec.split?.groups[spec.split.chosen];
    const notes: string[] = [];
    // A result of several measures or units: say which rows the chart is of.
    if (spec.split && group) notes.push(tf(locale, 'sql.chart.only', { n: number(group.rows), total: number(spec.split.total), group: group.label }));
    const available = group ? group.rows : total;
    if (spec.rows < available) notes.push(tf(locale, 'sql.chart.rowsLimited', { n: number(spec.rows), total: number(available) }));
    else if (!group) notes.push(tf(locale, 'sql.chart.rowsDrawn', { n: number(spec.rows) }));
    return notes;
  };

  async function draw(data: ResultData, group = 0): Promise<void> {
    const { chartData, renderChart } = await import('../chart-plot.ts');
    const rows = data.rows(0, MAX_CHART_ROWS);
    const spec = chooseChart(data.columns, rows, { locale, group });
    el.plot.replaceChildren();
    el.figure.hidden = false;
    drawn = null;
    if (!spec) {
      el.title.textContent = t(locale, 'sql.chart.title');
      el.caption.textContent = t(locale, 'sql.chart.none');
      el.groupBox.hidden = true;
      el.svg.hidden = el.png.hidden = true;
      options.announce(t(locale, 'sql.chart.none'));
      return;
    }
    const title = titleFor(spec);
    const notes = notesFor(spec, data.rowCount);
    const accent = getComputedStyle(el.figure).getPropertyValue('--accent').trim() || '#0b5cad';
    const element = renderChart(spec, chartData(data.columns, rowsOf(spec, data.columns, rows), spec), {
      locale,
      width: Math.max(320, options.width()),
      accent,
    });
    // The figure is one image described by its title and caption; Plot's labels on
    // inner groups are not allowed on elements without a role.
    for (const inner of element.querySelectorAll('[aria-label], [aria-description]')) {
      inner.removeAttribute('aria-label');
      inner.removeAttribute('aria-description');
    }
    const image = element.tagName.toLowerCase() === 'svg' ? element : element.querySelector(':scope > svg');
    image?.setAttribute('role', 'img');
    image?.setAttribute('aria-label', title);
    el.plot.append(element);
    el.title.textContent = title;
    el.caption.textContent = notes.join(' ');
    if (spec.split) {
      el.group.replaceChildren(
        ...spec.split.groups.map((g, i) => {
          const option = document.createElement('option');
          option.value = String(i);
          option.textContent = `${g.label} (${number(g.rows)})`;
          option.selected = i === spec.split!.chosen;
          return option;
        }),
      );
      el.groupHint.textContent = tf(locale, 'sql.chart.groupHint', { groups: number(spec.split.groups.length) });
      el.groupBox.hidden = false;
    } else el.groupBox.hidden = true;
    el.svg.hidden = el.png.hidden = false;
    drawn = { element, spec, title, notes, data };
    options.announce(title);
  }

  async function exported() {
    if (!drawn) return null;
    const [{ exportSvg }, { embedPageFonts }] = await Promise.all([import('../chart-export.ts'), import('../page-fonts.ts')]);
    const source = tf(locale, 'sql.chart.source', { url: await options.sourceUrl(drawn.data.sql) });
    const text = {
      title: drawn.title,
      notes: drawn.notes,
      queryHeading: t(locale, 'sql.chart.query'),
      sql: drawn.data.sql,
      queryCut: (n: number) => tf(locale, 'sql.chart.queryCut', { n: number(n) }),
      source,
      footer: `${SITE_NAME[locale]} · ${LICENCE.name}`,
    };
    const { text: svg, width, height } = exportSvg(drawn.element, text);
    return { text: await embedPageFonts(svg), width, height, title: drawn.title, sql: drawn.data.sql, source };
  }

  el.group.addEventListener('change', () => {
    if (drawn) void draw(drawn.data, el.group.selectedIndex);
  });
  el.svg.addEventListener('click', async () => {
    const file = await exported();
    if (!file) return;
    options.download(new Blob([file.text], { type: 'image/svg+xml' }), 'query-chart.svg');
    options.announce(t(locale, 'sql.chart.downloaded'));
  });
  el.png.addEventListener('click', async () => {
    const file = await exported();
    if (!file) return;
    const { svgToPng, withPngText } = await import('../chart-export.ts');
    const png = withPngText(await svgToPng(file.text, file.width, file.height), [
      ['Title', file.title],
      ['Description', file.sql],
      ['Source', file.source],
      ['Software', 'DuckDB, Observable Plot'],
    ]);
    options.download(new Blob([png as Uint8Array<ArrayBuffer>], { type: 'image/png' }), 'query-chart.png');
    options.announce(t(locale, 'sql.chart.downloaded'));
  });

  return {
    draw,
    async refresh(data) {
      if (!el.figure.hidden && drawn) await draw(data, drawn.spec.split?.chosen ?? 0);
    },
    reset() {
      drawn = null;
      el.figure.hidden = true;
      el.plot.replaceChildren();
    },
  };
}
