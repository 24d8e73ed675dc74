// The chart-pages suite's parts that need no browser: the client baseline's
// page made from the static one, the published rows typed back from CSV, the
// comparison of two drawings and the metrics (ratios in the same run, the
// heaviest page's JavaScript).

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartById } from '../../src/lib/charts/registry/index.ts';
import { clientPage, publishedRows, type ChartPage } from '../../scripts/bench/suites/chart-pages/client-site.ts';
import type { ChartPageRun } from '../../scripts/bench/suites/chart-pages/measure.ts';
import { chartPageMetrics, compareDrawings, type PageRuns } from '../../scripts/bench/suites/chart-pages/suite.ts';
import { emptyTally } from '../../scripts/bench/transfer.ts';

const STATIC = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><link rel="stylesheet" href="/_astro/global.css"></head><body><main>
<figure class="chart-figure" id="first" aria-labelledby="first-title"><h2 id="first-title">First</h2><div class="chart-svg chart-wide"><svg role="img" width="720"><g><text>a</text></g></svg></div><div class="chart-svg chart-narrow"><svg role="img" width="340"><g></g></svg></div><p id="first-desc">Description</p></figure>
<figure class="chart-figure" id="second"><div class="chart-svg"><svg role="img" width="400"></svg></div></figure>
</main></body></html>`;

describe('chart pages: the client baseline page', () => {
  it('is the static page with the first chart drawings replaced by an empty container, and the script and the data preloaded in its head', () => {
    const page = clientPage(STATIC, {
      chartId: 'first',
      locale: 'vi',
      width: 720,
      script: '/bench-client/chart-client.X.js',
      data: '/bench-client/intake/data.json',
    });
    expect(page).toContain(
      '<link rel="preload" href="/bench-client/intake/data.json" as="fetch" crossorigin="anonymous"><script type="module" src="/bench-client/chart-client.X.js"></script></head>',
    );
    expect(page).toContain(
      '<h2 id="first-title">First</h2><div class="chart-svg" data-chart="first" data-data="/bench-client/intake/data.json" data-locale="vi" data-width="720" data-id-prefix="first-w" data-described-by="first-desc"></div><p id="first-desc">',
    );
    expect(page).not.toContain('width="340"');
    expect(page).not.toContain('width="720"><g>');
    // Everything else is left as it was: the next chart is still drawn in the HTML.
    expect(page).toContain('<figure class="chart-figure" id="second"><div class="chart-svg"><svg role="img" width="400"></svg></div></figure>');
  });

  it("refuses a figure without a drawing rather than take the next figure's", () => {
    const html = STATIC.replace(/<div class="chart-svg chart-wide">.*?<p id="first-desc">/su, '<p id="first-desc">');
    expect(() => clientPage(html, { chartId: 'first', locale: 'vi', width: 720, script: 's.js', data: 'd.json' })).toThrow(/no <div class="chart-svg">/u);
  });
});

describe('chart pages: the published rows', () => {
  it("types data.csv back into the rows the chart was drawn from, by the chart's row schema", async () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'bench-chart-rows-'));
    mkdirSync(path.join(dist, 'charts', 'intake-compulsory-national'), { recursive: true });
    writeFileSync(
      path.join(dist, 'charts', 'intake-compulsory-national', 'ca-nuoc-cai-nghien-bat-buoc.csv'),
      `\uFEFFfigure_id,place_id,place_level,place_name_vi,place_name_en,measure_id,measure_label_vi,measure_label_en,subgroup,subgroup_label_vi,subgroup_label_en,basis,unit,value,value_high,qualifier,printed,period_kind,period_start,period_end,period_as_printed,period_open_at_publication,year,year_basis,partial,source_id,source_title,source_publisher,source_published,source_url,source_language
