// The sources index's filter, with JavaScript: the choice is read from and
// kept in the address (?province=…&year=…&kind=…, values of the filter's own
// lists only), and the page says how many documents are shown. The hiding
// itself is CSS (SourcesIndexPage.astro), so it is the same with or without
// this script.

const FILTERS = ['province', 'year', 'kind'] as const;

export function startSourceFilter(): void {
  const form = document.getElementById('source-filter') as HTMLFormElement | null;
  const list = form?.closest<HTMLElement>('.sources-list');
  const count = document.getElementById('source-filter-count');
  if (!form || !list || !count) return;
  const select = (name: string) => form.querySelector<HTMLSelectElement>(`#filter-${name}`)!;
  const params = new URLSearchParams(location.search);
  for (const name of FILTERS) {
    const asked = params.get(name);
    // Only a value the list offers is taken.
    if (asked !== null && [...select(name).options].some((o) => o.value === asked)) select(name).value = asked;
  }
  const rows = [...list.querySelectorAll<HTMLTableRowElement>('tr[data-kind]')];
  const update = (write: boolean) => {
    const shown = rows.filter((r) => getComputedStyle(r).display !== 'none').length;
    count.textContent = shown === 0 ? count.dataset.none! : count.dataset.shown!.replace('{n}', String(shown)).replace('{total}', String(rows.length));
    if (!write) return;
    const query = new URLSearchParams();
    for (const name of FILTERS) if (select(name).value) query.set(name, select(name).value);
    const search = query.size ? `?${query}` : '';
    history.replaceState(null, '', `${location.pathname}${search}${location.hash}`);
    document.dispatchEvent(new CustomEvent('vnrehab:address'));
  };
  // The filter's lists and the "show all" box beside the table.
  list.addEventListener('change', () => update(true));
  form.addEventListener('submit', (e) => e.preventDefault());
  update(false);
}
