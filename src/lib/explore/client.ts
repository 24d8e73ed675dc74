// The explorer in the browser. It reads the view from the address (state.ts:
// a closed vocabulary, refused with a message in the page's language and
// replaced by the nearest valid view), keeps the static view the build drew
// when the address asks for it, and otherwise draws the view with the chart
// builders from the measure's data file (draw.ts, view-html.ts: the markup
// the build writes). Every change of the form updates the address
// (history.replaceState), so the address is always the view. Nothing from
// the address is executed or written into the page as markup: only ids that
// exist in the catalog, four-digit years and words of the vocabulary pass.

import { say, type ExploreKey } from '../../i18n/strings/explore.ts';
import type { Locale } from '../../i18n/locale.ts';
import { embedCode } from '../charts/embed.ts';
import { drawSvg } from '../charts/house-style.ts';
import { exploreDataPath, exploreEmbedPath, explorePath } from '../data/paths.ts';
import { capitalise, inLocale, termLabel } from '../format.ts';
import type { ProvinceFeature } from '../geo/provinces.ts';
import type { PlaceLevel } from '../schema/vocabulary.ts';
import { nameOf, panelFigures, placesSummary, type PanelFigure } from './draw.ts';
import { CATALOG_FILE, measureFile, provincesFile, type ExploreCatalog, type EvidenceFilter, type ExploreMeasureData, type ExploreState } from './model.ts';
import { select, type Selection } from './select.ts';
import { defaultState, evidenceApplies, parseState, perCapitaApplies, stateQuery, type Problem } from './state.ts';
import { evidenceLabel, sourcesInView, viewHtml, viewTitle, type Svgs } from './view-html.ts';

/** The narrow drawings are shown up to this width (global.css .chart-narrow). */
const NARROW = '(max-width: 40rem)';
const LEVELS: PlaceLevel[] = ['country', 'province', 'province_2025', 'district', 'ward', 'ward_group', 'facility'];

