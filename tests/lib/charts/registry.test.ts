// Every registered chart, over the real data built into a temporary directory:
// its SQL returns rows of its declared shape, its builder draws every row
// (one tooltip per drawn mark), its titles and description exist in both
// languages, and its take-away files say where its numbers come from.

import { beforeAll, describe, expect, it } from 'vitest';
import { buildRealData } from '../../helpers/build.ts';

// The site reads the published tables from here (src/lib/data/published.ts).
process.env.PUBLISHED_DATA_DIR = buildRealData();

const { CHARTS } = await import('../../../src/lib/charts/registry/index.ts');
const { FINDINGS } = await import('../../../src/lib/charts/registry/findings.ts');
const { queryRows, isDrawn, renderChart } = await import('../../../src/lib/charts/build-time.ts');
const { exportBody, queryCsv, queryMetadata } = await import('../../../src/lib/charts/artifacts.ts');
const { EXPORT_FORMATS, exportFileName } = await import('../../../src/lib/charts/exports.ts');
const { registeredQueries } = await import('../../../src/lib/charts/routes.ts');
const { provinceFeatures } = await import('../../../src/lib/geo/provinces.ts');

type AnyRow = Record<string, unknown>;

/** How many marks with a tooltip a chart must draw for its rows. */
function expectedMarks(id: string, rows: AnyRow[], drawnRows: number): number {
  if (id.includes('-map')) return provinceFeatures(id.includes('-34-') ? '34' : '63').features.length;
  if (id === 'attainment') return rows.filter((r) => r.computed_pct !== null).length + rows.filter((r) => r.printed_pct !== null).length;
  return drawnRows;
}

describe('registered charts', () => {
  it('have unique ids', () => {
    expect(new Set(CHARTS.map((c) => c.id)).size).toBe(CHARTS.length);
  });

  for (const chart of CHARTS) {
    describe(chart.id, () => {
      let rows: AnyRow[];
      beforeAll(async () => {
        rows = (await queryRows(chart)) as AnyRow[];
      });

      it('has titles and subtitles in both languages', () => {
        for (const locale of ['vi', 'en'] as const) {
          expect(chart.title[locale].length, locale).toBeGreaterThan(10);
          expect(chart.subtitle[locale].length, locale).toBeGreaterThan(10);
        }
      });

      it('its SQL returns rows of its declared shape', () => {
        expect(rows.length).toBeGreaterThan(0);
      });

      it('its builder draws every row, in both languages', async () => {
        for (const locale of ['vi', 'en'] as const) {
          const rendered = await renderChart(chart, locale, { instance: `${chart.id}-test` });
          expect(rendered.description.length).toBeGreaterThan(10);
          if (!isDrawn(chart, rows)) {
            expect(rendered.svg).toBeNull();
            continue;
          }
          const drawn = chart.drawnRows?.(rows) ?? rows.length;
          for (const svg of [rendered.svg!.narrow, rendered.svg!.wide].filter(Boolean)) {
            expect(svg.match(/<title>/gu)?.length ?? 0).toBe(expectedMarks(chart.id, rows, drawn));
            expect(svg).toContain('role="img"');
            expect(svg).not.toMatch(/NaN|undefined/u);
          }
        }
      });

      it('its CSV holds the rows, opens in Excel as UTF-8 and cites each row’s sources; its metadata the SQL, sources and licence', async () => {
        const csv = await queryCsv(chart);
        expect(csv.startsWith('\uFEFF'), 'a byte-order mark').toBe(true);
        const header = csv.slice(1).split('\n')[0].split(',');
        for (const column of ['source_publisher', 'source_title', 'source_published', 'source_url']) expect(header, column).toContain(column);
        expect(csv.trim().split('\n').length).toBeGreaterThanOrEqual(rows.length + 1);
        const meta = (await queryMetadata(chart, 'en', isDrawn(chart, rows))) as { sql: string; sources: unknown[]; licence: { name: string }; rows: number };
        expect(meta.sql).toBe(chart.sql);
        expect(meta.rows).toBe(rows.length);
        expect(meta.sources.length).toBeGreaterThan(0);
        expect(meta.licence.name).toBe('CC BY 4.0');
      });

      it('names its take-away files for what they hold, in each language', () => {
        for (const locale of ['vi', 'en'] as const) {
          for (const { format } of EXPORT_FORMATS)
            expect(exportFileName(chart, locale, format)).toMatch(new RegExp(`^[a-z0-9]+(?:-[a-z0-9]+)*\\.${format}$`, 'u'));
        }
        expect(chart.fileName.vi).not.toBe(chart.fileName.en);
      });
    });
  }
});

describe('every registered query (charts, place charts, findings)', () => {
  it('has a unique id and file names, and offers every data format', async () => {
    const queries = await registeredQueries();
    expect(new Set(queries.map((q) => q.id)).size).toBe(queries.length);
    expect(queries.length).toBeGreaterThan(CHARTS.length + FINDINGS.length);
    for (const locale of ['vi', 'en'] as const) expect(new Set(queries.map((q) => q.fileName[locale])).size, locale).toBe(queries.length);
  });
  // The same data must give the same chart on every build: a query that keeps "the latest" row must
  // order by something total. DuckDB runs in parallel, so a tie is broken differently from run to run
  // (the 34-province comparison once kept Điện Biên's 2018 figure over its 2021 one, about 1 run in 10).
  it('gives the same rows on every run', { timeout: 120_000 }, async () => {
    const { openPublished } = await import('../../../src/lib/data/published.ts');
    const db = await openPublished(process.env.PUBLISHED_DATA_DIR!);
    try {
      const distinct = new Map([...CHARTS, ...FINDINGS].map((q) => [q.sql, q.id]));
      for (const [sql, id] of distinct) {
        const first = JSON.stringify(await db.query(sql));
        for (let i = 0; i < (id.startsWith('compare-') ? 40 : 8); i++) expect(JSON.stringify(await db.query(sql)), id).toBe(first);
      }
    } finally {
      db.close();
    }
  });

  it('each finding gives rows of its shape, a CSV with a byte-order mark and an Excel workbook', async () => {
    for (const finding of FINDINGS) {
      const rows = await queryRows(finding);
      expect(rows.length, finding.id).toBeGreaterThan(0);
      expect(((await exportBody(finding, 'csv', 'vi', false)) as string).startsWith('\uFEFF')).toBe(true);
      const xlsx = (await exportBody(finding, 'xlsx', 'vi', false)) as Uint8Array;
      expect([...xlsx.slice(0, 2)], 'a zip (xlsx) file').toEqual([0x50, 0x4b]);
    }
  });
});
