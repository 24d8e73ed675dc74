// The little every page does in the browser: copy buttons (a citation, an
// embed code) that appear only where the clipboard can be used, and opening
// the collapsed table that holds the row a link points at (a map's province,
// a coverage cell), so a tap on a shape lands on its value. The header's
// search box wakes on first use (search-boot.ts).

import './search-boot.ts';

for (const button of document.querySelectorAll<HTMLButtonElement>('button.copy-text')) {
  if (!navigator.clipboard) continue;
  const status = button.nextElementSibling?.classList.contains('copy-status') ? button.nextElementSibling : button.parentElement?.querySelector('.copy-status');
  button.hidden = false;
  button.addEventListener('click', async () => {
    const text = button.dataset.copy ?? document.getElementById(button.dataset.target ?? '')?.textContent ?? '';
    try {
      await navigator.clipboard.writeText(text);
      if (status) status.textContent = button.dataset.done ?? '';
    } catch {
      if (status) status.textContent = button.dataset.failed ?? '';
    }
  });
}

function revealTarget(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  if (!target) return;
  for (let details = target.closest('details'); details; details = details.parentElement?.closest('details') ?? null) details.open = true;
  target.scrollIntoView({ block: 'center' });
}
addEventListener('hashchange', revealTarget);
revealTarget();

// The language link keeps the page's state: the same query string and
// fragment on the other language's page (the explorer's view, the compare
// page's switches, a console link, an anchor). Pages that change their address
// in place say so with a "vnrehab:address" event.
function syncLanguageLink(): void {
  const link = document.querySelector<HTMLAnchorElement>('header.site a[hreflang]');
  if (!link) return;
  const path = location.pathname;
  const other = document.documentElement.lang === 'en' ? path.replace(/^\/en(?=\/|$)/u, '') || '/' : `/en${path}`;
  link.href = `${other}${location.search}${location.hash}`;
}
document.addEventListener('vnrehab:address', syncLanguageLink);
addEventListener('hashchange', syncLanguageLink);
syncLanguageLink();

// On a phone the header's links scroll sideways: the current page's link is brought into view,
// once the fonts have their widths. Only the row scrolls (scrollIntoView would also scroll the
// page up to the header, away from an anchor or from where the reader already is).
void document.fonts.ready.then(() => {
  const link = document.querySelector('header.site nav [aria-current="page"]');
  const row = link?.closest('ul');
  if (!link || !row || row.scrollWidth <= row.clientWidth) return;
  const [l, r] = [link.getBoundingClientRect(), row.getBoundingClientRect()];
  row.scrollLeft += l.left - r.left - (r.width - l.width) / 2;
});
