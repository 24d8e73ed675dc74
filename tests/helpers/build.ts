// Runs the real build (in-process once per run: real-data-setup.ts; as a
// separate process where a test is about the command itself) and reads its
// outputs back with the real DuckDB.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { inject } from 'vitest';

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

/**
 * The same command run in this process (scripts/build-data.ts runCli): what it
 * prints and its exit code, without the cost of a new Node process per case.
 */
export async function runBuildInProcess(args: { sources?: string; reference?: string; out: string; extra?: string[] }): Promise<CliResult> {
  const { runCli } = await import('../../scripts/build-data.ts');
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['--sources', args.sources ?? SOURCES, '--reference', args.reference ?? REFERENCE, '--out', args.out, ...(args.extra ?? [])], {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
  });
  const text = (lines: string[]) => (lines.length ? `${lines.join('\n')}\n` : '');
  return { code, stdout: text(out), stderr: text(err) };
}

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), `vnrehab-${prefix}-`));
}

/** The real data, built once for the whole run by tests/helpers/real-data-setup.ts. */
export function buildRealData(): string {
  return inject('realData');
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
    else
      out[name] = createHash('sha256')
        .update(readFileSync(path.join(dir, entry.name)))
        .digest('hex');
  }
  return out;
}
