// Builds the published tables from data/sources/ and data/reference/:
// parse → validate → normalise → derive → check → write, all or nothing.
//
//   node scripts/build-data.ts [--sources DIR] [--reference DIR] [--out DIR] [--summary]

import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { BuildFailed, formatIssue } from './pipeline/build-issue.ts';
import { buildTables } from './pipeline/build-tables.ts';
import { summarise } from './pipeline/summary.ts';
import { withStaging } from './pipeline/publish.ts';
import { writeArrowTables } from './pipeline/write-arrow.ts';
import { writeDataPackage, writeTables } from './pipeline/write-tables.ts';
import { writeXlsx } from './pipeline/write-xlsx.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface BuildOptions {
  sources: string;
  reference: string;
  out: string;
}

export async function buildData(options: BuildOptions): Promise<Awaited<ReturnType<typeof buildTables>>> {
  const tables = await buildTables(options.sources, options.reference);
  await withStaging(options.out, async (staging) => {
    await writeTables(staging, tables.rows);
    await writeDataPackage(staging, tables.rows, { version: tables.version, created: tables.created });
    await writeXlsx(staging, tables.rows, { version: tables.version, created: tables.created });
    // For the SQL console: the browser engine reads Arrow without extensions.
    await writeArrowTables(staging, tables.rows);
  });
  return tables;
}

/** Where the command writes: the process's streams, or a test's collectors. */
export interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** The command: builds, prints what was published (or every problem), and returns the exit code. */
export async function runCli(argv: string[], output: Output = { out: (l) => console.log(l), err: (l) => console.error(l) }): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      sources: { type: 'string', default: path.join(root, 'data/sources') },
      reference: { type: 'string', default: path.join(root, 'data/reference') },
      out: { type: 'string', default: path.join(root, 'public/data') },
      summary: { type: 'boolean', default: false },
    },
  });
  try {
    const tables = await buildData({ sources: values.sources, reference: values.reference, out: values.out });
    for (const warning of tables.warnings) output.err(`Warning: ${formatIssue(warning)}`);
    const { figures, sources, checks, attainment } = tables.rows;
    const mismatches = checks.filter((c) => c.verdict === 'mismatch').length;
    output.out(
      `Published ${figures.length} figures from ${sources.length} sources, ${attainment.length} attainment rows, ${checks.length} checks (${mismatches} mismatches) to ${path.relative(process.cwd(), values.out) || '.'}`,
    );
    if (values.summary) output.out(summarise(tables.rows));
    return 0;
  } catch (error) {
    if (error instanceof BuildFailed) {
      output.err(`Build stopped; nothing was published.\n${error.message}`);
      return 1;
    }
    throw error;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await runCli(process.argv.slice(2));
}
