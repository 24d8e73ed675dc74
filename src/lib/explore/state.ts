// The explorer's state is its address. A link may carry six parameters, a
// closed vocabulary checked with zod (its small build, zod/mini, in the
// browser): `measure` (a measure id), `places` (place ids as in the places
// table, comma-separated), `from` and `to` (years), `view` (chart, map,
// table), `per` (persons, 100k) and, for measures whose figures carry a kind
// of evidence (relapse figures), `evidence` (measured, official, second_hand;
// every kind when absent). Whatever else a link carries is refused
// with a problem the page states in its language, and the nearest valid view
// is shown: each parameter that fails falls back to the measure's default,
// the others are kept. Values are matched against patterns and against the
// published ids, never interpreted: no parameter can carry markup, SQL or an
// address, because only ids, four-digit years and the vocabulary's words
// ever leave this module (exploreQuery in paths.ts writes them back).

import * as z from 'zod/mini';
import { exploreQuery } from '../data/paths.ts';
import { EVIDENCES, PERS, VIEWS, type CatalogMeasure, type CatalogPlace, type EvidenceFilter, type ExploreState, type Per, type View } from './model.ts';

export const PARAMS = ['measure', 'places', 'from', 'to', 'view', 'per', 'evidence'] as const;
export type Param = (typeof PARAMS)[number];

/** Longer query strings are refused whole (every place of every level is about 4,000 characters). */
export const MAX_QUERY_LENGTH = 6000;
/** More places than the places table holds is not a selection. */
export const MAX_PLACES = 300;
export const YEAR_RANGE = [1990, 2040] as const;

const MeasureId = z.string().check(z.regex(/^[a-z][a-z0-9_]{0,63}$/u));
const PlaceId = z.string().check(z.regex(/^[a-z][a-z0-9]{0,19}:[A-Za-z0-9-]{1,64}$/u));
const Year = z.string().check(z.regex(/^\d{4}$/u));
const ViewValue = z.enum(VIEWS);
const PerValue = z.enum(PERS);
const EvidenceValue = z.enum(EVIDENCES);
const ParamName = z.enum(PARAMS);

/** What was wrong with an address; the page says each in its language (src/i18n/strings/explore.ts). */
export type Problem =
  | { kind: 'too-long' }
  | { kind: 'unknown-param'; name: string | null }
  | { kind: 'repeated'; param: Param }
  | { kind: 'invalid'; param: Param }
  | { kind: 'unknown-measure' }
  | { kind: 'unknown-places'; count: number }
  | { kind: 'too-many-places' }
  | { kind: 'reversed-years' }
  | { kind: 'per-unavailable' }
  | { kind: 'evidence-unavailable' };

/** What the state is checked against: the catalog's measures and places (the published ids). */
export interface StateCatalog {
  measures: Readonly<Record<string, Pick<CatalogMeasure, 'defaults' | 'perCapita' | 'claims'>>>;
  places: Readonly<Record<string, Pick<CatalogPlace, 'population'>>>;
}

const has = (record: object, key: string) => Object.hasOwn(record, key);

/** A measure's default view: the one its page draws at build time. */
export function defaultState(catalog: StateCatalog, measure: string): ExploreState {
  const m = catalog.measures[measure];
  if (!m) throw new Error(`explorer: no measure "${measure}" in the catalog`);
  return { measure, places: [...m.defaults.places], from: m.defaults.from, to: m.defaults.to, view: 'chart', per: 'persons', evidence: 'all' };
}

/** Whether a kind of evidence can be chosen: the measure's figures carry it. */
export const evidenceApplies = (catalog: StateCatalog, measure: string, evidence: EvidenceFilter): boolean =>
  evidence === 'all' || (catalog.measures[measure]?.claims ?? []).some((c) => c === evidence);

/** Whether per 100,000 can be shown: the measure counts people and a selected place has a population. */
export const perCapitaApplies = (catalog: StateCatalog, measure: string, places: readonly string[]): boolean =>
  Boolean(catalog.measures[measure]?.perCapita) && places.some((p) => catalog.places[p]?.population != null);

/** An unknown parameter's name when it is a plain word (shown in the message), else null. */
const shownName = (name: string): string | null => (/^[A-Za-z_]{1,20}$/u.test(name) ? name : null);

export interface ParsedState {
  state: ExploreState;
  problems: Problem[];
}

