// What a reader on a phone, in Vietnamese, must never meet, checked in the
// page itself (run in Chromium with page.evaluate): a word or number broken
// inside a table cell, chart text clipped, overlapping or cut short, a page
// taller than 20,000 px at phone width, a vocabulary id shown as text, and
// English prose outside a quotation marked lang="en" on a Vietnamese page.
// The function is self-contained: it is serialised into the page.

export interface LegibilityOptions {
  /** The page's language: on a Vietnamese page, English words outside lang="en" are a problem. */
  locale: 'vi' | 'en';
  /** Fail a page taller than this (at phone width). */
  maxHeight?: number;
}

/**
 * Words that are English and never Vietnamese (no Vietnamese syllable is
 * spelled like them, unlike "an", "in", "to", "long", "than" or "bay").
 */
export const ENGLISH_WORDS = [
  'the',
  'and',
  'of',
  'with',
  'for',
  'from',
  'this',
  'that',
  'which',
  'were',
  'was',
  'are',
  'has',
  'have',
  'been',
  'people',
  'figure',
  'figures',
  'stated',
  'source',
  'sources',
  'period',
  'value',
  'measured',
  'official',
  'returnees',
  'rehab',
  'relapse',
  'after',
  'before',
  'who',
  'followed',
  'months',
  'years',
  'year',
  'percent',
  'persons',
  'province',
  'provinces',
  'district',
  'data',
  'chart',
  'table',
  'only',
  'also',
  'more',
  'about',
  'least',
  'each',
  'every',
  'printed',
  'inference',
  'not',
  'their',
  'they',
  'would',
  'could',
  'should',
  'into',
  'over',
  'under',
  'between',
  'within',
  'where',
  'when',
  'because',
  'although',
  'treatment',
  'facility',
  'facilities',
  'community',
  'compulsory',
  'voluntary',
  'report',
  'reported',
  'article',
  'survey',
  'study',
  'patients',
  'drug',
  'drugs',
  'users',
  'centre',
  'centres',
  'center',
  'centers',
];

export function legibilityProblems(options: LegibilityOptions & { englishWords: string[] }): string[] {
  const problems: string[] = [];
  // checkVisibility: false inside a closed <details> too (its content is content-visibility: hidden, yet laid out).
  const visible = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && el.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true });
  };
  const where = (el: Element) => {
    const id = el.closest('[id]')?.id;
    return `${el.tagName.toLowerCase()}${id ? ` in #${id}` : ''}`;
  };

  // 1. No token breaks inside a table cell: each word's text lies on one line.
  for (const cell of document.querySelectorAll('td, th')) {
    if (!visible(cell)) continue;
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (const m of text.matchAll(/\S+/gu)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (lines.size > 1) problems.push(`broken inside a table cell: "${m[0]}" (${where(cell)})`);
      }
    }
  }

  // 2. Chart text: inside its drawing, clear of other text, never cut with an ellipsis.
  for (const svg of document.querySelectorAll('svg:is([role="img"], [role="group"])')) {
    if (!visible(svg)) continue;
    const box = svg.getBoundingClientRect();
    const texts = [...svg.querySelectorAll('text')].filter((t) => (t.textContent ?? '').trim() !== '');
    const rects = texts.map((t) => ({ t, r: t.getBoundingClientRect() }));
    for (const { t, r } of rects) {
      const label = (t.textContent ?? '').trim();
      if (label.includes('…')) problems.push(`chart text cut short: "${label}" (${where(svg)})`);
      if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5)
        problems.push(`chart text outside its drawing: "${label}" (${where(svg)})`);
    }
    // Overlap of two labels, allowing a hair of slack for glyph side bearings.
    for (let i = 0; i < rects.length; i++) {
      for (let j = i + 1; j < rects.length; j++) {
        const [a, b] = [rects[i].r, rects[j].r];
        const dx = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const dy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (dx > 1 && dy > 2)
          problems.push(`chart text overlaps: "${(rects[i].t.textContent ?? '').trim()}" and "${(rects[j].t.textContent ?? '').trim()}" (${where(svg)})`);
      }
    }
  }

  // 3. Height at phone width.
  if (options.maxHeight && document.documentElement.scrollHeight > options.maxHeight)
    problems.push(`page is ${document.documentElement.scrollHeight} px tall (at most ${options.maxHeight})`);

  // 4 and 5. Words shown as text: no vocabulary id; on a Vietnamese page, no English outside lang="en".
  const english = new Set(options.englishWords);
  const skip = (el: Element | null) => el?.closest('code, pre, script, style, textarea, .url, svg title') !== null;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || skip(el) || !visible(el)) continue;
    // Addresses are addresses, not prose.
    const text = (node.textContent ?? '').replace(/https?:\/\/\S+/gu, '');
    for (const m of text.matchAll(/\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b/gu)) problems.push(`vocabulary id shown as text: "${m[0]}" (${where(el)})`);
    if (options.locale !== 'vi') continue;
    const lang = el.closest('[lang]')?.getAttribute('lang') ?? 'vi';
    if (lang !== 'vi') continue;
    // Quotation marks alone do not make a quotation English: it must be marked.
    const words = [...text.toLowerCase().matchAll(/\b[a-z]+\b/gu)].map((w) => w[0]).filter((w) => english.has(w));
    if (words.length > 0) problems.push(`English on a Vietnamese page: "${text.trim().slice(0, 80)}" (${words.slice(0, 4).join(', ')}; ${where(el)})`);
  }
  return [...new Set(problems)];
}
