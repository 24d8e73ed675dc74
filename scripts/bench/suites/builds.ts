// Builds: wall time of `npm run data` (the published tables) and of the whole
// `npm run build` (data, Astro, precompression), each as a separate process,
// the way a contributor runs them. The site build compresses the engine only
// when its cache (node_modules/.cache/precompress) does not hold it yet: the
// result says how many compressed copies came from the cache, and
// `--cold-cache` measures builds that compress everything.
// The tiny configuration builds the data into a temporary folder and skips the
// site build (dist/ is being served to the other tests).
//
// A fresh clone: the repository's files as they are in the working tree (what
// git tracks, plus new files it does not ignore), copied into an empty folder,
// then `npm install` and `npm start` until the site is served, the way a
// newcomer starts: no node_modules, no precompression cache, no dist/. npm's
// own download cache is the machine's. At most 3 runs (each takes a minute
// or two); not in the tiny configuration.

import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { epochNow } from '../fresh-browser.ts';
import type { MetricInput, Suite, SuiteContext, SuiteOutput } from '../suite.ts';

interface Timed {
  ms: number;
  output: string;
}

function timed(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const started = epochNow();
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => {
      const ms = epochNow() - started;
      if (code === 0) resolve({ ms, output });
      else reject(new Error(`${command} ${args.join(' ')} failed with code ${code}:\n${output.slice(-4000)}`));
    });
  });
}

/** The files a fresh clone of the repository at `root` holds: git's, or (a folder that is no repository) every file but what builds and installs make. */
export function cloneFiles(root: string): string[] {
  if (existsSync(path.join(root, '.git'))) {
    return execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, maxBuffer: 64 * 1024 * 1024 })
      .toString()
      .split('\0')
      .filter((f) => f && existsSync(path.join(root, f)));
  }
  const skip = new Set(['node_modules', 'dist', '.astro', '.git', '.tools']);
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!skip.has(rel) && rel !== 'public/data') walk(rel);
      } else if (entry.isFile()) out.push(rel);
    }
  };
  walk('');
  return out;
}

export interface FreshCloneRun {
  /** npm install, then npm start until the site answers. */
  ms: number;
  installMs: number;
  startMs: number;
  precompress: string | null;
}

/** Copies the repository into an empty folder, then times `npm install` and `npm start` until the site is served. */
export async function freshClone(from: string): Promise<FreshCloneRun> {
  const dir = await mkdtemp(path.join(tmpdir(), 'bench-clone-'));
  try {
    for (const file of cloneFiles(from)) {
      await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
      await copyFile(path.join(from, file), path.join(dir, file));
    }
    const started = epochNow();
    await timed('npm', ['install', '--no-audit', '--no-fund'], dir);
    const installed = epochNow();
    // npm start = npm run build && node scripts/serve.ts; a free port, and its process group to stop it.
    const child = spawn('npm', ['start', '--', '--port', '0'], { cwd: dir, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`npm start did not serve within 10 minutes:\n${output.slice(-4000)}`)), 600_000);
        const read = (chunk: Buffer) => {
          output += chunk.toString();
          const match = /Serving \S+ at (http:\/\/[^\s/]+)\//u.exec(output);
          if (match) {
            clearTimeout(timer);
            resolve(match[1]);
          }
        };
        child.stdout.on('data', read);
        child.stderr.on('data', read);
        child.once('exit', (code) => {
          clearTimeout(timer);
          reject(new Error(`npm start exited with code ${code} before serving:\n${output.slice(-4000)}`));
        });
      });
      const response = await fetch(`${url}/`);
      if (!response.ok) throw new Error(`the fresh clone's site answered ${response.status}`);
      await response.arrayBuffer();
      const served = epochNow();
      return { ms: served - started, installMs: installed - started, startMs: served - installed, precompress: precompressLine(output) };
    } finally {
      child.removeAllListeners('exit');
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Astro's log line from scripts/precompress.ts, e.g. "precompressed 31 files (58 copies, 16 from cache): …". */
const precompressLine = (output: string) => /precompressed \d+ files[^\n]*/u.exec(output)?.[0] ?? null;

export function buildsSuite(options: { coldCache: boolean; cloneFrom?: string }): Suite {
  return {
    id: 'builds',
    title: `Builds: wall time${options.coldCache ? ' (precompression cache off)' : ''}`,
    needsSite: false,
    rebuildsSite: true,
    async run(context: SuiteContext): Promise<SuiteOutput> {
      const data: number[] = [];
      const site: number[] = [];
      const precompress: string[] = [];
      for (let i = 1; i <= context.runs; i++) {
        if (context.tiny) {
          const out = await mkdtemp(path.join(tmpdir(), 'bench-data-'));
          try {
            data.push((await timed(process.execPath, ['scripts/build-data.ts', '--out', out], context.root)).ms);
          } finally {
            await rm(out, { recursive: true, force: true });
          }
          context.log(`builds run ${i}/${context.runs}: data ${Math.round(data.at(-1)!)} ms (tiny: into a temporary folder; no site build)`);
          continue;
        }
        data.push((await timed('npm', ['run', 'data'], context.root)).ms);
        const env = options.coldCache ? { ...process.env, PRECOMPRESS_CACHE: 'off' } : process.env;
        const build = await timed('npm', ['run', 'build'], context.root, env);
        site.push(build.ms);
        precompress.push(precompressLine(build.output) ?? 'no precompression line in the build output');
        context.log(`builds run ${i}/${context.runs}: data ${Math.round(data.at(-1)!)} ms, site ${Math.round(build.ms)} ms (${precompress.at(-1)})`);
      }
      const clones: FreshCloneRun[] = [];
      if (!context.tiny) {
        const from = options.cloneFrom ?? context.root;
        for (let i = 1; i <= Math.min(context.runs, 3); i++) {
          clones.push(await freshClone(from));
          const c = clones.at(-1)!;
          context.log(
            `builds: fresh clone ${i}: npm install ${Math.round(c.installMs / 1000)} s + npm start until served ${Math.round(c.startMs / 1000)} s = ${Math.round(c.ms / 1000)} s (${c.precompress ?? 'no precompression line'})`,
          );
        }
      }
      const metrics: MetricInput[] = [
        { id: 'data', group: 'wall time', label: context.tiny ? 'data build into a temporary folder' : 'npm run data', unit: 'ms', samples: data },
      ];
      if (site.length) metrics.push({ id: 'site', group: 'wall time', label: 'npm run build (data + Astro + precompression)', unit: 'ms', samples: site });
      if (clones.length) {
        metrics.push(
          {
            id: 'fresh-clone',
            group: 'fresh clone',
            label: `npm install && npm start until the site is served (copy of ${options.cloneFrom ? 'the given folder' : 'the working tree'})`,
            unit: 'ms',
            samples: clones.map((c) => c.ms),
          },
          { id: 'fresh-clone.install', group: 'fresh clone', label: 'of which npm install', unit: 'ms', samples: clones.map((c) => c.installMs) },
          {
            id: 'fresh-clone.start',
            group: 'fresh clone',
            label: 'of which npm start until served (data, Astro, precompression from an empty cache)',
            unit: 'ms',
            samples: clones.map((c) => c.startMs),
          },
        );
      }
      return {
        metrics,
        details: { coldCache: options.coldCache, precompress, freshClones: clones, cloneFrom: options.cloneFrom ?? null },
        text: precompress.length ? `precompression in each site build: ${[...new Set(precompress)].join(' | ')}` : undefined,
      };
    },
  };
}
