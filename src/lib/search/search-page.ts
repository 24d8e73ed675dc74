// The search page (/search/, /en/search/): a plain form whose results are
// listed by kind, each kind with "show more", and the check-a-number box.
// Both work from the address too (?q=…, ?check=…), so a search or a check can
// be linked to; each submission updates the address (replaceState). The
// published figures the check reads (/search/check.json) are fetched the first
// time a check is asked for.

import type { Locale } from '../../i18n/ui.ts';
import { CHECK_DATA_PATH, searchPath } from '../data/paths.ts';
import { formatNumber } from '../format.ts';
import type { CheckData } from './check-data.ts';
import { renderCheck } from './check-view.ts';
import { Checker } from './check.ts';
import { loadPagefind, searchGrouped, type SearchGroup, type SearchKind } from './pagefind.ts';
import { pageLocale, t, tf, type SearchKey } from './text.ts';

/** Results listed per kind at first, and added by each "show more". */
const PAGE = 10;

function hitList(group: SearchGroup): HTMLUListElement {
  const list = document.createElement('ul');
  list.className = 'search-hits';
  for (const hit of group.hits) {
    const link = document.createElement('a');
    link.href = hit.url;
    link.textContent = hit.title;
    if (hit.lang) link.lang = hit.lang;
    const detail = document.createElement('span');
    detail.className = 'search-hit-detail';
    detail.textContent = hit.detail;
    const item = document.createElement('li');
    item.append(link, detail);
    list.append(item);
  }
  return list;
}

function startSearch(locale: Locale): (query: string) => Promise<void> {
  const results = document.getElementById('search-page-results')!;
  const status = document.getElementById('search-page-status')!;
  const limits = new Map<SearchKind, number>();
  let sequence = 0;

  function section(group: SearchGroup, query: string): HTMLElement {
    const id = `search-kind-${group.kind}`;
    const heading = document.createElement('h2');
    heading.id = id;
    heading.textContent = `${t(locale, `search.kind.${group.kind}` as SearchKey)} (${formatNumber(group.total, locale)})`;
    const box = document.createElement('section');
    box.className = 'search-kind';
    box.dataset.kind = group.kind;
    box.setAttribute('aria-labelledby', id);
    box.append(heading, hitList(group));
    if (group.total > group.hits.length) {
      const more = document.createElement('button');
      more.type = 'button';
      more.textContent = t(locale, 'search.more');
      more.addEventListener('click', async () => {
        limits.set(group.kind, group.hits.length + PAGE);
        more.disabled = true;
        const [next] = (await searchGrouped(query, { limit: limits.get(group.kind)!, kinds: [group.kind] }))!.groups;
        const replacement = section(next, query);
        box.replaceWith(replacement);
        // Keep the reader's place: focus the first of the new results.
        replacement.querySelectorAll<HTMLAnchorElement>('.search-hits a')[group.hits.length]?.focus();
      });
      box.append(more);
    }
    return box;
  }

  return async (query: string) => {
    const mine = ++sequence;
    limits.clear();
    results.replaceChildren();
    delete results.dataset.query;
    if (!query) {
      status.textContent = '';
      return;
    }
    status.textContent = t(locale, 'search.searching');
    try {
      const found = await searchGrouped(query, { limit: PAGE, current: () => mine === sequence });
      if (!found || mine !== sequence) return;
      status.textContent = found.total
        ? tf(locale, 'search.count', { n: formatNumber(found.total, locale), q: query })
        : tf(locale, 'search.none', { q: query });
      for (const group of found.groups) if (group.total) results.append(section(group, query));
      results.dataset.query = query;
    } catch (error) {
      console.error(error);
      if (mine === sequence) status.textContent = t(locale, 'search.failed');
    }
  };
}

function startCheck(locale: Locale): (text: string) => Promise<void> {
  const container = document.getElementById('check-results')!;
  const status = document.getElementById('check-status')!;
  let checker: Promise<Checker> | null = null;
  const load = () => {
    checker ??= fetch(CHECK_DATA_PATH)
      .then((response) => {
        if (!response.ok) throw new Error(`${CHECK_DATA_PATH}: HTTP ${response.status}`);
        return response.json() as Promise<CheckData>;
      })
      .then((data) => new Checker(data));
    checker.catch(() => {
      checker = null;
    });
    return checker;
  };
  return async (text: string) => {
    container.replaceChildren();
    if (!text) {
      status.textContent = '';
      return;
    }
    status.textContent = t(locale, 'check.loading');
    try {
      const ready = await load();
      const result = ready.check(text);
      renderCheck(container, result, ready, locale);
      container.dataset.checked = text;
      status.textContent = '';
    } catch (error) {
      console.error(error);
      status.textContent = t(locale, 'check.failed');
    }
  };
}

export function startSearchPage(): void {
  const locale = pageLocale();
  const searchForm = document.getElementById('search-page-form') as HTMLFormElement | null;
  const checkForm = document.getElementById('check-form') as HTMLFormElement | null;
  if (!searchForm || !checkForm) return;
  const queryInput = searchForm.elements.namedItem('q') as HTMLInputElement;
  const checkInput = checkForm.elements.namedItem('check') as HTMLTextAreaElement;
  const search = startSearch(locale);
  const check = startCheck(locale);
  const remember = () =>
    history.replaceState(null, '', `${searchPath(locale, { q: queryInput.value.trim(), check: checkInput.value.trim() })}${location.hash}`);

  searchForm.addEventListener('submit', (event) => {
    event.preventDefault();
    remember();
    void search(queryInput.value.trim());
  });
  checkForm.addEventListener('submit', (event) => {
    event.preventDefault();
    remember();
    void check(checkInput.value.trim());
  });
  // Ctrl+Enter (⌘+Enter) in the box checks, as a plain Enter starts a new line.
  checkInput.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      checkForm.requestSubmit();
    }
  });
  queryInput.addEventListener('focus', () => void loadPagefind().catch(() => {}), { once: true });

  const params = new URLSearchParams(location.search);
  const q = params.get('q')?.trim() ?? '';
  const sentence = params.get('check')?.trim() ?? '';
  if (q) {
    queryInput.value = q;
    void search(q);
  }
  if (sentence) {
    checkInput.value = sentence;
    void check(sentence);
  }
}
