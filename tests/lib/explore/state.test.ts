// The explorer's address: a closed vocabulary read back exactly, and anything
// else refused with a named problem and the nearest valid view.

import { describe, expect, it } from 'vitest';
import { exploreQuery, explorePath } from '../../../src/lib/data/paths.ts';
import { defaultState, parseState, perCapitaApplies, stateQuery, type StateCatalog } from '../../../src/lib/explore/state.ts';
import type { ExploreState } from '../../../src/lib/explore/model.ts';

const catalog: StateCatalog = {
  measures: {
    registered_dependent: { perCapita: true, claims: [], defaults: { places: ['country:VN', 'province:01'], from: 2010, to: 2024 } },
    relapse_rate: { perCapita: false, claims: ['measured', 'official'], defaults: { places: ['province:79'], from: 2003, to: 2022 } },
  },
  places: {
    'country:VN': { population: 96_208_984 },
    'province:01': { population: 8_053_663 },
    'province:79': { population: 8_993_082 },
    'province2025:24': { population: 3_000_000 },
    'district:004': { population: null },
    'facility:bac-giang-provincial': { population: null },
  },
};

const full: ExploreState = {
  measure: 'registered_dependent',
  places: ['province:79', 'district:004', 'country:VN'],
  from: 2012,
  to: 2020,
  view: 'map',
  per: '100k',
  evidence: 'all',
};

describe('explorer addresses', () => {
  it('writes every parameter in a fixed order, keeping ":" and "," readable', () => {
    expect(exploreQuery(full)).toBe('?measure=registered_dependent&places=province:79,district:004,country:VN&from=2012&to=2020&view=map&per=100k');
    expect(explorePath('en', full)).toBe(`/en/explore/registered-dependent/${exploreQuery(full)}`);
  });

  it('reads back exactly what it wrote, for every view and count', () => {
    for (const view of ['chart', 'map', 'table'] as const)
      for (const per of ['persons', '100k'] as const) {
        const state = { ...full, view, per };
        expect(parseState(stateQuery(state), catalog, 'relapse_rate')).toEqual({ state, problems: [] });
      }
  });

  it('narrows to a kind of evidence only where the measure’s figures carry it, and writes it only then', () => {
    const measured: ExploreState = { ...defaultState(catalog, 'relapse_rate'), evidence: 'measured' };
    expect(exploreQuery(measured)).toMatch(/&per=persons&evidence=measured$/u);
    expect(parseState(stateQuery(measured), catalog, 'relapse_rate')).toEqual({ state: measured, problems: [] });
    // A kind no figure of the measure has, a measure with no kinds, a word outside the vocabulary.
    expect(parseState('?evidence=second_hand', catalog, 'relapse_rate')).toEqual({
      state: defaultState(catalog, 'relapse_rate'),
      problems: [{ kind: 'evidence-unavailable' }],
    });
    expect(parseState('?evidence=measured', catalog, 'registered_dependent').problems).toEqual([{ kind: 'evidence-unavailable' }]);
    expect(parseState('?evidence=<b>', catalog, 'relapse_rate').problems).toEqual([{ kind: 'invalid', param: 'evidence' }]);
    expect(parseState('?evidence=all', catalog, 'registered_dependent')).toEqual({ state: defaultState(catalog, 'registered_dependent'), problems: [] });
  });

  it('fills what a link leaves out with the measure’s defaults, silently', () => {
    expect(parseState('', catalog, 'relapse_rate')).toEqual({ state: defaultState(catalog, 'relapse_rate'), problems: [] });
    expect(parseState('?measure=registered_dependent', catalog, 'relapse_rate')).toEqual({
      state: defaultState(catalog, 'registered_dependent'),
      problems: [],
    });
  });

  it('reads encoded separators as well as plain ones', () => {
    const { state, problems } = parseState('?measure=registered_dependent&places=province%3A79%2Ccountry%3AVN', catalog, 'relapse_rate');
    expect(problems).toEqual([]);
    expect(state.places).toEqual(['province:79', 'country:VN']);
  });

  const hostile: Array<[string, string, string[]]> = [
    ['markup in the measure', '?measure=<script>alert(1)</script>', ['invalid:measure']],
    ['an unknown measure', '?measure=drop_table_figures', ['unknown-measure']],
    ['SQL in the places', "?places=province:01';DROP TABLE figures;--", ['unknown-places']],
    ['an address in the places', '?places=https://evil.example/x.js', ['unknown-places']],
    ['an unknown parameter', '?callback=alert', ['unknown-param']],
    ['a javascript: view', '?view=javascript:alert(1)', ['invalid:view']],
    ['a year with letters', '?from=20l5', ['invalid:from']],
    ['a year out of range', '?to=9999', ['invalid:to']],
    ['reversed years', '?from=2020&to=2012', ['reversed-years']],
    ['a repeated parameter', '?view=map&view=table', ['repeated']],
    ['per 100,000 of percentages', '?measure=relapse_rate&per=100k', ['per-unavailable']],
    ['a made-up per', '?per=1000', ['invalid:per']],
    ['an empty places list', '?places=', ['invalid:places']],
  ];
  for (const [what, search, kinds] of hostile) {
    it(`refuses ${what}, and says so`, () => {
      const { state, problems } = parseState(search, catalog, 'registered_dependent');
      expect(problems.map((p) => ('param' in p && p.kind === 'invalid' ? `invalid:${p.param}` : p.kind))).toEqual(kinds);
      // Whatever was asked, the state holds only known ids, years and words.
      expect(catalog.measures[state.measure]).toBeDefined();
      for (const p of state.places) expect(catalog.places[p]).toBeDefined();
      expect(['chart', 'map', 'table']).toContain(state.view);
      expect(['persons', '100k']).toContain(state.per);
      expect(state.from).toBeLessThanOrEqual(state.to);
      expect(stateQuery(state)).not.toMatch(/[<>'"\s]|script|DROP|https?:/u);
    });
  }

  it('keeps the valid places of a list and drops the others', () => {
    const { state, problems } = parseState('?places=province:01,province:00,<b>,province:01', catalog, 'registered_dependent');
    expect(state.places).toEqual(['province:01']);
    expect(problems).toEqual([{ kind: 'unknown-places', count: 2 }]);
  });

  it('swaps reversed years and keeps them', () => {
    expect(parseState('?from=2020&to=2012', catalog, 'registered_dependent').state).toMatchObject({ from: 2012, to: 2020 });
  });

  it('refuses a query longer than any view needs', () => {
    const { state, problems } = parseState(`?places=${'province:01,'.repeat(700)}`, catalog, 'registered_dependent');
    expect(problems).toEqual([{ kind: 'too-long' }]);
    expect(state).toEqual(defaultState(catalog, 'registered_dependent'));
  });

  it('per 100,000 needs a count of people and a place with a population', () => {
    expect(perCapitaApplies(catalog, 'registered_dependent', ['district:004'])).toBe(false);
    expect(perCapitaApplies(catalog, 'registered_dependent', ['district:004', 'province:01'])).toBe(true);
    expect(perCapitaApplies(catalog, 'relapse_rate', ['province:01'])).toBe(false);
  });
});
