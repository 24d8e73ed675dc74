// Precompression with its cache: identical files compressed at the same time
// (a chart's CSV is the same in both languages) share one cache entry instead
// of racing to write it, and each gets its .br and .gz copy.

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { precompress } from '../../scripts/precompress.ts';
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
});
