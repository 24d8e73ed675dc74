// Precompression with its cache: identical files compressed at the same time
// (a chart's CSV is the same in both languages) share one cache entry instead
// of racing to write it, and each gets its .br and .gz copy.

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { precompress, warmCache } from '../../scripts/precompress.ts';
import { tempDir } from '../helpers/build.ts';

describe('precompress', () => {
  it('compresses identical large files side by side through one cache entry', async () => {
    const root = tempDir('precompress');
    const cacheDir = path.join(tempDir('precompress-cache'), 'cache');
    const text = Array.from({ length: 4000 }, (_, i) => `row ${i % 97},Hà Nội,${i}`).join('\n');
    const files = Array.from({ length: 8 }, (_, i) => path.join(root, `copy-${i}`, 'data.csv'));
    for (const file of files) {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
    const report = await precompress(root, { cacheDir, concurrency: 8 });
    expect(report.files).toBe(8);
    for (const file of files) {
      expect(brotliDecompressSync(readFileSync(`${file}.br`)).toString()).toBe(text);
      expect(gunzipSync(readFileSync(`${file}.gz`)).toString()).toBe(text);
    }
    const entries = readdirSync(cacheDir);
    expect(entries.filter((e) => e.endsWith('.partial'))).toEqual([]);
    expect(entries.length).toBe(2);
    expect(existsSync(path.join(root, 'copy-0', 'data.csv.br'))).toBe(true);
  });

  it('takes a file warmed up into the cache beforehand (the engine from node_modules), and its copies match the original', async () => {
    const root = tempDir('precompress-warm');
    const cacheDir = path.join(tempDir('precompress-warm-cache'), 'cache');
    const bytes = Buffer.from(Array.from({ length: 20000 }, (_, i) => `(func $f${i % 211} (result i32) i32.const ${i})`).join('\n'));
    const source = path.join(tempDir('precompress-warm-source'), 'engine.wasm');
    writeFileSync(source, bytes);
    mkdirSync(path.join(root, '_astro'), { recursive: true });
    const copy = path.join(root, '_astro', 'engine.abc123.wasm');
    writeFileSync(copy, bytes);
    // Started before, still in flight or done: either way one compression per encoding.
    const warming = warmCache([source], cacheDir);
    const report = await precompress(root, { cacheDir, concurrency: 2 });
    await warming;
    expect(report.written).toBe(2);
    expect(brotliDecompressSync(readFileSync(`${copy}.br`)).equals(bytes)).toBe(true);
    expect(gunzipSync(readFileSync(`${copy}.gz`)).equals(bytes)).toBe(true);
    expect(readdirSync(cacheDir).filter((e) => !e.endsWith('.partial'))).toHaveLength(2);
  });
});
