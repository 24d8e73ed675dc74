// Brotli and gzip copies of every compressible file of the built site, written
// beside it (`x.wasm.br`, `x.wasm.gz`), so that a server can send the smallest
// one the browser accepts without compressing anything per request. The
// engine's 34 MB .wasm becomes about 6 MB in brotli. scripts/serve.ts (npm
// start, the tests, the benchmark) serves them; so do nginx (gzip_static,
// brotli_static), Caddy (file_server precompressed) and others: see the README.
//
// Part of the build: astro.config.mjs runs precompressSite() when Astro has
// written dist/ (the `astro:build:done` hook), and `node scripts/precompress.ts
// [dir]` runs it on any folder.
//
// Files are compressed once per content: the result is cached under
// node_modules/.cache/precompress/ by the file's SHA-256 (entries unused for 30
// days are removed), so rebuilding the site does not spend 15 s recompressing
// an engine, or a minute recompressing pages, that have not changed
// (PRECOMPRESS_CACHE=off starts every build from an empty cache of its own).
//
// The engine's two .wasm files (34 and 39 MB, most of the work) depend only on
// the installed @duckdb/duckdb-wasm: the build starts compressing them from
// node_modules the moment Astro starts (warmCache, in libuv's threads, beside
// the page build on the main thread), into the same cache, so that a fresh
// clone's first build does not wait for them at the end.

import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

/** Extensions worth compressing: text, WebAssembly and Arrow. Parquet, images and fonts are compressed already. */
export const COMPRESSIBLE = ['.html', '.js', '.mjs', '.css', '.svg', '.json', '.csv', '.txt', '.xml', '.map', '.wasm', '.arrow', '.arrows', '.cff'] as const;

export const ENCODINGS = { br: '.br', gzip: '.gz' } as const;
export type Encoding = keyof typeof ENCODINGS;

/** Smaller files are sent as they are: the header bytes would eat the saving. */
const MIN_BYTES = 512;
/** A copy is kept only when it saves at least this share of the file. */
const MIN_SAVING = 0.1;
/** Above this size brotli's best quality (11) takes minutes: quality 9 with a large window is 15% bigger and ten times faster. */
const LARGE_FILE = 4 * 1024 * 1024;
/** Files at least this large are cached by content (brotli 11 takes about 2 s a megabyte). */
const CACHE_FROM = 16 * 1024;
/** Cached copies not used by any build for this long are removed. */
const CACHE_DAYS = 30;
const CACHE_VERSION = 1;

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

function brotliOptions(size: number): zlib.BrotliOptions {
  const large = size > LARGE_FILE;
  return {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: large ? 9 : 11,
      [zlib.constants.BROTLI_PARAM_LGWIN]: large ? 24 : 22,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: size,
      [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_GENERIC,
    },
  };
}

export async function compress(bytes: Buffer, encoding: Encoding): Promise<Buffer> {
  return encoding === 'br' ? brotli(bytes, brotliOptions(bytes.length)) : gzip(bytes, { level: 9 });
}

export interface PrecompressOptions {
  /** Where large files' compressed copies are kept between builds; null: no cache. */
  cacheDir?: string | null;
  /** Files compressed at the same time (each uses one of libuv's threads). */
  concurrency?: number;
}

export interface PrecompressReport {
  files: number;
  written: number;
  cached: number;
  bytesIn: number;
  /** The brotli copies' bytes, or the original's where no copy was worth keeping. */
  bytesBrotli: number;
  ms: number;
}

async function compressible(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    if ((COMPRESSIBLE as readonly string[]).includes(path.extname(entry.name).toLowerCase())) out.push(file);
  }
  return out.sort();
}

/** Cache writes under way, by cache file: identical files (a chart's CSV in both languages, the engine warmed up from node_modules and its copy in dist/) share one compression. */
const inFlight = new Map<string, Promise<{ data: Buffer; cached: boolean }>>();
let partials = 0;

function cachedCompress(bytes: Buffer, encoding: Encoding, cacheDir: string | null): Promise<{ data: Buffer; cached: boolean }> {
  if (!cacheDir || bytes.length < CACHE_FROM) return compress(bytes, encoding).then((data) => ({ data, cached: false }));
  const key = createHash('sha256').update(bytes).digest('hex');
  const file = path.join(cacheDir, `${key}.v${CACHE_VERSION}${ENCODINGS[encoding]}`);
  let pending = inFlight.get(file);
  if (!pending) {
    pending = readOrCompress(file, bytes, encoding, cacheDir).finally(() => inFlight.delete(file));
    inFlight.set(file, pending);
  }
  return pending;
}

async function readOrCompress(file: string, bytes: Buffer, encoding: Encoding, cacheDir: string): Promise<{ data: Buffer; cached: boolean }> {
  const hit = await readFile(file).catch(() => null);
  if (hit) {
    const now = new Date();
    await utimes(file, now, now).catch(() => {});
    return { data: hit, cached: true };
  }
  const data = await compress(bytes, encoding);
  await mkdir(cacheDir, { recursive: true });
  // Written under a temporary name of its own first: a build stopped half-way leaves no truncated entry.
  const partial = `${file}.${process.pid}.${partials++}.partial`;
  await writeFile(partial, data);
  await rename(partial, file);
  return { data, cached: false };
}

