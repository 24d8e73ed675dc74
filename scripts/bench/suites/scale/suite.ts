// Scale: the SQL console with a synthetic 1,000,000-row table in the place of
// `figures` (synthetic-figures.ts), loaded the way the console loads every
// table (Arrow stream fetched from the site, inserted into DuckDB-WASM), then
// aggregated by province and year. Cold: a fresh browser opens the console and
// presses Run (engine start, the table's load and the first aggregate); warm:
// Run again in the same page. The site is served from a copy of dist/ whose
// data/arrow/figures.arrows is the synthetic table (links to everything else).

import { mkdtemp, mkdir, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchFresh } from '../../fresh-browser.ts';
import { mb } from '../../report.ts';
import type { MetricInput, Suite, SuiteContext, SuiteOutput } from '../../suite.ts';
import { readStatus, wholeNumber } from '../console/console-status.ts';
import { expectAnswered } from '../console/measure.ts';
import { finishedRuns, installRecorder, recordedEvents, waitForRuns } from '../console/page-recorder.ts';
import { readPublishedFigures, syntheticFigures } from './synthetic-figures.ts';

export const SCALE_SQL = `SELECT province_code, year(period_end) AS year,
       count(*) AS figures, sum(value) AS total_value, avg(value) AS mean_value
FROM figures
GROUP BY province_code, year
ORDER BY province_code, year`;

const TIMEOUT_MS = 300_000;

/** A copy of dist/ made of links, with the synthetic table as data/arrow/figures.arrows (and no compressed copies of it). */
async function overlay(dist: string, table: Uint8Array): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'bench-scale-site-'));
  const link = async (from: string, to: string, skip: (name: string) => boolean, deeper: Record<string, (dir: string) => Promise<void>>) => {
    for (const entry of await readdir(from, { withFileTypes: true })) {
      if (skip(entry.name)) continue;
      if (deeper[entry.name]) {
        await mkdir(path.join(to, entry.name));
        await deeper[entry.name](path.join(to, entry.name));
      } else await symlink(path.join(from, entry.name), path.join(to, entry.name));
    }
  };
  await link(dist, root, () => false, {
    data: (data) =>
      link(path.join(dist, 'data'), data, () => false, {
        arrow: async (arrow) => {
          await link(path.join(dist, 'data', 'arrow'), arrow, (name) => name.startsWith('figures.arrows'), {});
          await writeFile(path.join(arrow, 'figures.arrows'), table);
        },
      }),
  });
  return root;
}

interface ScaleRun {
  /** Click on Run in a fresh console → the aggregate drawn: engine start, every table's load, the query. */
  coldClickToResultMs: number;
  /** Inserting the tables (the synthetic one and the five small ones) into the engine. */
  coldLoadTablesMs: number | null;
  /** The first aggregate as the console reports it (inside the engine, result transfer included). */
  coldAggregateMs: number | null;
  warm: Array<{ clickToResultMs: number; engineReportedMs: number | null }>;
  rows: number | null;
}

async function runOnce(page: Page): Promise<{ clickToResultMs: number; engineReportedMs: number | null; rows: number | null }> {
  const before = await finishedRuns(page);
  const seen = (await recordedEvents(page)).length;
  await page.click('#sql-run');
  await waitForRuns(page, before + 1, TIMEOUT_MS);
  await expectAnswered(page, 'the scale aggregate');
  const events = (await recordedEvents(page)).slice(seen);
  const click = events.find((e) => e.kind === 'click' && e.value === 'sql-run');
  const done = events.find((e) => e.kind === 'runs' && Number(e.value) === before + 1);
  if (!click || !done) throw new Error('scale: the recorder missed the click or the result');
  const status = events
    .filter((e) => e.kind === 'status')
    .map((e) => readStatus(e.value))
    .find((r) => r?.stage === 'done');
  return { clickToResultMs: done.at - click.at, engineReportedMs: wholeNumber(status?.values.ms), rows: wholeNumber(status?.values.rows) };
}

