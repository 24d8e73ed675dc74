// The site search's index, written by Pagefind into dist/pagefind/ when Astro
// has built the site (the `astro:build:done` hook; astro.config.mjs runs it
// before precompressSite(), so the index's scripts get their .br and .gz copies
// like every other file).
//
// The records are the ones src/pages/search/records.json.ts rendered into
// dist/search/records.json (one per place, figure, source, chart and measure,
// in each language: src/lib/search/records.ts); they go to Pagefind as custom
// records, with their kind as a filter (the results are grouped by it) and
// what a result shows as metadata. The file is removed afterwards: it is not
// part of the site.
//
// Pagefind writes, per language, an index split into chunks and fragments
// (gzip-compressed by Pagefind itself, read by its own code), its WebAssembly
// (gzip-compressed too) and its scripts (pagefind.js, pagefind-worker.js),
// which precompress.ts compresses. The ready-made search interfaces Pagefind
// also writes are removed: the site has its own (src/lib/search/).

import { readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import type { SearchRecord } from '../src/lib/search/records.ts';
import { PAGEFIND_DIR } from '../src/lib/search/search-kinds.ts';

/** Where the site finds the index (src/lib/search/pagefind.ts loads its script from there). */
export const INDEX_DIR = PAGEFIND_DIR;
/** What the site build renders for the index (src/pages/search/records.json.ts). */
export const RECORDS_FILE = 'search/records.json';

/** The interfaces Pagefind ships beside its search library; the site does not use them. */
const UNUSED = /^pagefind-(?:component-ui|modular-ui|ui|highlight)\.(?:js|css)$/u;

/** Records per call to Pagefind's service: it indexes one at a time, the calls overlap. */
const BATCH = 200;

export interface SearchIndexReport {
  records: number;
  byLanguage: Record<string, number>;
  files: number;
  ms: number;
}

export async function buildSearchIndex(dist: string): Promise<SearchIndexReport> {
  const started = performance.now();
  const recordsFile = path.join(dist, RECORDS_FILE);
  const records = JSON.parse(await readFile(recordsFile, 'utf8')) as SearchRecord[];
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    for (let at = 0; at < records.length; at += BATCH) {
      const results = await Promise.all(
        records.slice(at, at + BATCH).map((r) =>
          index.addCustomRecord({
            url: r.url,
            language: r.language,
            content: r.content,
            meta: {
              title: r.title,
              detail: r.detail,
              kind: r.kind,
              ...(r.titleLang ? { lang: r.titleLang } : {}),
              ...(r.names ? { names: r.names } : {}),
              ...(r.order !== undefined ? { order: String(r.order) } : {}),
            },
            filters: { kind: [r.kind] },
          }),
        ),
      );
      const failed = results.flatMap((result, i) => result.errors.map((e) => `${records[at + i].url}: ${e}`));
      if (failed.length) throw new Error(`Pagefind refused records:\n${failed.join('\n')}`);
    }
    const output = path.join(dist, INDEX_DIR);
    await rm(output, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: output });
    if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    for (const name of await readdir(output)) if (UNUSED.test(name)) await rm(path.join(output, name));
    await rm(recordsFile);
    const files = (await readdir(output, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).length;
    const byLanguage: Record<string, number> = {};
    for (const r of records) byLanguage[r.language] = (byLanguage[r.language] ?? 0) + 1;
    return { records: records.length, byLanguage, files, ms: performance.now() - started };
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
}

export const describeReport = (r: SearchIndexReport): string =>
  `indexed ${r.records} records (${Object.entries(r.byLanguage)
    .map(([lang, n]) => `${lang} ${n}`)
    .join(', ')}) into ${r.files} files, ${(r.ms / 1000).toFixed(1)} s`;

/** The Astro integration: the index is written when the site is, before its files are compressed. */
export function searchIndex() {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }: { dir: URL; logger: { info(message: string): void } }) => {
        logger.info(describeReport(await buildSearchIndex(fileURLToPath(dir))));
      },
    },
  };
}
