// Every registered chart, over the real data built into a temporary directory:
// its SQL returns rows of its declared shape, its builder draws every row
// (one tooltip per drawn mark), its titles and description exist in both
// languages, and its take-away files say where its numbers come from.

import { beforeAll, describe, expect, it } from 'vitest';
import { buildRealData } from '../../helpers/build.ts';

// The site reads the published tables from here (src/lib/published-data.ts).
process.env.PUBLISHED_DATA_DIR = buildRealData();

const { CHARTS } = await import('../../../src/lib/charts/registry.ts');
const { chartRows, isDrawn, renderChart } = await import('../../../src/lib/charts/build-time.ts');
const { chartCsv, chartMetadata } = await import('../../../src/lib/charts/artifacts.ts');
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
        rows = (await chartRows(chart)) as AnyRow[];
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
          const rendered = await renderChart(chart, locale, `${chart.id}-test`);
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

      it('its CSV holds the rows and its metadata the SQL, sources and licence', async () => {
        const csv = await chartCsv(chart.id);
        expect(csv.trim().split('\n').length).toBeGreaterThanOrEqual(rows.length + 1);
        const meta = (await chartMetadata(chart.id, 'en', '2026-01-01')) as { sql: string; sources: unknown[]; licence: { name: string }; rows: number };
        expect(meta.sql).toBe(chart.sql);
        expect(meta.rows).toBe(rows.length);
        expect(meta.sources.length).toBeGreaterThan(0);
        expect(meta.licence.name).toBe('CC BY 4.0');
      });
    });
  }
});