async function measureScale(siteUrl: string, warmRuns: number): Promise<ScaleRun> {
  const browser = await launchFresh();
  try {
    const { page } = browser;
    await installRecorder(page);
    await page.goto(`${siteUrl}/en/sql/?${new URLSearchParams({ sql: SCALE_SQL })}`, { waitUntil: 'load' });
    await page.waitForSelector('#sql-console:not([hidden]) .cm-content');
    const seen = (await recordedEvents(page)).length;
    const cold = await runOnce(page);
    const statuses = (await recordedEvents(page)).slice(seen).filter((e) => e.kind === 'status');
    const at = (stage: string) => statuses.find((e) => readStatus(e.value)?.stage === stage)?.at;
    const tables = at('loadingTables');
    const lockdown = at('lockdown');
    const warm = [];
    for (let i = 0; i < warmRuns; i++) warm.push(await runOnce(page));
    return {
      coldClickToResultMs: cold.clickToResultMs,
      coldLoadTablesMs: tables !== undefined && lockdown !== undefined ? lockdown - tables : null,
      coldAggregateMs: cold.engineReportedMs,
      warm: warm.map(({ clickToResultMs, engineReportedMs }) => ({ clickToResultMs, engineReportedMs })),
      rows: cold.rows,
    };
  } finally {
    await browser.close();
  }
}

export const scaleSuite: Suite = {
  id: 'scale',
  title: 'Scale: a synthetic 1,000,000-row figures table in the console',
  needsSite: true,
  async run(context: SuiteContext): Promise<SuiteOutput> {
    const rows = context.tiny ? 10_000 : 1_000_000;
    const warmRuns = context.tiny ? 2 : 5;
    const made = performance.now();
    const table = syntheticFigures(readPublishedFigures(context.dist), rows);
    context.log(`scale: ${rows.toLocaleString('en')} synthetic rows, ${mb(table.length)} of Arrow, made in ${Math.round(performance.now() - made)} ms`);
    const root = await overlay(context.dist, table);
    const site = await context.serve(root);
    const runs: ScaleRun[] = [];
    try {
      for (let i = 1; i <= context.runs; i++) {
        const run = await measureScale(site.url, warmRuns);
        runs.push(run);
        context.log(
          `scale run ${i}/${context.runs}: cold ${Math.round(run.coldClickToResultMs)} ms (tables ${Math.round(run.coldLoadTablesMs ?? NaN)} ms), warm ${run.warm.map((w) => Math.round(w.clickToResultMs)).join(', ')} ms`,
        );
      }
    } finally {
      await site.stop();
      await rm(root, { recursive: true, force: true });
    }
    const present = (values: Array<number | null>) => values.filter((v): v is number => v !== null);
    const scaleLabel = `${rows.toLocaleString('en')} rows`;
    const all: MetricInput[] = [
      {
        id: 'cold.click-to-result',
        group: 'cold',
        label: `fresh console, Run → aggregate of ${scaleLabel} drawn (engine start, load, query)`,
        unit: 'ms',
        samples: runs.map((r) => r.coldClickToResultMs),
      },
      {
        id: 'cold.load-tables',
        group: 'cold',
        label: `insert the tables (${scaleLabel} + the 5 published ones)`,
        unit: 'ms',
        samples: present(runs.map((r) => r.coldLoadTablesMs)),
      },
      {
        id: 'cold.aggregate',
        group: 'cold',
        label: 'first aggregate, as the console reports it',
        unit: 'ms',
        samples: present(runs.map((r) => r.coldAggregateMs)),
      },
      {
        id: 'warm.aggregate',
        group: 'warm',
        label: `Run again → aggregate of ${scaleLabel} drawn`,
        unit: 'ms',
        samples: runs.flatMap((r) => r.warm.map((w) => w.clickToResultMs)),
      },
      {
        id: 'warm.engine',
        group: 'warm',
        label: 'the same, as the console reports it (engine + result transfer)',
        unit: 'ms',
        samples: present(runs.flatMap((r) => r.warm.map((w) => w.engineReportedMs))),
      },
    ];
    const metrics = all.filter((m) => m.samples.length > 0);
    return {
      metrics,
      details: { rows, arrowBytes: table.length, sql: SCALE_SQL, resultRows: runs[0]?.rows ?? null, runs },
      text: `The synthetic table: ${scaleLabel}, ${mb(table.length)} of Arrow (served uncompressed); the aggregate returns ${runs[0]?.rows ?? '?'} rows.`,
    };
  },
};
