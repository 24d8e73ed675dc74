// Draws a check-a-number result (check.ts) into the search page: what was read
// in the sentence, then for each number the published figures that say the
// same, those that say something else for the same place, measure and year,
// or that nothing is published there and then, each with its source and the
// excerpt that finds it. Text comes from src/i18n/strings/search.ts, numbers,
// periods and units through src/lib/format.ts, links from src/lib/data/paths.ts.

import type { Locale } from '../../i18n/ui.ts';
import { coveragePath, placePath, sourcePath } from '../data/paths.ts';
import { formatDate, formatList, formatNumber, formatValueInWords, inLocale, periodWithPartial, termLabel } from '../format.ts';
import type { Unit } from '../schema/vocabulary.ts';
import type { CheckFigure, CheckPlace } from './check-data.ts';
import type { Checker, CheckResult, NoneAnswer, NumberCheck } from './check.ts';
import { fold } from './fold.ts';
import type { ReadNumber } from './sentence.ts';
import { t, tf } from './text.ts';

/** Figures listed per kind of answer before "… and n more". */
const SHOWN = 8;

type Child = Node | string | null | false | undefined;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children) if (child) node.append(child);
  return node;
}

const placeName = (p: CheckPlace, locale: Locale) => (locale === 'vi' ? p.vi : p.en);
const placeLink = (p: CheckPlace, locale: Locale) =>
  p.page ? el('a', { href: placePath(locale, { place_id: p.id, name_en: p.en }) }, placeName(p, locale)) : placeName(p, locale);

/** A reading of a number in the page's language: "1.482" (vi), "1,482" (en), "96,3%". */
function readingText(value: number, number: ReadNumber, locale: Locale): string {
  return `${formatNumber(value, locale, 3)}${number.unitHint === 'percent' ? '%' : ''}`;
}

function figureItem(f: CheckFigure, checker: Checker, locale: Locale, typed: ReadNumber | null): HTMLElement {
  const data = checker.data;
  const source = data.sources[f.source];
  const measure = data.measures[f.measure];
  const place = checker.placeById.get(f.place);
  const sourceLang: Record<string, string> = source?.language === locale ? {} : { lang: source?.language ?? 'vi' };
  const subgroup = inLocale(f, 'subgroup', locale);
  const what = [
    place ? placeName(place, locale) : f.place,
    `${measure ? measure[locale] : f.measure}${subgroup ? ` (${subgroup})` : ''}${f.basis === 'actual' ? '' : `, ${termLabel('basis', f.basis as 'target', locale)}`}`,
    periodWithPartial(f, locale),
  ].join(' · ');
  const inWords = formatValueInWords({ value: f.value, value_high: f.value_high, unit: f.unit as Unit, qualifier: f.qualifier }, locale);
  // The value in the page's words, where it says more than the printed number ("hơn 1.500 người" for "hơn 1.500").
  const value = fold(inWords) === fold(f.printed) ? '' : ` (${inWords})`;
  const unitNote =
    typed?.unitHint && typed.unitHint !== 'percent' && typed.unitHint !== f.unit && (f.unit === 'persons' || f.unit === 'person_times')
      ? tf(locale, 'check.unitDiffers', { unit: termLabel('unit', f.unit as Unit, locale) })
      : null;
  return el(
    'li',
    { class: 'check-figure', 'data-figure': f.id },
    typed
      ? el(
          'p',
          { class: 'check-compare' },
          el('span', {}, `${t(locale, 'check.yours')}: `),
          el('strong', {}, typed.text),
          el('br'),
          el('span', {}, `${t(locale, 'check.published')}: `),
          el('strong', sourceLang, f.printed),
          value,
        )
      : el('p', { class: 'check-value' }, el('strong', sourceLang, f.printed), value),
    el('p', { class: 'check-what' }, what),
    unitNote && el('p', { class: 'check-note' }, unitNote),
    el(
      'p',
      { class: 'check-source' },
      `${t(locale, 'check.source')}: `,
      el('a', { href: `${sourcePath(locale, f.source)}#${f.anchor}`, ...sourceLang }, source?.title ?? f.source),
      ` (${[source?.publisher, source?.published ? formatDate(source.published, locale) : null].filter(Boolean).join(', ')})`,
    ),
    el('p', { class: 'check-excerpt' }, `${t(locale, 'check.excerpt')}: `, el('q', sourceLang, f.locator)),
  );
}