async function pruneCache(cacheDir: string): Promise<void> {
  const oldest = Date.now() - CACHE_DAYS * 86_400_000;
  for (const name of await readdir(cacheDir).catch(() => [])) {
    const file = path.join(cacheDir, name);
    const info = await stat(file).catch(() => null);
    if (info && info.mtimeMs < oldest) await rm(file, { force: true });
  }
}

/** Writes x.br and x.gz beside every compressible file x under dir (removing stale copies). */
export async function precompress(dir: string, options: PrecompressOptions = {}): Promise<PrecompressReport> {
  const started = performance.now();
  // PRECOMPRESS_CACHE=off: compress everything again (the benchmark measures cold builds so).
  const cacheDir = options.cacheDir === undefined ? (process.env.PRECOMPRESS_CACHE === 'off' ? null : defaultCacheDir()) : options.cacheDir;
  const files = await compressible(dir);
  const report: PrecompressReport = { files: files.length, written: 0, cached: 0, bytesIn: 0, bytesBrotli: 0, ms: 0 };
  // Largest first, so the engine's two .wasm files run side by side from the start.
  const sized = await Promise.all(files.map(async (file) => ({ file, size: (await stat(file)).size })));
  sized.sort((a, b) => b.size - a.size);
  let next = 0;
  const worker = async () => {
    while (next < sized.length) {
      const { file, size } = sized[next++];
      report.bytesIn += size;
      let brotliSize = size;
      const bytes = size >= MIN_BYTES ? await readFile(file) : null;
      for (const encoding of Object.keys(ENCODINGS) as Encoding[]) {
        const target = file + ENCODINGS[encoding];
        const result = bytes ? await cachedCompress(bytes, encoding, cacheDir) : null;
        if (result && result.data.length <= size * (1 - MIN_SAVING)) {
          await writeFile(target, result.data);
          report.written += 1;
          if (result.cached) report.cached += 1;
          if (encoding === 'br') brotliSize = result.data.length;
        } else if (existsSync(target)) await rm(target);
      }
      report.bytesBrotli += brotliSize;
    }
  };
  const concurrency = options.concurrency ?? Math.max(2, os.availableParallelism());
  await Promise.all(Array.from({ length: concurrency }, worker));
  if (cacheDir) await pruneCache(cacheDir);
  report.ms = performance.now() - started;
  return report;
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function defaultCacheDir(): string {
  return path.join(ROOT, 'node_modules', '.cache', 'precompress');
}

/** The console's engine as npm installed it: Vite copies these files unchanged into dist/_astro/. */
export function engineFiles(root = ROOT): string[] {
  const dir = path.join(root, 'node_modules', '@duckdb', 'duckdb-wasm', 'dist');
  return ['duckdb-eh.wasm', 'duckdb-mvp.wasm'].map((name) => path.join(dir, name)).filter((file) => existsSync(file));
}

/**
 * Compresses files into the cache now, both encodings, without waiting: a
 * precompress() of a folder holding identical copies, in the same process,
 * then takes them from the cache or waits for the same work in flight.
 */
export function warmCache(files: string[], cacheDir: string): Promise<void> {
  return Promise.all(
    files.map(async (file) => {
      const bytes = await readFile(file);
      await Promise.all((Object.keys(ENCODINGS) as Encoding[]).map((encoding) => cachedCompress(bytes, encoding, cacheDir)));
    }),
  ).then(() => {});
}

export function describeReport(report: PrecompressReport): string {
  const mb = (n: number) => (n / 1e6).toFixed(1);
  return `precompressed ${report.files} files (${report.written} copies, ${report.cached} from cache): ${mb(report.bytesIn)} MB → ${mb(report.bytesBrotli)} MB in brotli, ${(report.ms / 1000).toFixed(1)} s`;
}

/**
 * The Astro integration: compresses dist/ once Astro (and the integrations
 * listed before this one) have written it. Keep it last in `integrations`.
 */
export function precompressSite() {
  let cacheDir: string | null = null;
  let temporary = false;
  let warming: Promise<void> | null = null;
  let warmedMs: number | null = null;
  return {
    name: 'precompress',
    hooks: {
      // At the start of `astro build`: the engine's copies, beside the page build.
      'astro:config:setup': async ({ command }: { command: string }) => {
        if (command !== 'build') return;
        temporary = process.env.PRECOMPRESS_CACHE === 'off';
        cacheDir = temporary ? await mkdtemp(path.join(os.tmpdir(), 'precompress-cache-')) : defaultCacheDir();
        const started = performance.now();
        warming = warmCache(engineFiles(), cacheDir).then(() => {
          warmedMs = performance.now() - started;
        });
        warming.catch(() => {}); // precompress() below compresses whatever is missing
      },
      'astro:build:done': async ({ dir, logger }: { dir: URL; logger: { info(message: string): void } }) => {
        try {
          const pagesDone = warmedMs === null ? 'after' : 'before';
          logger.info(describeReport(await precompress(fileURLToPath(dir), cacheDir ? { cacheDir } : {})));
          if (warming) {
            await warming;
            logger.info(
              `the engine's .wasm compressed from node_modules in ${((warmedMs ?? 0) / 1000).toFixed(1)} s, beside the page build (done ${pagesDone} the pages)`,
            );
          }
        } finally {
          await warming?.catch(() => {});
          if (temporary && cacheDir) await rm(cacheDir, { recursive: true, force: true });
        }
      },
    },
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = path.resolve(process.argv[2] ?? path.join(ROOT, 'dist'));
  console.log(describeReport(await precompress(dir)));
}
