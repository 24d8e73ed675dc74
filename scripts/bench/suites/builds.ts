// Builds: wall time of `npm run data` (the published tables) and of the whole
// `npm run build` (data, Astro, precompression), each as a separate process,
// the way a contributor runs them. The site build compresses the engine only
// when its cache (node_modules/.cache/precompress) does not hold it yet: the
// result says how many compressed copies came from the cache, and
// `--cold-cache` measures builds that compress everything.
// The tiny configuration builds the data into a temporary folder and skips the
// site build (dist/ is being served to the other tests).

import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
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

/** Astro's log line from scripts/precompress.ts, e.g. "precompressed 31 files (58 copies, 16 from cache): …". */
const precompressLine = (output: string) => /precompressed \d+ files[^\n]*/u.exec(output)?.[0] ?? null;

export function buildsSuite(options: { coldCache: boolean }): Suite {
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
      const metrics: MetricInput[] = [{ id: 'data', group: 'wall time', label: context.tiny ? 'data build into a temporary folder' : 'npm run data', unit: 'ms', samples: data }];
      if (site.length) metrics.push({ id: 'site', group: 'wall time', label: 'npm run build (data + Astro + precompression)', unit: 'ms', samples: site });
      return {
        metrics,
        details: { coldCache: options.coldCache, precompress },
        text: precompress.length ? `precompression in each site build: ${[...new Set(precompress)].join(' | ')}` : undefined,
      };
    },
  };
}
