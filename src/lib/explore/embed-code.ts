// The code a newsroom pastes to frame a view of the explorer (kept apart from
// the take-away files, which the page loads only when one is asked for).

import { EMBED_MESSAGE } from '../charts/embed.ts';

/** The code a newsroom pastes: an iframe of the explorer's embed page showing the same view, sized as the chart pages' embeds are. */
export function embedCode(src: string, title: string): string {
  const safe = (s: string) => s.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;');
  return [
    `<iframe src="${safe(src)}" title="${safe(title)}" loading="lazy" data-vnrehab-embed style="width:100%;max-width:800px;border:0;aspect-ratio:4/3"></iframe>`,
    `<script>addEventListener("message",function(e){var d=e.data;if(!d||d.type!=="${EMBED_MESSAGE}")return;document.querySelectorAll("iframe[data-vnrehab-embed]").forEach(function(f){if(f.contentWindow===e.source){f.style.aspectRatio="auto";f.style.height=d.height+"px"}})});</script>`,
  ].join('\n');
}
