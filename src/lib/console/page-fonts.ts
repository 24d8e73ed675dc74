// A console poster carries the page's font. An SVG drawn as an image (for the
// PNG) cannot reach the page's fonts, and a downloaded SVG may be opened where
// Be Vietnam Pro is not installed: either way the text, wrapped with Be
// Vietnam Pro's metrics, would be drawn in a wider fallback and run off the
// image. So the page's own @font-face files for the poster's characters (the
// files the page has already loaded, so from the cache) go into the SVG as
// data: URLs. The build does the same for the registered charts' posters with
// subsets (src/lib/charts/poster-fonts.ts).

interface Face {
  weight: string;
  url: string;
  ranges: Array<[number, number]>;
}

/** "U+0000-00FF, U+0131, U+1EA0-1EF9" as code point ranges; none given means every character. */
export function unicodeRanges(text: string): Array<[number, number]> {
  if (!text.trim()) return [[0, 0x10ffff]];
  return text.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/iu, '').split('-');
    if (from.includes('?')) return [Number.parseInt(from.replaceAll('?', '0'), 16), Number.parseInt(from.replaceAll('?', 'F'), 16)];
    return [Number.parseInt(from, 16), Number.parseInt(to ?? from, 16)];
  });
}

/** The page's @font-face rules of the chart font: weight, file and the characters each file covers. */
function pageFaces(family: string): Face[] {
  const faces: Face[] = [];
  for (const sheet of document.styleSheets) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue; // a stylesheet from elsewhere (there are none; the policy allows only the site's own)
    }
    for (const rule of rules) {
      if (!(rule instanceof CSSFontFaceRule)) continue;
      const style = rule.style;
      if (style.getPropertyValue('font-family').replaceAll(/["']/gu, '').trim() !== family) continue;
      const url = /url\(["']?([^"')]+\.woff2)["']?\)/u.exec(style.getPropertyValue('src'))?.[1];
      if (url)
        faces.push({
          weight: style.getPropertyValue('font-weight') || '400',
          url: new URL(url, sheet.href ?? document.baseURI).href,
          ranges: unicodeRanges(style.getPropertyValue('unicode-range')),
        });
    }
  }
  return faces;
}

async function dataUrl(url: string): Promise<string> {
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:font/woff2;base64,${btoa(binary)}`;
}

/** The SVG with the page's font files for the characters it prints, weights 400 and 600, inside a <style> after its root. */
export async function embedPageFonts(svg: string, family = 'Be Vietnam Pro'): Promise<string> {
  const printed = [...new Set(svg.replace(/<[^>]*>/gu, ''))].map((c) => c.codePointAt(0)!);
  const needed = pageFaces(family).filter(
    (f) => (f.weight === '400' || f.weight === '600') && printed.some((c) => f.ranges.some(([a, b]) => c >= a && c <= b)),
  );
  if (needed.length === 0) return svg;
  const rules = await Promise.all(
    needed.map(async (f) => {
      const ranges = f.ranges.map(([a, b]) => (a === b ? `U+${a.toString(16)}` : `U+${a.toString(16)}-${b.toString(16)}`)).join(',');
      return `@font-face{font-family:'${family}';font-weight:${f.weight};src:url(${await dataUrl(f.url)}) format('woff2');unicode-range:${ranges}}`;
    }),
  );
  const root = /<svg\b[^>]*>/u.exec(svg)!;
  const at = root.index + root[0].length;
  return `${svg.slice(0, at)}\n<style>${rules.join('')}</style>${svg.slice(at)}`;
}
