// The engine's start, begun the moment the page's first script runs (before
// the editor is drawn) and all at once, instead of one thing after another:
//
// - the .wasm is fetched and compiled here, on the page, with streaming
//   compilation (V8 compiles while the bytes arrive, off the main thread);
//   compiled from the network response itself, so Chromium keeps the compiled
//   code in its cache and a returning reader's engine starts without compiling;
// - DuckDB's worker script starts loading in its own thread at the same time,
//   through a small wrapper (engine-worker.ts) that hands it the module
//   compiled here instead of letting it download the .wasm a second time;
// - the published tables (Arrow IPC streams) are fetched at the same time.
//
// This module is small and imports no engine code: engine.ts (DuckDB's
// JavaScript API and apache-arrow) is loaded after the page's first paint and
// takes over the worker and the compiled module from here.

import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import wrapperWorker from './engine-worker.ts?worker&url';

/** The message the wrapper in the worker waits for (engine-worker.ts). */
export const PRECOMPILED_MESSAGE = 'console-precompiled-wasm';

/** A .wasm that uses exception handling, as DuckDB's own bundle selection checks it. */
const EXCEPTIONS_PROBE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 10, 8, 1, 6, 0, 6, 64, 25, 11, 11]);

export interface Download {
  loaded: number;
  /** The engine's size as built (0 when unknown). */
  total: number;
}

export class EngineBlocked extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EngineBlocked';
  }
}

export interface BootOptions {
  dataBase: string;
  tables: readonly string[];
  wasmBytes?: { eh?: number; mvp?: number };
}

export interface EngineBoot {
  /** Which build: 'eh' (WebAssembly exceptions) or 'mvp'. */
  flavour: 'eh' | 'mvp';
  wasmUrl: string;
  /** The compiled engine; the same module serves every worker started on this page (a restart after Cancel). */
  module: Promise<WebAssembly.Module>;
  /** The published tables' bytes, by name. */
  tables: Promise<Map<string, Uint8Array>>;
  /** The first worker, already loading DuckDB's script; taken once. */
  takeWorker(): Worker;
  /** A fresh worker for the same engine (after a cancel). */
  newWorker(): Worker;
  /** Download progress of the .wasm; called at once with what is known. Returns a function that stops listening. */
  onDownload(listener: (d: Download) => void): () => void;
}

function supportsExceptions(): boolean {
  try {
    return WebAssembly.validate(EXCEPTIONS_PROBE);
  } catch {
    return false;
  }
}

function fetchTables(dataBase: string, names: readonly string[]): Promise<Map<string, Uint8Array>> {
  return Promise.all(
    names.map(async (name) => {
      const response = await fetch(`${dataBase}/arrow/${name}.arrows`);
      if (!response.ok) throw new Error(`could not load table ${name}: HTTP ${response.status}`);
      return [name, new Uint8Array(await response.arrayBuffer())] as const;
    }),
  ).then((entries) => new Map(entries));
}

/** Reads a copy of the response to count its bytes (the compiler reads the original). */
async function count(body: ReadableStream<Uint8Array> | null, onBytes: (n: number) => void): Promise<void> {
  if (!body) return;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    onBytes(value.byteLength);
  }
}

async function compile(url: string, onBytes: (n: number) => void): Promise<WebAssembly.Module> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`could not load the SQL engine: HTTP ${response.status}`);
  const copy = response.clone();
  void count(copy.body, onBytes).catch(() => {});
  try {
    return await WebAssembly.compileStreaming(response);
  } catch (error) {
    // A policy that forbids compiling WebAssembly ('wasm-unsafe-eval' missing): say so at once.
    const message = error instanceof Error ? error.message : String(error);
    if (/Content Security Policy|unsafe-eval|Refused to compile/iu.test(message)) throw new EngineBlocked(message);
    // A server that does not send application/wasm: compile from the bytes instead.
    if (error instanceof TypeError) return WebAssembly.compile(await (await fetch(url, { credentials: 'same-origin' })).arrayBuffer());
    throw error;
  }
}

export function bootEngine({ dataBase, tables, wasmBytes }: BootOptions): EngineBoot {
  const flavour = supportsExceptions() ? 'eh' : 'mvp';
  const wasmUrl = new URL(flavour === 'eh' ? ehWasm : mvpWasm, location.href).href;
  const engineScript = new URL(flavour === 'eh' ? ehWorker : mvpWorker, location.href).href;
  const download: Download = { loaded: 0, total: (flavour === 'eh' ? wasmBytes?.eh : wasmBytes?.mvp) ?? 0 };
  const listeners = new Set<(d: Download) => void>();
  performance.mark('sql-console:boot');
  const module = compile(wasmUrl, (n) => {
    download.loaded += n;
    for (const listener of listeners) listener(download);
  });
  // User Timing marks: the benchmark reads them (the engine's start runs in parallel, not in stages).
  module.then(
    () => performance.mark('sql-console:wasm-compiled'),
    () => {},
  );
  const newWorker = (): Worker => {
    const worker = new Worker(`${wrapperWorker}?engine=${encodeURIComponent(engineScript)}&wasm=${encodeURIComponent(wasmUrl)}`);
    module.then(
      (compiled) => worker.postMessage({ type: PRECOMPILED_MESSAGE, module: compiled }),
      (error: Error) => worker.postMessage({ type: PRECOMPILED_MESSAGE, error: `${error.name}: ${error.message}` }),
    );
    return worker;
  };
  let first: Worker | null = newWorker();
  const tableBytes = fetchTables(dataBase, tables);
  tableBytes.then(
    () => performance.mark('sql-console:tables-fetched'),
    () => {},
  );
  return {
    flavour,
    wasmUrl,
    module,
    tables: tableBytes,
    takeWorker() {
      const worker = first ?? newWorker();
      first = null;
      return worker;
    },
    newWorker,
    onDownload(listener) {
      listeners.add(listener);
      listener(download);
      return () => listeners.delete(listener);
    },
  };
}
