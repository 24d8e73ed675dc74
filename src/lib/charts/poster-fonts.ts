// A downloaded poster SVG carries its own font: opened on a machine without
// Be Vietnam Pro, a browser would draw it in a wider fallback (DejaVu Sans is
// up to a third wider) and the titles and labels, wrapped and placed with Be
// Vietnam Pro's metrics, would run off the image. So the SVG embeds the two
// weights it uses, cut down to the characters it prints (a few kB each).
// Build time only (Node): the PNG is drawn by resvg from the bundled TTFs.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';

const require = createRequire(import.meta.url);
const FONTS = [
  { weight: 400, file: '400Regular/BeVietnamPro_400Regular.ttf' },
  { weight: 600, file: '600SemiBold/BeVietnamPro_600SemiBold.ttf' },
].map((f) => ({ ...f, bytes: readFileSync(require.resolve(`@expo-google-fonts/be-vietnam-pro/${f.file}`)) }));

/** Every character the SVG prints: its text nodes, with XML entities read. */
export function printedCharacters(svg: string): string {
  const text = [...svg.matchAll(/<(text|tspan|title|desc)\b[^>]*>([^<]*)/gu)].map((m) => m[2]).join('');
  const decoded = text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[\da-f]+);/giu, (_, e: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
    if (named[e]) return named[e];
    return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)));
  });
  return [...new Set(decoded)].sort().join('');
}

/** The poster with @font-face rules for Be Vietnam Pro 400 and 600 (WOFF2, subset), right after its root element. */
export async function withEmbeddedFonts(svg: string): Promise<string> {
  const characters = printedCharacters(svg);
  const faces = await Promise.all(
    FONTS.map(async ({ weight, bytes }) => {
      const subset = await subsetFont(bytes, characters, { targetFormat: 'woff2' });
      return `@font-face{font-family:'Be Vietnam Pro';font-weight:${weight};font-style:normal;src:url(data:font/woff2;base64,${subset.toString('base64')}) format('woff2')}`;
    }),
  );
  const root = /<svg\b[^>]*>/u.exec(svg);
  if (!root) throw new Error('a poster must start with an <svg> element');
  const at = root.index + root[0].length;
  return `${svg.slice(0, at)}\n<style>${faces.join('')}</style>${svg.slice(at)}`;
}
