// The whole built site, read from dist/: every internal link (and the page
// anchor it points at) resolves, in both languages; pages other than the SQL
// console ship at most 30 KB of JavaScript (gzip) and none of DuckDB; every
// registered chart has its page, embed page and take-away files.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { EXPORT_FORMATS, exportPath } from '../../src/lib/charts/exports.ts';
import { CHARTS } from '../../src/lib/charts/registry/index.ts';

const dist = inject('distDir');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === '_astro' || e.name === 'data' ? [] : htmlFiles(full);
    return e.name.endsWith('.html') ? [full] : [];
  });
}

const pages = htmlFiles(dist);
const urlOf = (file: string) => `/${path.relative(dist, file).replace(/index\.html$/u, '')}`;

/** The file a site path is served from (a directory serves its index.html). */
function fileFor(urlPath: string): string | null {
  const file = path.join(dist, decodeURIComponent(urlPath));
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = path.join(file, 'index.html');
  return existsSync(index) ? index : null;
}

const idsCache = new Map<string, Set<string>>();
const idsIn = (file: string) => {
  let ids = idsCache.get(file);
  if (!ids) {
    ids = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/gu)].map((m) => m[1]));
    idsCache.set(file, ids);
  }
  return ids;
};

describe('the built site', () => {
  it('has pages in both languages', () => {
    expect(pages.length).toBeGreaterThan(300);
    expect(pages.filter((p) => urlOf(p).startsWith('/en/')).length).toBeGreaterThan(150);
  });

  it('every internal link and anchor resolves', () => {
    const broken: string[] = [];
    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      const base = urlOf(page);
      for (const [, attr] of html.matchAll(/\s(?:href|src)="([^"]+)"/gu)) {
        if (/^(?:[a-z]+:|\/\/)/iu.test(attr)) continue;
        const url = new URL(attr.replace(/&amp;/gu, '&'), `http://site${base}`);
        const target = fileFor(url.pathname);
        if (!target) {
          broken.push(`${base} → ${attr}`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && target.endsWith('.html') && !idsIn(target).has(fragment)) broken.push(`${base} → ${attr} (no #${fragment})`);
      }
    }
    expect(broken.slice(0, 20)).toEqual([]);
  });

  it('pages other than the SQL console ship at most 30 KB of JavaScript (gzip), the explorer at most 130 kB, and none DuckDB', () => {
    const scriptsOf = (html: string) =>
      [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/gu), ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/gu)].map((m) => m[1]);
    /** A module and everything it imports, statically or dynamically-on-load. */
    const closure = (start: string[]) => {
      const seen = new Set<string>();
      const queue = [...start];
      while (queue.length) {
        const url = queue.pop()!;
        if (seen.has(url) || !url.startsWith('/')) continue;
        seen.add(url);
        const code = readFileSync(path.join(dist, url), 'utf8');
        for (const [, spec] of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/gu)) queue.push(new URL(spec, `http://site${url}`).pathname);
      }
      return [...seen];
    };
    const over: string[] = [];
    for (const page of pages) {
      const url = urlOf(page);
      if (/^\/(?:en\/)?sql\//u.test(url)) continue;
      const scripts = closure(scriptsOf(readFileSync(page, 'utf8')));
      const bytes = scripts.reduce((n, s) => n + gzipSync(readFileSync(path.join(dist, s))).length, 0);
      // The explorer draws in the browser (Plot and d3 are most of it): its own budget, bench/budgets.json's.
      const limit = /^\/(?:en\/)?explore\//u.test(url) ? 130_000 : 30 * 1024;
      if (bytes > limit || scripts.some((s) => /duckdb/iu.test(s) || /duckdb/iu.test(readFileSync(path.join(dist, s), 'utf8').slice(0, 200_000))))
        over.push(`${url}: ${bytes} B`);
    }
    expect(over).toEqual([]);
  });

  it('every registered chart has its page, embed page and every file of the export registry, in both languages', () => {
    for (const chart of CHARTS) {
      for (const locale of ['vi', 'en'] as const) {
        const prefix = locale === 'vi' ? '' : '/en';
        for (const file of ['index.html', 'embed/index.html']) {
          expect(existsSync(path.join(dist, `${prefix}/charts/${chart.id}/${file}`)), `${prefix}/charts/${chart.id}/${file}`).toBe(true);
        }
        for (const { format, drawing } of EXPORT_FORMATS) {
          if (drawing && !existsSync(path.join(dist, exportPath(chart, locale, 'png')))) continue;
          expect(existsSync(path.join(dist, exportPath(chart, locale, format))), exportPath(chart, locale, format)).toBe(true);
        }
      }
    }
  });
});
