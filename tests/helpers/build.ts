// Runs the real build (as a separate process, the way `npm run data` does) and
// reads its outputs back with the real DuckDB.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SOURCES = path.join(ROOT, 'data/sources');
export const REFERENCE = path.join(ROOT, 'data/reference');
export const SHARED_SEEDS = path.resolve(ROOT, '../shared/seeds');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runBuild(args: { sources?: string; reference?: string; out: string; extra?: string[] }): CliResult {
  const result = spawnSync(
    process.execPath,
    [
      path.join(ROOT, 'scripts/build-data.ts'),
      '--sources',
      args.sources ?? SOURCES,
      '--reference',
      args.reference ?? REFERENCE,
      '--out',
      args.out,
      ...(args.extra ?? []),
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), `vnrehab-${prefix}-`));
}

/** Builds the real data into a fresh directory once and returns it. */
export function buildRealData(): string {
  const out = path.join(tempDir('real'), 'data');
  const result = runBuild({ out });
  if (result.code !== 0) throw new Error(`build failed:\n${result.stderr}`);
  return out;
}

export async function query<T = Record<string, unknown>>(sql: string): Promise<T[]> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const reader = await connection.runAndReadAll(sql);
    return reader.getRowObjectsJson() as T[];
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** sha256 of every file under a directory, to prove a failed build left it alone. */
export function fingerprint(dir: string, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const name = `${prefix}${entry.name}`;
    if (entry.isDirectory()) Object.assign(out, fingerprint(path.join(dir, entry.name), `${name}/`));
    else out[name] = createHash('sha256').update(readFileSync(path.join(dir, entry.name))).digest('hex');
  }
  return out;
}