a/1,country:VN,country,Việt Nam,Viet Nam,intake_compulsory,Đưa vào cai nghiện bắt buộc,Compulsory rehab placements,,,,actual,persons,10000,,more_than,hơn 10.000 người,year,2009-01-01,2009-12-31,năm 2009,false,2009,period,false,a,"Title, with a comma",Publisher,,,vi
a/2,country:VN,country,Việt Nam,Viet Nam,intake_compulsory,Đưa vào cai nghiện bắt buộc,Compulsory rehab placements,,,,actual,persons,4597,,exact,4.597,months,2015-01-01,2015-10-31,10 tháng 2015,false,2015,period,true,a,Title,Publisher,2015-11-02,,vi
`,
    );
    const rows = (await publishedRows(dist, chartById('intake-compulsory-national'))) as Array<Record<string, unknown>>;
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      value: 10000,
      value_high: null,
      subgroup: null,
      year: 2009,
      partial: false,
      source_title: 'Title, with a comma',
      source_published: null,
    });
    expect(rows[1]).toMatchObject({ value: 4597, qualifier: 'exact', partial: true, period_end: '2015-10-31', source_published: '2015-11-02' });
  });
});

describe('chart pages: the drawings compared', () => {
  it('are the same when only their generated ids differ', () => {
    const a = '<svg><defs><pattern id="first-w-0"></pattern></defs><rect fill="url(#first-w-0)"></rect></svg>';
    const b = '<svg><defs><pattern id="plot-pattern-1"></pattern></defs><rect fill="url(#plot-pattern-1)"></rect></svg>';
    expect(compareDrawings(a, b)).toBeNull();
    expect(compareDrawings(a, b.replace('<rect', '<rect x="1"'))).toMatch(/first difference at character/u);
  });
});

describe('chart pages: metrics', () => {
  const run = (navToPainted: number, jsGzip: number): ChartPageRun => ({
    url: 'u',
    throttled: false,
    marks: {
      launched: 300,
      navigationStart: 400,
      firstContentfulPaint: null,
      domContentLoaded: 0,
      load: 0,
      chartInDom: 400 + navToPainted - 10,
      chartPainted: 400 + navToPainted,
      chartPaintedFrame: 400 + navToPainted - 5,
    },
    transfer: emptyTally(),
    js: { received: jsGzip, decoded: jsGzip, gzip: jsGzip, files: [], inline: { count: 0, decoded: 0, gzip: 0 } },
  });
  const page = (key: string) =>
    ({ key, path: `/${key}/`, kind: '', chartId: key, locale: 'vi', width: 720, selector: '', clientPath: '', rows: 1, dataBytes: 1 }) as ChartPage;
  const pages: PageRuns[] = [
    {
      page: page('a'),
      runs: [
        { static: run(100, 300), client: run(400, 100_000) },
        { static: run(200, 300), client: run(300, 100_000) },
      ],
      throttledRuns: [{ static: run(500, 300), client: run(2000, 100_000) }],
      frameworkRuns: [],
      throttledFrameworkRuns: [],
      empty: [run(80, 0), run(100, 0)],
      throttledEmpty: [run(400, 0)],
      sameDrawing: true,
      drawingDifference: null,
    },
    {
      page: page('b'),
      runs: [
        { static: run(100, 0), client: run(250, 100_000) },
        { static: run(100, 900), client: run(500, 100_000) },
      ],
      throttledRuns: [{ static: run(500, 0), client: run(1000, 100_000) }],
      frameworkRuns: [],
      throttledFrameworkRuns: [],
      empty: [run(80, 0), run(100, 0)],
      throttledEmpty: [run(400, 0)],
      sameDrawing: true,
      drawingDifference: null,
    },
  ];
  const metrics = new Map(chartPageMetrics(pages).map((m) => [m.id, m]));

  it('divides the baseline by the static page of the same run', () => {
    expect(metrics.get('a.client-ratio')!.samples).toEqual([4, 1.5]);
    expect(metrics.get('b.client-ratio')!.samples).toEqual([2.5, 5]);
    expect(metrics.get('first-chart.client-ratio')!.samples).toEqual([4, 1.5, 2.5, 5]);
    expect(metrics.get('throttled.first-chart.client-ratio')!.samples).toEqual([4, 2]);
    expect(metrics.get('a.static.first-chart')!.samples).toEqual([100, 200]);
    expect(metrics.get('a.static.first-chart-in-dom')!.samples).toEqual([90, 190]);
  });

  it('divides the static page by the empty page of the same run (the floor)', () => {
    expect(metrics.get('a.vs-empty')!.samples).toEqual([1.25, 2]);
    expect(metrics.get('first-chart.vs-empty')!.samples).toEqual([1.25, 2, 1.25, 1]);
    expect(metrics.get('throttled.first-chart.vs-empty')!.samples).toEqual([1.25, 1.25]);
    expect(metrics.get('empty.first-paint')!.samples).toEqual([80, 100]);
  });

  it("reports the heaviest static page's JavaScript of each run for the budget", () => {
    expect(metrics.get('bytes.js-gzip')!.samples).toEqual([300, 900]);
    expect(metrics.get('a.client.bytes.js-gzip')!.samples).toEqual([100_000, 100_000]);
  });
});
