// The header's search box, woken on first use: its script and Pagefind's load
// when a reader focuses the box or types in it, never before, so a page's own
// JavaScript stays this small until someone searches.

/**
 * Pagefind's script (PAGEFIND_SCRIPT in src/lib/search/search-kinds.ts): written out here, because importing
 * that module would make the bundler split it into a file of its own that every page would then load.
 */
const PAGEFIND_SCRIPT = '/pagefind/pagefind.js';

const root = document.querySelector<HTMLElement>('header.site search');
const input = root?.querySelector<HTMLInputElement>('input[type="search"]');
if (root && input) {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    // Pagefind's script comes beside the box's, not after it (the same module the box imports later).
    void import(/* @vite-ignore */ PAGEFIND_SCRIPT).catch(() => {});
    void import('../lib/search/widget.ts').then(({ attachWidget, widgetElements }) => {
      const elements = widgetElements(root);
      if (elements) attachWidget(elements);
    });
  };
  input.addEventListener('focus', start, { once: true });
  input.addEventListener('keydown', start, { once: true });
  if (document.activeElement === input) start();
}