const json = async <T>(path: string): Promise<T> => {
  const response = await fetch(path, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
};

const once = <T>(load: (key: string) => Promise<T>) => {
  const cache = new Map<string, Promise<T>>();
  return (key: string): Promise<T> => {
    let value = cache.get(key);
    if (!value) {
      value = load(key);
      value.catch(() => cache.delete(key));
      cache.set(key, value);
    }
    return value;
  };
};

const loadMeasure = once((m) => json<ExploreMeasureData>(exploreDataPath(measureFile(m))));
const loadProvinces = once((system) => json<{ features: ProvinceFeature[] }>(exploreDataPath(provincesFile(system as '63' | '34'))).then((c) => c.features));

/** Text folded for matching: no tones, đ as d, lower case ("Đắk Lắk" → "dak lak"). */
export const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase();

function download(bytes: BlobPart, type: string, name: string): void {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

interface Current {
  state: ExploreState;
  selection?: Selection;
  figures?: PanelFigure[];
  data?: ExploreMeasureData;
  /** Which widths the shown drawings were made at. */
  drawn: 'both' | 'narrow' | 'wide';
}

export function startExplorer(): void {
  const root = document.getElementById('explore');
  if (!root) return;
  run(root).catch((error: unknown) => {
    console.error(error);
    const status = document.getElementById('explore-status');
    if (status) status.textContent = say((root.dataset.locale ?? 'vi') as Locale, 'explore.loadFailed');
  });
}

async function run(root: HTMLElement): Promise<void> {
  const locale = (root.dataset.locale === 'en' ? 'en' : 'vi') as Locale;
  const pageMeasure = root.dataset.measure ?? '';
  const embed = root.hasAttribute('data-embed');
  const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T | null;
  const view = byId<HTMLElement>('explore-view')!;
  const status = byId<HTMLElement>('explore-status')!;
  const problemsBox = byId<HTMLElement>('explore-problems')!;
  const narrow = matchMedia(NARROW);

  const catalog = await json<ExploreCatalog>(exploreDataPath(CATALOG_FILE));
  const parsed = parseState(location.search, catalog, pageMeasure);
  let current: Current = { state: parsed.state, drawn: 'both' };
  let renders = 0;

  const measureLabel = (m: string) => {
    const measure = catalog.measures[m];
    return measure ? inLocale(measure, 'label', locale) : m;
  };
  const address = (state: ExploreState) => (embed ? exploreEmbedPath(locale, state) : explorePath(locale, state));
  const absolute = (path: string) => new URL(path, location.origin).href;

  // ---- Problems with the address ----------------------------------------------
  const problemText = (p: Problem, state: ExploreState): string => {
    switch (p.kind) {
      case 'unknown-param':
        return p.name ? say(locale, 'explore.problem.unknown-param', { name: p.name }) : say(locale, 'explore.problem.unknown-param-unnamed');
      case 'repeated':
        return say(locale, 'explore.problem.repeated', { param: say(locale, `explore.param.${p.param}`) });
      case 'invalid': {
        const fallback = {
          measure: measureLabel(state.measure),
          places: placesSummary(state.places, catalog.places, locale),
          from: String(state.from),
          to: String(state.to),
          view: say(locale, `explore.view.${state.view}`),
          per: say(locale, `explore.per.${state.per}`),
          evidence: evidenceLabel(state.evidence, locale),
        }[p.param];
        return say(locale, 'explore.problem.invalid', { param: say(locale, `explore.param.${p.param}`), fallback });
      }
      case 'unknown-measure':
        return say(locale, 'explore.problem.unknown-measure', { measure: measureLabel(state.measure) });
      case 'unknown-places':
        return say(locale, 'explore.problem.unknown-places', { count: p.count });
      default:
        return say(locale, `explore.problem.${p.kind}` as ExploreKey);
    }
  };
  function showProblems(problems: Problem[], state: ExploreState): void {
    problemsBox.replaceChildren();
    problemsBox.hidden = problems.length === 0;
    if (problems.length === 0) return;
    const heading = document.createElement('p');
    heading.textContent = say(locale, 'explore.problem.heading');
    const list = document.createElement('ul');
    for (const p of problems) {
      const li = document.createElement('li');
      li.textContent = problemText(p, state);
      list.append(li);
    }
    problemsBox.append(heading, list);
  }
  showProblems(parsed.problems, parsed.state);

  // ---- Drawing -----------------------------------------------------------------
  async function compute(state: ExploreState): Promise<Required<Omit<Current, 'drawn'>>> {
    const data = await loadMeasure(state.measure);
    const selection = select(data.rows, state, catalog.places);
    return { state, data, selection, figures: panelFigures(selection, catalog.places, locale) };
  }

  async function draw(figures: PanelFigure[], width: 'narrow' | 'wide' | 'poster'): Promise<Map<string, string>> {
    const systems = [...new Set(figures.flatMap((f) => f.drawings.map((d) => d.system)).filter((s) => s !== undefined))];
    const features = new Map(await Promise.all(systems.map(async (s) => [s, await loadProvinces(s)] as const)));
    const out = new Map<string, string>();
    for (const f of figures)
      for (const d of f.drawings) {
        const idPrefix = `${d.id}-${width === 'narrow' ? 'n' : width === 'wide' ? 'w' : 'poster'}`;
        const options = d.build(width === 'narrow' ? d.widths.narrow : d.widths.wide, idPrefix, d.system ? features.get(d.system) : undefined);
        out.set(d.id, drawSvg(options, { idPrefix, label: d.label, describedBy: `${f.id}-desc` }, document));
      }
    return out;
  }

  async function render(state: ExploreState): Promise<void> {
    const n = ++renders;
    const slow = setTimeout(() => (status.textContent = say(locale, 'explore.loading')), 300);
    try {
      const next = await compute(state);
      const at = narrow.matches ? 'narrow' : 'wide';
      const drawn = await draw(next.figures, at);
      if (n !== renders) return;
      const svgs: Svgs = new Map([...drawn].map(([id, svg]) => [id, at === 'narrow' ? { narrow: svg } : { wide: svg }]));
      view.innerHTML = viewHtml(next.selection, next.figures, svgs, {
        locale,
        catalog,
        sources: next.data.sources,
        url: absolute(explorePath(locale, state)),
        heading: embed ? 1 : 2,
      });
      view.dataset.view = state.view;
      view.dataset.drawn = 'browser';
      current = { ...next, drawn: at };
      enhanceView();
      status.textContent = '';
      if (!embed) refreshTakeaways();
    } catch (error) {
      if (n === renders) status.textContent = say(locale, 'explore.loadFailed');
      throw error;
    } finally {
      clearTimeout(slow);
    }
  }

  function writeAddress(state: ExploreState): void {
    history.replaceState(null, '', `${address(state)}${location.hash}`);
    document.dispatchEvent(new CustomEvent('vnrehab:address'));
    const full = byId<HTMLAnchorElement>('explore-full');
    if (full) full.href = explorePath(locale, state);
  }

  /** A change of the view: the address first, then the drawing. */
  function update(state: ExploreState): void {
    showProblems([], state);
    current = { state, drawn: current.drawn };
    writeAddress(state);
    if (!embed) syncForm(state);
    void render(state).catch((e: unknown) => console.error(e));
  }

  function enhanceView(): void {
    if (embed) return;
    for (const p of view.querySelectorAll<HTMLElement>('.explore-images')) p.hidden = false;
  }

  // Links inside the view (other years, what is published instead) change the view in place.
  view.addEventListener('click', (event) => {
    const target = event.target as Element;
    const link = target.closest<HTMLAnchorElement>('a[data-explore-link]');
    if (link && !embed && !(event as MouseEvent).ctrlKey && !(event as MouseEvent).metaKey) {
      event.preventDefault();
      const next = parseState(new URL(link.href).search, catalog, current.state.measure);
      update(next.state);
      return;
    }
    const button = target.closest<HTMLButtonElement>('button[data-image]');
    if (button) void image(button).catch((e: unknown) => console.error(e));
  });

  narrow.addEventListener('change', () => {
    if (current.drawn !== 'both') void render(current.state).catch((e: unknown) => console.error(e));
  });

  // ---- The form ----------------------------------------------------------------
  const form = byId<HTMLFormElement>('explore-form');
  const measureSelect = byId<HTMLSelectElement>('explore-measure');
  const fromSelect = byId<HTMLSelectElement>('explore-from');
  const toSelect = byId<HTMLSelectElement>('explore-to');
  const placeList = byId<HTMLElement>('explore-place-list');
  const onlyWith = byId<HTMLInputElement>('explore-only-with');
  const filter = byId<HTMLInputElement>('explore-place-filter');
  const chosenCount = byId<HTMLElement>('explore-places-chosen');
  const chosenNames = byId<HTMLElement>('explore-places-names');

  const figuresOf = (place: string, measure: string) => catalog.placeMeasures[place]?.find(([m]) => m === measure)?.[1] ?? 0;

  function buildPlaceList(): void {
    if (!placeList) return;
    const groups = LEVELS.map((level) => ({ level, ids: Object.keys(catalog.places).filter((id) => catalog.places[id].level === level) })).filter(
      (g) => g.ids.length,
    );
    placeList.replaceChildren(
      ...groups.map(({ level, ids }) => {
        const fieldset = document.createElement('fieldset');
        fieldset.className = 'explore-level';
        fieldset.dataset.level = level;
        const legend = document.createElement('legend');
        legend.textContent = capitalise(termLabel('placeLevel', level, locale));
        const ul = document.createElement('ul');
        ids.sort((a, b) => nameOf(catalog.places[a], locale).localeCompare(nameOf(catalog.places[b], locale), locale));
        for (const id of ids) {
          const p = catalog.places[id];
          const li = document.createElement('li');
          li.dataset.place = id;
          li.dataset.search = fold(`${p.name_vi} ${p.name_en}`);
          const label = document.createElement('label');
          const box = document.createElement('input');
          box.type = 'checkbox';
          box.name = 'places';
          box.value = id;
          const count = document.createElement('span');
          count.className = 'explore-count muted';
          label.append(box, ` ${nameOf(p, locale)} `, count);
          li.append(label);
          ul.append(li);
        }
        fieldset.append(legend, ul);
        return fieldset;
      }),
    );
  }

  function filterPlaces(state: ExploreState): void {
    if (!placeList) return;
    const query = fold(filter?.value.trim() ?? '');
    const chosen = new Set(state.places);
    for (const fieldset of placeList.querySelectorAll<HTMLFieldSetElement>('fieldset')) {
      let shown = 0;
      for (const li of fieldset.querySelectorAll<HTMLLIElement>('li')) {
        const id = li.dataset.place!;
        const n = figuresOf(id, state.measure);
        li.querySelector('.explore-count')!.textContent = n ? `(${say(locale, 'explore.placeFigures', { n })})` : '';
        const visible = chosen.has(id) || ((!onlyWith?.checked || n > 0) && (!query || li.dataset.search!.includes(query)));
        li.hidden = !visible;
        if (visible) shown++;
      }
      fieldset.hidden = shown === 0;
    }
  }

  function setYears(state: ExploreState): void {
    const years = catalog.measures[state.measure]?.years ?? [state.from, state.to];
    const [first, last] = [Math.min(years[0], state.from), Math.max(years[1], state.to)];
    for (const [select, value] of [
      [fromSelect, state.from],
      [toSelect, state.to],
    ] as const) {
      if (!select) continue;
      select.replaceChildren(
        ...Array.from({ length: last - first + 1 }, (_, i) => {
          const option = document.createElement('option');
          option.value = option.textContent = String(first + i);
          return option;
        }),
      );
      select.value = String(value);
    }
  }

  function syncForm(state: ExploreState): void {
    if (!form) return;
    if (measureSelect) measureSelect.value = state.measure;
    const chosen = new Set(state.places);
    for (const box of form.querySelectorAll<HTMLInputElement>('input[name="places"]')) box.checked = chosen.has(box.value);
    setYears(state);
    for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="view"]')) radio.checked = radio.value === state.view;
    const perOk = perCapitaApplies(catalog, state.measure, state.places);
    for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="per"]')) {
      radio.checked = radio.value === state.per;
      if (radio.value === '100k') radio.disabled = !perOk;
    }
    // The kinds of evidence: offered for measures whose figures carry one, each only if some figure is of it.
    const claims = catalog.measures[state.measure]?.claims ?? [];
    const evidenceField = byId<HTMLElement>('explore-evidence');
    if (evidenceField) evidenceField.hidden = claims.length === 0;
    for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="evidence"]')) {
      radio.checked = radio.value === state.evidence;
      radio.disabled = !evidenceApplies(catalog, state.measure, radio.value as EvidenceFilter);
    }
    const hint = byId<HTMLElement>('explore-per-hint');
    if (hint) hint.textContent = perOk ? say(locale, 'explore.perHint') : `${say(locale, 'explore.perUnavailable')} ${say(locale, 'explore.perHint')}`;
    if (chosenCount) chosenCount.textContent = say(locale, 'explore.placesChosen', { n: state.places.length });
    if (chosenNames) chosenNames.textContent = state.places.map((p) => nameOf(catalog.places[p], locale)).join(', ');
    filterPlaces(state);
  }

  function formState(): ExploreState | null {
    const state = current.state;
    const boxes = [...form!.querySelectorAll<HTMLInputElement>('input[name="places"]')];
    const checked = new Set(boxes.filter((b) => b.checked).map((b) => b.value));
    // The reader's order: places kept where they were, new ones at the end.
    const places = [...state.places.filter((p) => checked.has(p)), ...boxes.filter((b) => b.checked && !state.places.includes(b.value)).map((b) => b.value)];
    if (places.length === 0) return null;
    let from = Number(fromSelect?.value ?? state.from);
    let to = Number(toSelect?.value ?? state.to);
    if (from > to) [from, to] = document.activeElement === toSelect ? [to, to] : [from, from];
    const view = (form!.querySelector<HTMLInputElement>('input[name="view"]:checked')?.value ?? state.view) as ExploreState['view'];
    let per = (form!.querySelector<HTMLInputElement>('input[name="per"]:checked')?.value ?? state.per) as ExploreState['per'];
    if (per === '100k' && !perCapitaApplies(catalog, state.measure, places)) per = 'persons';
    let evidence = (form!.querySelector<HTMLInputElement>('input[name="evidence"]:checked')?.value ?? state.evidence) as EvidenceFilter;
    if (!evidenceApplies(catalog, state.measure, evidence)) evidence = 'all';
    return { measure: state.measure, places, from, to, view, per, evidence };
  }

  function onMeasure(measure: string): void {
    const base = defaultState(catalog, measure);
    // Places that have figures of the new measure stay chosen; else the measure's own defaults.
    const kept = current.state.places.filter((p) => figuresOf(p, measure) > 0);
    const places = kept.length ? kept : base.places;
    const per = current.state.per === '100k' && perCapitaApplies(catalog, measure, places) ? '100k' : 'persons';
    const evidence = evidenceApplies(catalog, measure, current.state.evidence) ? current.state.evidence : 'all';
    update({ ...base, places, view: current.state.view, per, evidence });
  }

  if (form && !embed) {
    buildPlaceList();
    syncForm(current.state);
    form.hidden = false;
    form.addEventListener('submit', (e) => e.preventDefault());
    form.addEventListener('change', (event) => {
      const target = event.target as HTMLElement;
      if (target === measureSelect) return onMeasure(measureSelect!.value);
      if (target === onlyWith) return filterPlaces(current.state);
      if (target === filter) return;
      const next = formState();
      if (!next) {
        status.textContent = say(locale, 'explore.placesNone');
        return;
      }
      update(next);
    });
    filter?.addEventListener('input', () => filterPlaces(current.state));
    for (const button of form.querySelectorAll<HTMLButtonElement>('button[data-quick]')) {
      button.addEventListener('click', () => {
        const which = button.dataset.quick;
        const measure = current.state.measure;
        if (which === 'none') {
          for (const box of form.querySelectorAll<HTMLInputElement>('input[name="places"]')) box.checked = false;
          status.textContent = say(locale, 'explore.placesNone');
          return;
        }
        const level = which === '63' ? 'province' : which === '34' ? 'province_2025' : null;
        const places = Object.keys(catalog.places).filter((p) => figuresOf(p, measure) > 0 && (level === null || catalog.places[p].level === level));
        if (places.length === 0) {
          status.textContent = say(locale, 'explore.placesNone');
          return;
        }
        update({ ...current.state, places, per: current.state.per === '100k' && perCapitaApplies(catalog, measure, places) ? '100k' : 'persons' });
      });
    }
  }

  // ---- Take-aways ----------------------------------------------------------------
  const takeaways = byId<HTMLElement>('explore-takeaways');
  const takeawayStatus = byId<HTMLElement>('explore-takeaway-status');
  const tell = (el: HTMLElement | null, key: ExploreKey) => {
    if (el) el.textContent = say(locale, key);
  };

  async function ensureComputed(): Promise<Required<Omit<Current, 'drawn'>>> {
    if (current.selection && current.figures && current.data) return current as Required<Omit<Current, 'drawn'>>;
    const next = await compute(current.state);
    current = { ...next, drawn: current.drawn };
    return next;
  }

  const title = (selection: Selection) => viewTitle(selection, { locale, catalog });

  function refreshTakeaways(): void {
    const code = byId<HTMLElement>('explore-embed-code');
    if (code) code.textContent = embedCode(absolute(exploreEmbedPath(locale, current.state)), current.selection ? title(current.selection) : document.title);
  }

  async function copy(text: string, el: HTMLElement | null): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      tell(el, 'explore.copied');
    } catch {
      tell(el, 'explore.copyFailed');
    }
  }

  /** The site's font as data: URLs, so a PNG drawn from the poster (an isolated image) has it. */
  const fontCss = once(async () => {
    const rules: string[] = [];
    for (const sheet of document.styleSheets) {
      let cssRules: CSSRuleList;
      try {
        cssRules = sheet.cssRules;
      } catch {
        continue;
      }
      for (const rule of cssRules) {
        if (!(rule instanceof CSSFontFaceRule) || !rule.style.getPropertyValue('font-family').includes('Be Vietnam Pro')) continue;
        const src = /url\(["']?([^"')]+\.woff2)["']?\)/u.exec(rule.style.getPropertyValue('src'))?.[1];
        if (!src) continue;
        const bytes = new Uint8Array(await (await fetch(new URL(src, sheet.href ?? location.href))).arrayBuffer());
        let binary = '';
        for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        const range = rule.style.getPropertyValue('unicode-range');
        rules.push(
          `@font-face{font-family:'Be Vietnam Pro';font-style:normal;font-weight:${rule.style.getPropertyValue('font-weight') || 400};src:url(data:font/woff2;base64,${btoa(binary)}) format('woff2')${range ? `;unicode-range:${range}` : ''}}`,
        );
      }
    }
    return rules.join('');
  });

  async function image(button: HTMLButtonElement): Promise<void> {
    const statusEl = button.parentElement?.querySelector<HTMLElement>('.explore-image-status') ?? null;
    try {
      const [{ selection, figures, state }, { fileBase, panelPoster }] = await Promise.all([ensureComputed(), import('./takeaways.ts')]);
      const figure = figures.find((f) => f.id === button.dataset.panel);
      if (!figure) return;
      const drawn = await draw([figure], 'poster');
      const svg = panelPoster(
        figure,
        figure.drawings.map((d) => drawn.get(d.id)!),
        { title: title(selection), url: absolute(explorePath(locale, state)), locale },
      );
      const name = `${fileBase(state, locale)}-${figure.id}`;
      if (button.dataset.image === 'svg') {
        download(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}`, 'image/svg+xml;charset=utf-8', `${name}.svg`);
        return;
      }
      const [{ svgSize }, { svgToPng, withPngText }] = await Promise.all([import('../charts/poster.ts'), import('../console/chart-export.ts')]);
      const withFont = svg.replace(/^(<svg[^>]*>)/u, `$1<style>${await fontCss('fonts')}</style>`);
      await document.fonts.ready;
      const { width, height } = svgSize(withFont);
      const png = await svgToPng(withFont, width, height, 2);
      download(
        withPngText(png, [
          ['Title', title(selection)],
          ['Source', absolute(explorePath(locale, state))],
        ]) as BlobPart,
        'image/png',
        `${name}.png`,
      );
    } catch (error) {
      if (statusEl) statusEl.textContent = say(locale, 'explore.imageFailed', { reason: error instanceof Error ? error.message : String(error) });
      throw error;
    }
  }

  if (takeaways && !embed) {
    takeaways.hidden = false;
    refreshTakeaways();
    const share = byId<HTMLButtonElement>('explore-share');
    if (share && typeof navigator.share === 'function') {
      share.hidden = false;
      share.addEventListener('click', () => {
        navigator.share({ title: document.title, url: location.href }).catch(() => {});
      });
    }
    byId('explore-copy-link')?.addEventListener('click', () => void copy(location.href, takeawayStatus));
    byId('explore-copy-cite')?.addEventListener('click', () => void copy(byId('explore-citation')?.textContent ?? '', takeawayStatus));
    byId('explore-copy-embed')?.addEventListener('click', () => void copy(byId('explore-embed-code')?.textContent ?? '', byId('explore-embed-status')));
    // The files' code loads when one is asked for.
    const table = async () => {
      const [{ selection, state, data }, files] = await Promise.all([ensureComputed(), import('./takeaways.ts')]);
      return { selection, state, data, files, table: files.tableRows([...selection.rows, ...selection.undated], state, catalog.places) };
    };
    byId('explore-csv')?.addEventListener('click', async () => {
      const { state, files, table: t } = await table();
      download(files.csvText(t), 'text/csv;charset=utf-8', `${files.fileBase(state, locale)}.csv`);
    });
    byId('explore-xlsx')?.addEventListener('click', async () => {
      const [{ state, selection, data, files, table: t }, { xlsx }] = await Promise.all([table(), import('./xlsx.ts')]);
      const url = absolute(explorePath(locale, state));
      const sheets = files.workbookSheets(
        t,
        {
          title: title(selection),
          citation: byId('explore-citation')?.textContent ?? '',
          url,
          built: catalog.built,
          sources: sourcesInView(selection, data.sources),
        },
        locale,
      );
      download(xlsx(sheets) as BlobPart, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', `${files.fileBase(state, locale)}.xlsx`);
    });
  }

  // ---- The first view ------------------------------------------------------------
  const asBuilt = stateQuery(current.state) === root.dataset.state;
  if (asBuilt) {
    enhanceView();
    if (!embed)
      void ensureComputed()
        .then(refreshTakeaways)
        .catch(() => {});
  } else await render(current.state);
  writeAddress(current.state);
  root.dataset.ready = 'true';
}
