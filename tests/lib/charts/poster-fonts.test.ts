import { describe, expect, it } from 'vitest';
import { printedCharacters, withEmbeddedFonts } from '../../../src/lib/charts/poster-fonts.ts';

const poster = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60"><title>Tỷ lệ &amp; số</title><text x="0" y="20" font-weight="600">Người nghiện &lt;5%</text><text x="0" y="40">Hải Phòng&#160;·&#x2013;</text></svg>`;

describe('poster fonts', () => {
  it('collects every character the poster prints, entities read', () => {
    const chars = printedCharacters(poster);
    for (const c of ['&', '<', '%', 'ỷ', 'ư', 'ờ', 'ả', '\u00a0', '·', '–']) expect(chars, c).toContain(c);
    expect(chars).not.toContain(';');
    expect(new Set(chars).size).toBe(chars.length);
  });

  it('embeds both weights as WOFF2 subsets right after the root element, leaving the drawing as it was', async () => {
    const out = await withEmbeddedFonts(poster);
    const faces = [...out.matchAll(/font-weight:(\d+);font-style:normal;src:url\(data:font\/woff2;base64,([^)]+)\)/gu)];
    expect(faces.map((f) => f[1])).toEqual(['400', '600']);
    for (const [, , base64] of faces) {
      const bytes = Buffer.from(base64, 'base64');
      expect(bytes.subarray(0, 4).toString('latin1')).toBe('wOF2');
      // A subset of a few characters, not the whole font (the full TTF is ~200 kB).
      expect(bytes.length).toBeLessThan(30_000);
    }
    expect(out.indexOf('<style>')).toBe(out.indexOf('>') + 2);
    expect(out.replace(/\n<style>[^<]*<\/style>/u, '')).toBe(poster);
  });
});
