// DuckDB-WASM in the reader's browser, started only when the console needs
// it. Its bundles are served by this site (Vite copies them into _astro/);
// the published tables arrive as Arrow IPC streams written by the data build,
// because DuckDB-WASM 1.32 reads Parquet only through an extension it would
// fetch from a third party. Once the tables are in, the engine is locked down
// so that no SQL, from a link or typed, can reach the network, files,
// extensions or its own settings.

import { AsyncDuckDB, VoidLogger, type AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { tableFromIPC, type Table } from 'apache-arrow';
import type { EngineBoot } from './engine-boot.ts';

/** Run after the tables are registered; each one closes a door, the last locks them all. */
export const LOCKDOWN = [
  // No file or URL is needed after the tables are in memory.
  'SET allowed_paths = []',
  'SET enable_external_access = false',
  'SET autoinstall_known_extensions = false',
  'SET autoload_known_extensions = false',
  'SET allow_community_extensions = false',
  'SET lock_configuration = true',
] as const;

/**
 * See ConsoleEngine.warmUp: queries that touch the common operators once, over the first rows of
 * the published tables only (the CTEs shadow them), so the warm-up costs the same however large
 * the tables grow.
 */
const FEW = `WITH figures AS (SELECT * FROM main.figures LIMIT 200), places AS (SELECT * FROM main.places LIMIT 200),
  sources AS (SELECT * FROM main.sources LIMIT 200)`;
export const WARM_UP: readonly string[] = [
  `${FEW} SELECT place_name_vi, place_name_en, year(period_end) AS year, measure_id, unit, value FROM figures
   WHERE measure_family = 'intake' AND basis = 'actual' ORDER BY place_name_en, year NULLS LAST, unit, measure_id, figure_id`,
  `${FEW} SELECT p.code, p.name_vi, count(*) AS n, count(DISTINCT f.source_id) AS sources,
          array_to_string(list_sort(list_distinct(list(f.measure_family))), ', ') AS families,
          string_agg(DISTINCT f.place_name_en, ', ' ORDER BY f.place_name_en) AS places, min(f.period_end), max(f.period_end)
   FROM figures f JOIN places p ON p.place_id = 'province:' || f.province_code GROUP BY p.code, p.name_vi ORDER BY n DESC, p.code`,
  `${FEW}, a AS (SELECT f.*, CASE WHEN f.place_level = 'province_2025' THEN f.place_code ELSE o.province_2025_code END AS p25
              FROM figures f LEFT JOIN places o ON o.place_id = 'province:' || f.province_code)
   SELECT p25, count(*) AS n, round(avg(value), 1) AS mean, coalesce(max(value), 0) AS top FROM a GROUP BY p25 ORDER BY p25 NULLS LAST`,
  `${FEW} SELECT p.name_en, f.measure_id, round(f.value / p.population_2019 * 100000, 1) AS rate,
          row_number() OVER (PARTITION BY f.measure_id ORDER BY f.value DESC) AS rank
   FROM figures f JOIN places p ON p.place_id = f.place_id WHERE p.level = 'province' AND p.population_2019 IS NOT NULL ORDER BY rate DESC NULLS LAST`,
  `${FEW} SELECT year(published) AS year, count(*) AS documents FROM sources GROUP BY year(published) ORDER BY year NULLS LAST`,
];

export type StartStage = { stage: 'engine'; loaded: number; total: number } | { stage: 'tables' } | { stage: 'lockdown' };

export class EngineStartTimeout extends Error {
  constructor(seconds: number) {
    super(`The SQL engine did not start within ${seconds} s.`);
    this.name = 'EngineStartTimeout';
  }
}

export class QueryCancelled extends Error {
  constructor() {
    super('Query cancelled.');
    this.name = 'QueryCancelled';
  }
}

export interface QueryResult {
  table: Table;
  /** True when the result had more rows than kept; table holds the first maxRows. */
  truncated: boolean;
  elapsedMs: number;
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}

export interface StartOptions {
  /** The engine's start begun by the page (engine-boot.ts): its worker, compiled module and tables. */
  boot: EngineBoot;
  onProgress?: (stage: StartStage) => void;
  /** Longest wait without progress while the engine starts. */
  stallSeconds?: number;
}

export class ConsoleEngine {
  private readonly db: AsyncDuckDB;
  private readonly connection: AsyncDuckDBConnection;
  private readonly worker: Worker;

  private constructor(db: AsyncDuckDB, connection: AsyncDuckDBConnection, worker: Worker) {
    this.db = db;
    this.connection = connection;
    this.worker = worker;
  }

  static async start({ boot, onProgress, stallSeconds = 20 }: StartOptions): Promise<ConsoleEngine> {
    performance.mark('sql-console:engine-script');
    const worker = boot.takeWorker();
    const db = new AsyncDuckDB(new VoidLogger(), worker);
    // Without 'wasm-unsafe-eval' the page cannot compile the engine (EngineBlocked, at once); should
    // anything else hang, give up after a stretch with no progress at all.
    let timer: ReturnType<typeof setTimeout> | undefined;
    let rejectStall: (e: Error) => void = () => {};
    const stall = new Promise<never>((_, reject) => {
      rejectStall = reject;
    });
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => rejectStall(new EngineStartTimeout(stallSeconds)), stallSeconds * 1000);
    };
    const stopListening = boot.onDownload(({ loaded, total }) => {
      arm();
      onProgress?.({ stage: 'engine', loaded: total ? Math.min(loaded, total) : loaded, total });
    });
    try {
      arm();
      // DuckDB's worker instantiates the module compiled by the page (engine-worker.ts).
      // A compile failure on the page ends the start at once.
      await Promise.race([Promise.all([db.instantiate(boot.wasmUrl), boot.module]), stall]);
      stopListening();
      performance.mark('sql-console:instantiated');
      arm();
      await Promise.race([db.open({ query: { castBigIntToDouble: false, castDecimalToDouble: true, castTimestampToDate: false } }), stall]);
      const connection = await Promise.race([db.connect(), stall]);
      performance.mark('sql-console:opened');
      onProgress?.({ stage: 'tables' });
      for (const [name, bytes] of await Promise.race([boot.tables, stall])) {
        arm();
        // The worker takes ownership of the buffer it is given: hand it a copy.
        await Promise.race([connection.insertArrowFromIPCStream(bytes.slice(), { name, create: true }), stall]);
      }
      onProgress?.({ stage: 'lockdown' });
      // One request for all of them, in order (the last locks the others).
      await Promise.race([connection.query(LOCKDOWN.join(';\n')), stall]);
      const engine = new ConsoleEngine(db, connection, worker);
      await engine.verifyLockdown();
      return engine;
    } catch (error) {
      worker.terminate();
      throw error;
    } finally {
      stopListening();
      clearTimeout(timer);
    }
  }

  /** Refuses to serve queries unless every setting of the lockdown holds. */
  private async verifyLockdown(): Promise<void> {
    const { table } = await this.run(
      `SELECT current_setting('enable_external_access')::VARCHAR AS a, current_setting('lock_configuration')::VARCHAR AS b,
              current_setting('autoload_known_extensions')::VARCHAR AS c, current_setting('autoinstall_known_extensions')::VARCHAR AS d`,
      1,
    );
    const row = table.get(0)?.toJSON() ?? {};
    if (row.a !== 'false' || row.b !== 'true' || row.c !== 'false' || row.d !== 'false') {
      throw new Error(`the engine's lockdown did not take effect (${JSON.stringify(row)})`);
    }
  }

  /**
   * Runs SQL and keeps at most maxRows rows of its result: the result is
   * streamed from the worker and reading stops once there are enough.
   */
  async run(sql: string, maxRows: number): Promise<QueryResult> {
    const started = performance.now();
    const conn = this.connection.useUnsafe((_, id) => id);
    let header = await this.db.startPendingQuery(conn, sql, true);
    while (header === null) header = await this.db.pollPendingQuery(conn);
    const chunks = [header];
    let rows = 0;
    let truncated = false;
    for (;;) {
      const chunk = await this.db.fetchQueryResults(conn);
      if (chunk === null) continue;
      if (chunk.length === 0) break;
      chunks.push(chunk);
      rows += tableFromIPC(concat([header, chunk])).numRows;
      if (rows > maxRows) {
        truncated = true;
        break;
      }
    }
    if (truncated) await this.db.cancelPendingQuery(conn).catch(() => false);
    const whole = tableFromIPC(concat(chunks));
    const table = truncated ? whole.slice(0, maxRows) : whole;
    return { table, truncated, elapsedMs: performance.now() - started };
  }

  /**
   * The engine's WebAssembly is compiled function by function on first use (V8's lazy compilation):
   * the first query that needs a join, a DISTINCT aggregate or a list function pays for compiling
   * it (published-by-province: ~750 ms the first time, ~85 ms the second, on a busy machine). Run
   * once when the console is idle, these queries over the published tables touch the common
   * operators (filters, sorts, joins on columns and on expressions, grouped and DISTINCT
   * aggregates, list and string functions, CASE, windows, dates), so a reader's first queries find
   * them compiled. They run one at a time on a connection of their own: a reader's query waits
   * at most for the one in progress. Failures are ignored (a column renamed by a later data format).
   */
  async warmUp(statements: readonly string[] = WARM_UP): Promise<void> {
    const connection = await this.db.connect();
    try {
      for (const sql of statements) {
        if (this.stopped) return;
        await connection.query(sql).catch(() => {});
        // Between two of them, let the page and the reader's queries through.
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    } finally {
      await connection.close().catch(() => {});
    }
  }

  private stopped = false;

  /** Stops the worker at once, whatever it is doing. The engine cannot be used afterwards. */
  terminate(): void {
    this.stopped = true;
    this.worker.terminate();
    void this.db.terminate();
  }
}
