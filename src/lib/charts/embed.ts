// The code a newsroom pastes to embed a chart: an iframe that keeps the
// chart's proportions on its own (CSS aspect-ratio) and, where the host page
// allows scripts, takes the exact height the embed page reports.

import type { Locale } from '../../i18n/ui.ts';
import { absoluteUrl } from '../data/identity.ts';
import { embedPath } from '../data/paths.ts';
import type { ChartDefinition } from './types.ts';

/** The message an embed page posts to its parent with its height. */
export const EMBED_MESSAGE = 'vnrehab-embed-height';

/**
 * The code a newsroom pastes: an iframe of an embed page (a chart's, or an
 * explorer view's) and the listener that sizes it to the height the page posts.
 */
export function embedCode(src: string, title: string): string {
  const safe = (s: string) => s.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;');
  return [
    `<iframe src="${safe(src)}" title="${safe(title)}" loading="lazy" data-vnrehab-embed style="width:100%;max-width:800px;border:0;aspect-ratio:4/3"></iframe>`,
    `<script>addEventListener("message",function(e){var d=e.data;if(!d||d.type!=="${EMBED_MESSAGE}")return;document.querySelectorAll("iframe[data-vnrehab-embed]").forEach(function(f){if(f.contentWindow===e.source){f.style.aspectRatio="auto";f.style.height=d.height+"px"}})});</script>`,
  ].join('\n');
}

export const embedSnippet = (chart: ChartDefinition<unknown>, locale: Locale): string =>
  embedCode(absoluteUrl(embedPath(locale, chart.id)), chart.title[locale]);
