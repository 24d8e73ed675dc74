// Where things live on the site. Every link to a place, a source, a chart or a
// query is made here, so a page never builds a URL by hand and the link check
// has one scheme to hold to.

import { localePath, type Locale } from '../../i18n/locale.ts';
import { inLocale } from '../format.ts';

/** ASCII, lower case, hyphens: "Bà Rịa - Vũng Tàu" → "ba-ria-vung-tau". */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '');
}

/** The page slug of a place, readable and unique across levels. */
export function placeSlug(place: { place_id: string; name_en: string }): string {
  const [level, key] = place.place_id.split(':', 2) as [string, string];
  switch (level) {
    case 'country':
      return 'viet-nam';
    case 'province':
      return slugify(place.name_en);
    case 'province2025':
      return `${slugify(place.name_en)}-2025`;
    case 'district':
    case 'ward':
      return `${slugify(place.name_en)}-${key}`;
    default:
      // facilities and ward groups already have slug ids
      return `${level}-${key}`;
  }
}

/** A place's name as a file-name word in a language, unique like its page slug: "quang-ninh", "quang-ninh-2025", "chau-thanh-123". */
export function placeFileSlug(place: { place_id: string; name_vi: string; name_en: string }, locale: 'vi' | 'en'): string {
  const name = slugify(inLocale(place, 'name', locale));
  const [level, key] = place.place_id.split(':', 2) as [string, string];
  if (level === 'province2025') return `${name}-2025`;
  if (level === 'district' || level === 'ward') return `${name}-${key}`;
  return name;
}

export const placePath = (locale: Locale, place: { place_id: string; name_en: string }): string => localePath(locale, `/places/${placeSlug(place)}/`);

export const sourcePath = (locale: Locale, sourceId: string): string => localePath(locale, `/sources/${sourceId}/`);

export const chartPath = (locale: Locale, chartId: string): string => localePath(locale, `/charts/${chartId}/`);

export const embedPath = (locale: Locale, chartId: string): string => localePath(locale, `/charts/${chartId}/embed/`);

/** The SQL console with a query filled in (shown, run when the reader presses Run). */
export const sqlPath = (locale: Locale, sql: string): string => `${localePath(locale, '/sql/')}?sql=${encodeURIComponent(sql.trim())}`;

export const measurePath = (locale: Locale, measureId: string): string => `${localePath(locale, '/methodology/')}#measure-${measureId}`;

// ---- The explorer ------------------------------------------------------------

/** The explorer's state as its address carries it (src/lib/explore/state.ts reads it back). */
export interface ExploreAddress {
  measure: string;
  places: readonly string[];
  from: number;
  to: number;
  view: string;
  per: string;
  /** Written only when it narrows the view (not 'all'). */
  evidence?: string;
}

/** The path segment of a measure's explorer page: "registered_dependent" → "registered-dependent". */
export const exploreSlug = (measureId: string): string => measureId.replace(/_/gu, '-');

/**
 * The query of an explorer view, every parameter in a fixed order (`evidence` last, and only when it narrows the view). Values are
 * ids, years and words of a closed vocabulary; place ids keep their ":" and
 * the list its "," (both allowed in a query, RFC 3986), so the address reads.
 */
export function exploreQuery(state: ExploreAddress): string {
  const value = (v: string) => encodeURIComponent(v).replace(/%3A/gu, ':').replace(/%2C/gu, ',');
  return `?measure=${value(state.measure)}&places=${value(state.places.join(','))}&from=${state.from}&to=${state.to}&view=${value(state.view)}&per=${value(state.per)}${state.evidence && state.evidence !== 'all' ? `&evidence=${value(state.evidence)}` : ''}`;
}

/**
 * The explorer: a measure's page (its default view drawn at build time, so the
 * address shows that measure without JavaScript), with the whole view in the query.
 */
export const explorePath = (locale: Locale, state: ExploreAddress | { measure: string }): string =>
  `${localePath(locale, `/explore/${exploreSlug(state.measure)}/`)}${'places' in state ? exploreQuery(state) : `?measure=${state.measure}`}`;

/** The explorer's page for other sites to frame, showing the same view. */
export const exploreEmbedPath = (locale: Locale, state: ExploreAddress): string =>
  `${localePath(locale, `/explore/${exploreSlug(state.measure)}/embed/`)}${exploreQuery(state)}`;

/** The explorer's data files (written by the site build, the same for both languages). */
export const exploreDataPath = (file: string): string => `/explore/data/${file}`;

/** A figure's row in its source's table of figures: "/sources/<source>/#figure-<id>". */
export const figureAnchor = (figureId: string): string => `figure-${figureId.slice(figureId.indexOf('/') + 1)}`;

export const figurePath = (locale: Locale, figureId: string): string =>
  `${sourcePath(locale, figureId.slice(0, figureId.indexOf('/')))}#${figureAnchor(figureId)}`;

/** The coverage matrix, of every figure or of one measure family ("post_rehab" → /coverage/post-rehab/). */
export const coveragePath = (locale: Locale, family: string | null = null): string =>
  localePath(locale, family ? `/coverage/${family.replace(/_/gu, '-')}/` : '/coverage/');

/** The published figures as the search page's check-a-number box reads them (both languages). */
export const CHECK_DATA_PATH = '/search/check.json';

/** The search page, with a query or a sentence to check filled in. */
export function searchPath(locale: Locale, params: { q?: string; check?: string } = {}): string {
  const query = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== '')).toString();
  return `${localePath(locale, '/search/')}${query ? `?${query}` : ''}`;
}