/**
 * The view an address asks for, or the nearest valid one and what was wrong.
 * `pageMeasure` is the measure of the page the address opened (its path).
 */
export function parseState(search: string, catalog: StateCatalog, pageMeasure: string): ParsedState {
  const problems: Problem[] = [];
  const query = search.startsWith('?') ? search.slice(1) : search;
  if (query.length > MAX_QUERY_LENGTH) return { state: defaultState(catalog, pageMeasure), problems: [{ kind: 'too-long' }] };
  const values = new Map<Param, string>();
  const repeated = new Set<Param>();
  for (const [key, value] of new URLSearchParams(query)) {
    const name = ParamName.safeParse(key);
    if (!name.success) {
      problems.push({ kind: 'unknown-param', name: shownName(key) });
      continue;
    }
    // A repeated parameter is ambiguous: neither value is taken.
    if (values.has(name.data) || repeated.has(name.data)) {
      if (!repeated.has(name.data)) problems.push({ kind: 'repeated', param: name.data });
      repeated.add(name.data);
      values.delete(name.data);
      continue;
    }
    values.set(name.data, value);
  }

  // The measure first: every other default is the measure's.
  let measure = pageMeasure;
  const askedMeasure = values.get('measure');
  if (askedMeasure !== undefined) {
    if (!MeasureId.safeParse(askedMeasure).success) problems.push({ kind: 'invalid', param: 'measure' });
    else if (!has(catalog.measures, askedMeasure)) problems.push({ kind: 'unknown-measure' });
    else measure = askedMeasure;
  }
  const base = defaultState(catalog, measure);

  let places = base.places;
  const askedPlaces = values.get('places');
  if (askedPlaces !== undefined) {
    const tokens = askedPlaces.split(',').map((p) => p.trim());
    if (tokens.length > MAX_PLACES) problems.push({ kind: 'too-many-places' });
    else if (askedPlaces.trim() === '') problems.push({ kind: 'invalid', param: 'places' });
    else {
      const known = tokens.filter((p) => PlaceId.safeParse(p).success && has(catalog.places, p));
      const unknown = tokens.length - known.length;
      if (unknown > 0) problems.push({ kind: 'unknown-places', count: unknown });
      const unique = [...new Set(known)];
      if (unique.length > 0) places = unique;
    }
  }

  const year = (param: 'from' | 'to', fallback: number): number => {
    const asked = values.get(param);
    if (asked === undefined) return fallback;
    const y = Year.safeParse(asked);
    const n = y.success ? Number(y.data) : NaN;
    if (!(n >= YEAR_RANGE[0] && n <= YEAR_RANGE[1])) {
      problems.push({ kind: 'invalid', param });
      return fallback;
    }
    return n;
  };
  let from = year('from', base.from);
  let to = year('to', base.to);
  if (from > to) {
    problems.push({ kind: 'reversed-years' });
    [from, to] = [to, from];
  }

  let view: View = base.view;
  const askedView = values.get('view');
  if (askedView !== undefined) {
    const v = ViewValue.safeParse(askedView);
    if (v.success) view = v.data;
    else problems.push({ kind: 'invalid', param: 'view' });
  }

  let per: Per = base.per;
  const askedPer = values.get('per');
  if (askedPer !== undefined) {
    const p = PerValue.safeParse(askedPer);
    if (!p.success) problems.push({ kind: 'invalid', param: 'per' });
    else if (p.data === '100k' && !perCapitaApplies(catalog, measure, places)) problems.push({ kind: 'per-unavailable' });
    else per = p.data;
  }

  let evidence: EvidenceFilter = base.evidence;
  const askedEvidence = values.get('evidence');
  if (askedEvidence !== undefined) {
    const e = EvidenceValue.safeParse(askedEvidence);
    if (!e.success) problems.push({ kind: 'invalid', param: 'evidence' });
    else if (!evidenceApplies(catalog, measure, e.data)) problems.push({ kind: 'evidence-unavailable' });
    else evidence = e.data;
  }

  return { state: { measure, places, from, to, view, per, evidence }, problems };
}

/** The query string of a state: every parameter, in a fixed order (paths.ts writes it). */
export const stateQuery = (state: ExploreState): string => exploreQuery(state);

export const sameState = (a: ExploreState, b: ExploreState): boolean => stateQuery(a) === stateQuery(b);