function figureList(figures: CheckFigure[], checker: Checker, locale: Locale, typed: ReadNumber | null): HTMLElement {
  const list = el('ul', { class: 'check-figures' }, ...figures.slice(0, SHOWN).map((f) => figureItem(f, checker, locale, typed)));
  if (figures.length > SHOWN) list.append(el('li', { class: 'check-more' }, tf(locale, 'check.more', { n: formatNumber(figures.length - SHOWN, locale) })));
  return list;
}

function noneItem(none: NoneAnswer, check: NumberCheck, checker: Checker, locale: Locale): HTMLElement {
  const measures = checker.data.measures;
  const family = none.measure ? measures[none.measure]?.family : check.measures.length === 1 ? measures[check.measures[0]]?.family : undefined;
  const item = el('li', { class: 'check-none' });
  const where = none.place ? tf(locale, 'check.noneWhere', { places: placeName(none.place, locale) }) : '';
  const when = none.year !== null ? tf(locale, 'check.noneWhen', { years: String(none.year) }) : '';
  if (none.aboutNumber) {
    const value = check.number.readings.map((r) => readingText(r.value, check.number, locale)).join(' / ');
    item.append(tf(locale, 'check.noneAny', { value, where: `${where}${when}` }));
  } else if (none.measure && none.place && none.year !== null) {
    item.append(tf(locale, 'check.noneMeasureAt', { measure: measures[none.measure][locale], place: placeName(none.place, locale), year: none.year }));
  } else if (none.place && none.year !== null) {
    item.append(tf(locale, 'check.noneAt', { place: placeName(none.place, locale), year: none.year }));
  }
  if (none.place && none.others > 0)
    item.append(' ', tf(locale, 'check.others', { n: formatNumber(none.others, locale) }), ' ', placeLink(none.place, locale), '.');
  item.append(' ', el('a', { href: coveragePath(locale, family ?? null) }, t(locale, 'check.coverage')));
  return item;
}

function numberSection(check: NumberCheck, checker: Checker, locale: Locale, index: number): HTMLElement {
  const number = check.number;
  const id = `check-number-${index}`;
  const section = el('section', { class: 'check-number', 'aria-labelledby': id }, el('h3', { id }, tf(locale, 'check.forNumber', { printed: number.text })));
  if (number.readings.length > 1) {
    const vi = number.readings.find((r) => r.locale === 'vi');
    const en = number.readings.find((r) => r.locale === 'en');
    if (vi && en)
      section.append(
        el(
          'p',
          { class: 'muted' },
          tf(locale, 'check.reading', { printed: number.numeral, vi: readingText(vi.value, number, locale), en: readingText(en.value, number, locale) }),
        ),
      );
  }
  const answer = (kind: 'same' | 'different' | 'none', ...content: Child[]) =>
    el('div', { class: `check-answer check-${kind}`, 'data-kind': kind }, el('h4', {}, t(locale, `check.${kind}`)), ...content);
  if (check.same.length) section.append(answer('same', figureList(check.same, checker, locale, null)));
  if (check.different.length) section.append(answer('different', figureList(check.different, checker, locale, number)));
  if (check.none.length) section.append(answer('none', el('ul', { class: 'check-figures' }, ...check.none.map((n) => noneItem(n, check, checker, locale)))));
  return section;
}

/** What the sentence was read as: numbers, places and years. */
function readSummary(result: CheckResult, checker: Checker, locale: Locale): HTMLElement {
  const none = t(locale, 'check.readNothing');
  const places = [...new Map(result.read.places.map((p) => [p.index, p])).values()].map((p) => {
    const place = checker.placeById.get(p.id);
    return place ? placeName(place, locale) : p.matched;
  });
  return el(
    'dl',
    { class: 'check-read facts' },
    el('dt', {}, t(locale, 'check.readNumbers')),
    el('dd', {}, result.read.numbers.length ? result.read.numbers.map((n) => n.text).join(' · ') : none),
    el('dt', {}, t(locale, 'check.readPlaces')),
    el('dd', {}, places.length ? formatList(places, locale) : none),
    el('dt', {}, t(locale, 'check.readYears')),
    el('dd', {}, result.read.years.length ? formatList(result.read.years.map(String), locale) : none),
  );
}

export function renderCheck(container: HTMLElement, result: CheckResult, checker: Checker, locale: Locale): void {
  container.replaceChildren(el('h3', { class: 'visually-hidden' }, t(locale, 'check.read')), readSummary(result, checker, locale));
  if (!result.numbers.length) {
    container.append(el('p', { class: 'notice' }, t(locale, 'check.noNumber')));
    return;
  }
  result.numbers.forEach((check, i) => {
    container.append(numberSection(check, checker, locale, i));
  });
}
