// The code a newsroom pastes to embed a chart: an iframe that keeps the
// chart's proportions on its own (CSS aspect-ratio) and, where the host page
// allows scripts, takes the exact height the embed page reports.

import type { Locale } from '../../i18n/ui.ts';
import { absoluteUrl } from '../data/identity.ts';
import { embedPath } from '../data/paths.ts';
import type { ChartDefinition } from './types.ts';

/** The message an embed page posts to its parent with its height. */
export const EMBED_MESSAGE = 'vnrehab-embed-height';

export function embedSnippet(chart: ChartDefinition<unknown>, locale: Locale): string {
  const src = absoluteUrl(embedPath(locale, chart.id));
  const title = chart.title[locale].replace(/"/gu, '&quot;');
  return [
    `<iframe src="${src}" title="${title}" loading="lazy" data-vnrehab-embed style="width:100%;max-width:800px;border:0;aspect-ratio:4/3"></iframe>`,
    `<script>addEventListener("message",function(e){var d=e.data;if(!d||d.type!=="${EMBED_MESSAGE}")return;document.querySelectorAll("iframe[data-vnrehab-embed]").forEach(function(f){if(f.contentWindow===e.source){f.style.aspectRatio="auto";f.style.height=d.height+"px"}})});</script>`,
  ].join('\n');
}
