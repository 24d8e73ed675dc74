// The header's search box, woken on first use: its script and Pagefind's load
// when a reader focuses the box or types in it, never before, so a page's own
// JavaScript stays this small until someone searches.

const root = document.querySelector<HTMLElement>('header.site search');
const input = root?.querySelector<HTMLInputElement>('input[type="search"]');
if (root && input) {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    void import('../lib/search/widget.ts').then(({ attachWidget, widgetElements }) => {
      const elements = widgetElements(root);
      if (elements) attachWidget(elements);
    });
  };
  input.addEventListener('focus', start, { once: true });
  input.addEventListener('keydown', start, { once: true });
  if (document.activeElement === input) start();
}
