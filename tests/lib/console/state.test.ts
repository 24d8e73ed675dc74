// The console's state and transitions, without a page or an engine.

import { describe, expect, it } from 'vitest';
import { initialState, isBusy, mayShowPrecomputed, reduce, waitsForEngine, type ConsoleEvent, type ConsoleState } from '../../../src/lib/console/state.ts';

const apply = (events: ConsoleEvent[], from: ConsoleState = initialState()) => events.reduce(reduce, from);

describe('the console state', () => {
  it('starts idle, asks for the engine once, and is ready when it says so', () => {
    let state = initialState();
    expect(waitsForEngine(state)).toBe(true);
    state = apply([{ type: 'engine-requested' }, { type: 'engine-requested' }], state);
    expect(state.engine).toBe('starting');
    state = reduce(state, { type: 'engine-ready' });
    expect(waitsForEngine(state)).toBe(false);
  });

  it('shows a precomputed answer while the engine loads, then the live one replaces it', () => {
    const sql = 'SELECT 1';
    let state = apply([{ type: 'run-requested', sql }, { type: 'engine-requested' }]);
    expect(isBusy(state)).toBe(true);
    expect(mayShowPrecomputed(state, sql)).toBe(true);
    state = reduce(state, { type: 'precomputed-shown', exampleId: 'x', sql });
    expect(state.shown).toEqual({ kind: 'precomputed', exampleId: 'x', sql });
    state = apply([{ type: 'engine-ready' }, { type: 'run-finished', outcome: 'result', sql }], state);
    expect(state.shown).toEqual({ kind: 'live', sql });
    expect(state.finishedRuns).toBe(1);
    expect(isBusy(state)).toBe(false);
    // Once the engine is ready, answers are the engine's.
    expect(mayShowPrecomputed(state, sql)).toBe(false);
  });

  it('takes the latest request while waiting for the engine', () => {
    const state = apply([
      { type: 'run-requested', sql: 'SELECT 1' },
      { type: 'run-requested', sql: 'SELECT 2' },
    ]);
    expect(state.pending).toBe('SELECT 2');
  });

  it('never puts a precomputed answer over a live result of the same query (e.g. after a cancel restarted the engine)', () => {
    const sql = 'SELECT 1';
    const state = apply([{ type: 'engine-ready' }, { type: 'run-finished', outcome: 'result', sql }, { type: 'engine-restarting' }]);
    expect(waitsForEngine(state)).toBe(true);
    expect(mayShowPrecomputed(state, sql)).toBe(false);
    expect(mayShowPrecomputed(state, 'SELECT 2')).toBe(true);
  });

  it('counts every finished run, and a cancel leaves what is shown', () => {
    const state = apply([
      { type: 'precomputed-shown', exampleId: 'x', sql: 'a' },
      { type: 'run-finished', outcome: 'cancelled', sql: 'a' },
      { type: 'run-finished', outcome: 'refused', sql: 'b' },
    ]);
    expect(state.finishedRuns).toBe(2);
    expect(state.shown).toEqual({ kind: 'error' });
    expect(
      apply([
        { type: 'precomputed-shown', exampleId: 'x', sql: 'a' },
        { type: 'run-finished', outcome: 'cancelled', sql: 'a' },
      ]).shown.kind,
    ).toBe('precomputed');
  });

  it('can ask for the engine again after it failed', () => {
    expect(apply([{ type: 'engine-requested' }, { type: 'engine-failed' }, { type: 'engine-requested' }]).engine).toBe('starting');
  });
});
