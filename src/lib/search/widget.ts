// The header's search box on every page (src/layouts/Base.astro), once a
// reader focuses it or types in it (src/scripts/search-boot.ts loads this
// module then, never before). Without it the box is a plain form that opens
// the search page.
//
// It follows the ARIA combobox pattern with a listbox popup: focus stays in
// the box; the arrow keys move through the results (aria-activedescendant),
// Enter opens the chosen one, Escape closes the list (a second Escape empties
// the box, as the browser does for a search field). Results are links, grouped
// by kind; the last one opens every result on the search page.

import { formatNumber } from '../format.ts';
import { loadPagefind, searchGrouped, type GroupedResults } from './pagefind.ts';
import { pageLocale, t, tf, type SearchKey } from './text.ts';

/** Results shown per kind in the header's list; the search page shows them all. */
const PER_KIND = 4;
const DEBOUNCE_MS = 80;

export interface WidgetElements {
  root: HTMLElement;
  input: HTMLInputElement;
  popup: HTMLElement;
  list: HTMLElement;
  status: HTMLElement;
  live: HTMLElement;
}

export function widgetElements(root: HTMLElement): WidgetElements | null {
  const input = root.querySelector<HTMLInputElement>('input[type="search"]');
  const popup = root.querySelector<HTMLElement>('.search-popup');
  const list = root.querySelector<HTMLElement>('[role="listbox"]');
  const status = root.querySelector<HTMLElement>('.search-status');
  const live = root.querySelector<HTMLElement>('.search-live');
  return input && popup && list && status && live ? { root, input, popup, list, status, live } : null;
}

export function attachWidget(elements: WidgetElements): void {
  const { root, input, popup, list, status, live } = elements;
  const locale = pageLocale();
  const searchPage = root.querySelector('form')?.getAttribute('action') ?? '/search/';
  let sequence = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let active = -1;
  let shown = '';

  const options = () => [...list.querySelectorAll<HTMLAnchorElement>('[role="option"]')];

  function say(text: string, visible = true): void {
    status.textContent = visible ? text : '';
    status.hidden = !visible || text === '';
    live.textContent = text;
  }

  function open(): void {
    popup.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }

  function close(): void {
    popup.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    setActive(-1);
  }

  function setActive(index: number): void {
    const all = options();
    all.forEach((o, i) => {
      o.setAttribute('aria-selected', String(i === index));
    });
    active = index;
    if (index >= 0 && all[index]) {
      input.setAttribute('aria-activedescendant', all[index].id);
      all[index].scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  }

  function render(results: GroupedResults): void {
    list.replaceChildren();
    let n = 0;
    for (const group of results.groups) {
      if (!group.hits.length) continue;
      const box = document.createElement('div');
      box.setAttribute('role', 'group');
      box.className = 'search-group';
      const label = document.createElement('div');
      label.setAttribute('role', 'presentation');
      label.id = `site-search-kind-${group.kind}`;
      label.className = 'search-group-label';
      label.textContent = `${t(locale, `search.kind.${group.kind}` as SearchKey)} (${formatNumber(group.total, locale)})`;
      box.setAttribute('aria-labelledby', label.id);
      box.append(label);
      for (const hit of group.hits) {
        const option = document.createElement('a');
        option.href = hit.url;
        option.id = `site-search-option-${n++}`;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.tabIndex = -1;
        const title = document.createElement('span');
        title.className = 'search-hit-title';
        title.textContent = hit.title;
        if (hit.lang) title.lang = hit.lang;
        const detail = document.createElement('span');
        detail.className = 'search-hit-detail';
        detail.textContent = hit.detail;
        option.append(title, detail);
        box.append(option);
      }
      list.append(box);
    }
    const all = document.createElement('a');
    all.href = `${searchPage}?${new URLSearchParams({ q: results.query })}`;
    all.id = `site-search-option-${n}`;
    all.className = 'search-all';
    all.setAttribute('role', 'option');
    all.setAttribute('aria-selected', 'false');
    all.tabIndex = -1;
    all.textContent = tf(locale, 'search.all', { q: results.query });
    list.append(all);
    active = -1;
    input.removeAttribute('aria-activedescendant');
    // What the list shows results for (the benchmark and the tests wait on it).
    list.dataset.query = results.query;
    say(
      results.total
        ? tf(locale, 'search.count', { n: formatNumber(results.total, locale), q: results.query })
        : tf(locale, 'search.none', { q: results.query }),
      results.total === 0,
    );
  }

  async function run(): Promise<void> {
    const query = input.value.trim();
    const mine = ++sequence;
    if (!query) {
      shown = '';
      list.replaceChildren();
      say('', false);
      close();
      return;
    }
    if (query === shown && list.childElementCount) {
      open();
      return;
    }
    open();
    say(t(locale, 'search.searching'));
    try {
      const results = await searchGrouped(query, { limit: PER_KIND, current: () => mine === sequence });
      if (!results || mine !== sequence) return;
      shown = query;
      render(results);
      if (document.activeElement === input || root.contains(document.activeElement)) open();
    } catch (error) {
      if (mine !== sequence) return;
      console.error(error);
      list.replaceChildren();
      say(t(locale, 'search.failed'));
    }
  }

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(run, DEBOUNCE_MS);
    // While the reader types, fetch the part of the index the query needs (Pagefind's advice).
    const query = input.value.trim();
    if (query)
      void loadPagefind()
        .then((pagefind) => pagefind.preload(query))
        .catch(() => {});
  };

  input.addEventListener('input', schedule);
  input.addEventListener('focus', () => {
    if (input.value.trim() && list.childElementCount) open();
  });
  input.addEventListener('keydown', (event) => {
    const all = options();
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        if (popup.hidden) {
          if (!input.value.trim()) return;
          open();
          if (input.value.trim() !== shown) return void run();
        }
        if (!all.length) return;
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive(active < 0 ? (step === 1 ? 0 : all.length - 1) : (active + step + all.length) % all.length);
        return;
      }
      case 'Enter': {
        if (!popup.hidden && active >= 0 && all[active]) {
          event.preventDefault();
          location.assign(all[active].href);
        }
        return;
      }
      case 'Escape': {
        if (!popup.hidden) {
          event.preventDefault();
          close();
        }
        return;
      }
      case 'Tab':
        close();
        return;
    }
  });
  root.addEventListener('focusout', (event) => {
    const next = (event as FocusEvent).relatedTarget as Node | null;
    if (!next || !root.contains(next)) close();
  });
  // Typed before this module arrived: search for it now; otherwise get the index ready for the first keystroke.
  if (input.value.trim()) void run();
  else void loadPagefind().catch(() => {});
}
