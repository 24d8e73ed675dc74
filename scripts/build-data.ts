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

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sources: { type: 'string', default: path.join(root, 'data/sources') },
      reference: { type: 'string', default: path.join(root, 'data/reference') },
      out: { type: 'string', default: path.join(root, 'public/data') },
      summary: { type: 'boolean', default: false },
    },
  });
  try {
    const tables = await buildData({ sources: values.sources, reference: values.reference, out: values.out });
    for (const warning of tables.warnings) console.error(`Warning: ${formatIssue(warning)}`);
    const { figures, sources, checks, attainment } = tables.rows;
    const mismatches = checks.filter((c) => c.verdict === 'mismatch').length;
    console.log(
      `Published ${figures.length} figures from ${sources.length} sources, ${attainment.length} attainment rows, ${checks.length} checks (${mismatches} mismatches) to ${path.relative(process.cwd(), values.out) || '.'}`,
    );
    if (values.summary) console.log(summarise(tables.rows));
  } catch (error) {
    if (error instanceof BuildFailed) {
      console.error(`Build stopped; nothing was published.\n${error.message}`);
      process.exitCode = 1;
      return;
    }
    throw error;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
