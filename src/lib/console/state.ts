// The console page's state and its transitions, apart from the DOM and the
// engine so that they can be tested as plain functions. The controller
// (console-page.ts) feeds events in and asks the questions below; the views
// draw what it decides.
//
// The life of a query: the reader presses Run (or opens an example). If the
// engine is not ready and the SQL is an example's, the answer computed when
// the site was built is shown at once; the run then waits for the engine,
// which starts in the background, and the live result replaces the
// precomputed one when it comes. A later Run while waiting replaces the
// waiting SQL: the reader's latest request is the one answered. Nothing here
// ever changes the editor's text.

export type EnginePhase = 'idle' | 'starting' | 'ready' | 'failed';

export type Shown = { kind: 'nothing' } | { kind: 'precomputed'; exampleId: string; sql: string } | { kind: 'live'; sql: string } | { kind: 'error' };

export interface ConsoleState {
  engine: EnginePhase;
  /** SQL waiting for the engine or running in it; null when the console is idle. */
  pending: string | null;
  shown: Shown;
  /** Runs the engine finished (answered, failed, refused or cancelled): the page's data-runs. */
  finishedRuns: number;
}

export type ConsoleEvent =
  | { type: 'engine-requested' }
  | { type: 'engine-ready' }
  | { type: 'engine-failed' }
  /** Cancel stopped the engine's worker: a fresh one starts. */
  | { type: 'engine-restarting' }
  | { type: 'run-requested'; sql: string }
  | { type: 'precomputed-shown'; exampleId: string; sql: string }
  | { type: 'run-finished'; outcome: 'result' | 'error' | 'refused' | 'cancelled'; sql: string };

export const initialState = (): ConsoleState => ({ engine: 'idle', pending: null, shown: { kind: 'nothing' }, finishedRuns: 0 });

export function reduce(state: ConsoleState, event: ConsoleEvent): ConsoleState {
  switch (event.type) {
    case 'engine-requested':
      return state.engine === 'idle' || state.engine === 'failed' ? { ...state, engine: 'starting' } : state;
    case 'engine-ready':
      return { ...state, engine: 'ready' };
    case 'engine-failed':
      return { ...state, engine: 'failed' };
    case 'engine-restarting':
      return { ...state, engine: 'starting' };
    case 'run-requested':
      return { ...state, pending: event.sql };
    case 'precomputed-shown':
      return { ...state, shown: { kind: 'precomputed', exampleId: event.exampleId, sql: event.sql } };
    case 'run-finished': {
      // One run at a time: when it ends, nothing waits any more.
      const pending = null;
      const shown: Shown = event.outcome === 'result' ? { kind: 'live', sql: event.sql } : event.outcome === 'cancelled' ? state.shown : { kind: 'error' };
      return { ...state, pending, shown, finishedRuns: state.finishedRuns + 1 };
    }
  }
}

/** Whether a run has to wait for the engine, so that a precomputed answer (if there is one) should be shown first. */
export const waitsForEngine = (state: ConsoleState): boolean => state.engine !== 'ready';

/** Whether a precomputed answer may replace what is shown: never over a live result of the same SQL. */
export function mayShowPrecomputed(state: ConsoleState, sql: string): boolean {
  return waitsForEngine(state) && !(state.shown.kind === 'live' && state.shown.sql === sql);
}

/** Whether the Run button reads as busy (a run is waiting or running). */
export const isBusy = (state: ConsoleState): boolean => state.pending !== null;
