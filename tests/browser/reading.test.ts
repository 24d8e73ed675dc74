// Every chart as a reader meets it, at 375 and 1280 px, in both languages: its
// own page, its embed page and its take-away image (the poster SVG, which the
// PNG is rasterised from with the same font). No chart text clipped,
// overlapping or cut short, no word broken in a table, no vocabulary id, no
// English on a Vietnamese page (tests/browser/legibility.ts). Every page type
// is read the same way in site.test.ts.

import { describe, expect, inject, it } from 'vitest';
import { exportPath } from '../../src/lib/charts/exports.ts';
import { CHARTS } from '../../src/lib/charts/registry/index.ts';
import { chartPath, embedPath } from '../../src/lib/data/paths.ts';
import { useBrowser } from './browser.ts';
import { ENGLISH_WORDS, legibilityProblems } from './legibility.ts';

const site = inject('siteUrl');
const browser = useBrowser();

async function read(paths: string[], width: number, locale: 'vi' | 'en'): Promise<string[]> {
  const page = await browser().newPage({ viewport: { width, height: 900 } });
  const problems: string[] = [];
  try {
    for (const path of paths) {
      const response = await page.goto(`${site}${path}`);
      if (response?.status() !== 200) {
        problems.push(`${path}: ${response?.status()}`);
        continue;
      }
      for (const p of await page.evaluate(legibilityProblems, { locale, maxHeight: width === 375 ? 20_000 : undefined, englishWords: ENGLISH_WORDS }))
        problems.push(`${path} at ${width} px: ${p}`);
    }
  } finally {
    await page.close();
  }
  return problems;
}

describe('every chart, read on a phone and on a desktop', () => {
  for (const locale of ['vi', 'en'] as const) {
    for (const width of [375, 1280]) {
      it(`chart pages and embed pages, ${locale}, ${width} px`, async () => {
        const paths = CHARTS.flatMap((c) => [chartPath(locale, c.id), embedPath(locale, c.id)]);
        expect(await read(paths, width, locale)).toEqual([]);
      });
    }
    it(`the take-away images (poster SVG, the PNG's source), ${locale}`, async () => {
      // A poster is an image: its drawing has its own width, so one viewport reads it whole.
      const drawn: string[] = [];
      for (const chart of CHARTS) {
        const path = exportPath(chart, locale, 'svg');
        if ((await fetch(`${site}${path}`, { method: 'HEAD' })).status === 200) drawn.push(path);
      }
      expect(drawn.length).toBeGreaterThan(10);
      const page = await browser().newPage({ viewport: { width: 1000, height: 900 } });
      const problems: string[] = [];
      try {
        for (const path of drawn) {
          await page.goto(`${site}${path}`);
          // The poster's own font (embedded, as data) may still be loading at the load event.
          await page.evaluate(() => document.fonts.ready);
          // A standalone SVG document: its own root is the drawing, and every text in it must fit it.
          problems.push(
            ...(
              await page.evaluate(() => {
                const svg = document.documentElement;
                const box = svg.getBoundingClientRect();
                const out: string[] = [];
                const texts = [...document.querySelectorAll('text')].filter((t) => (t.textContent ?? '').trim() !== '');
                const rects = texts.map((t) => ({ t: (t.textContent ?? '').trim(), r: t.getBoundingClientRect() }));
                for (const { t, r } of rects) {
                  if (t.includes('…')) out.push(`cut short: "${t}"`);
                  if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.bottom > box.bottom + 0.5) out.push(`outside the image: "${t}"`);
                }
                for (let i = 0; i < rects.length; i++)
                  for (let j = i + 1; j < rects.length; j++) {
                    const [a, b] = [rects[i].r, rects[j].r];
                    if (Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 2)
                      out.push(`overlap: "${rects[i].t}" and "${rects[j].t}"`);
                  }
                return out;
              })
            ).map((p) => `${path}: ${p}`),
          );
        }
      } finally {
        await page.close();
      }
      expect(problems).toEqual([]);
    });
  }
});
