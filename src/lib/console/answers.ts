// The example queries' answers, computed when the site is built (answers-build.ts,
// with @duckdb/node-api over the published Parquet files) and shipped inside
// the console page as JSON, so that an example shows its answer the moment it
// is opened, labelled as precomputed, while the 34 MB engine loads. The cells
// are those the live engine's result gives (result.ts): BIGINT as digits,
// dates as YYYY-MM-DD, decimals as numbers.

import type { Cell, ResultColumn } from './result.ts';

export interface PrecomputedAnswer {
  columns: ResultColumn[];
  rows: Cell[][];
}

export interface PrecomputedAnswers {
  /** When the answers were computed (the site's build), ISO 8601. */
  computedAt: string;
  /** "DuckDB v1.5.…": the engine that computed them. */
  engine: string;
  /** By example id. */
  answers: Record<string, PrecomputedAnswer>;
}

/** The id of the script element that carries the answers in the console page. */
export const ANSWERS_ELEMENT_ID = 'sql-answers';

/** Reads the answers the page carries; null when it carries none or they cannot be read. */
export function readPrecomputedAnswers(doc: Document): PrecomputedAnswers | null {
  const text = doc.getElementById(ANSWERS_ELEMENT_ID)?.textContent;
  if (!text) return null;
  try {
    const parsed = JSON.parse(text) as PrecomputedAnswers;
    return parsed && typeof parsed.answers === 'object' ? parsed : null;
  } catch {
    return null;
  }
}

/** JSON safe inside a <script> element: no "</script", no "<!--". */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replaceAll('<', '\\u003c').replaceAll('\u2028', '\\u2028').replaceAll('\u2029', '\\u2029');
}
