// Writes src/lib/charts/font-metrics.json: the advance width of every character
// the charts may print, read from the same Be Vietnam Pro TTF the PNG posters
// embed (the site serves the same font as WOFF2). Chart builders wrap labels
// and size margins with these widths, in Node and in the browser alike, so a
// label is measured as it will be drawn instead of guessed from its length.
//
//   node scripts/generate/font-metrics.ts [--check]

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import opentype from 'opentype.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FONTS = {
  400: 'node_modules/@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf',
  600: 'node_modules/@expo-google-fonts/be-vietnam-pro/600SemiBold/BeVietnamPro_600SemiBold.ttf',
} as const;
export const METRICS_FILE = path.join(root, 'src/lib/charts/font-metrics.json');

const VIETNAMESE = 'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ';
const CHARACTERS = [
  ...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)),
  ...VIETNAMESE,
  ...VIETNAMESE.toUpperCase(),
  ...'–—…·≈≥≤×÷“”‘’«»°±→←↑↓€₫ ',
];

export function fontMetrics(): object {
  const widths: Record<string, Record<string, number>> = {};
  for (const [weight, file] of Object.entries(FONTS)) {
    const buffer = readFileSync(path.join(root, file));
    const font = opentype.parse(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength));
    const table: Record<string, number> = {};
    for (const ch of new Set(CHARACTERS)) {
      const glyph = font.charToGlyph(ch);
      table[ch] = Math.round(((glyph.advanceWidth ?? font.unitsPerEm / 2) / font.unitsPerEm) * 10000) / 10000;
    }
    widths[weight] = table;
  }
  return { font: 'Be Vietnam Pro', unit: 'em', widths };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const json = `${JSON.stringify(fontMetrics())}\n`;
  if (process.argv.includes('--check')) {
    if (readFileSync(METRICS_FILE, 'utf8') !== json) {
      console.error(`${path.relative(root, METRICS_FILE)} is out of date: run node scripts/generate/font-metrics.ts`);
      process.exitCode = 1;
    }
  } else writeFileSync(METRICS_FILE, json);
}
