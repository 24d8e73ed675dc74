// What kind of mistake a DuckDB error message is, so that the console can
// explain it in the reader's language beside DuckDB's own English message:
// an unknown column, table or function, a syntax error, a type that does not
// fit, an ambiguous column, a column missing from GROUP BY. Refusals by the
// lockdown are told apart first (refusal.ts).

export type ErrorKind = 'column' | 'table' | 'function' | 'syntax' | 'type' | 'ambiguous' | 'group';

const RULES: Array<[ErrorKind, RegExp]> = [
  ['ambiguous', /ambiguous reference to column/iu],
  ['group', /must appear in the GROUP BY clause or must be part of an aggregate function/iu],
  ['column', /Referenced column .* not found|Column .* does not exist|Values list .* does not have a column/iu],
  ['table', /Table with name .* does not exist|Referenced table .* not found/iu],
  ['function', /(Scalar|Aggregate|Table) Function with name .* does not exist|No function matches the given name and argument types/iu],
  [
    'type',
    /Conversion Error|Could not convert|Cannot compare values of type|Cannot mix values of type|Mismatch Type Error|Could not choose a best candidate function/iu,
  ],
  ['syntax', /Parser Error|syntax error/iu],
];

export function errorKind(message: string): ErrorKind | null {
  for (const [kind, pattern] of RULES) if (pattern.test(message)) return kind;
  return null;
}

/**
 * DuckDB's message as a reader reads it. DuckDB-WASM reports some errors
 * (the parser's) as JSON: {"exception_type":"Parser","exception_message":"syntax error at or near \"SELEC\"", …};
 * they become "Parser Error: syntax error at or near "SELEC"", the way DuckDB prints them elsewhere.
 */
export function readableError(message: string): string {
  const text = message.trim();
  if (!text.startsWith('{')) return message;
  try {
    const parsed = JSON.parse(text) as { exception_type?: unknown; exception_message?: unknown };
    if (typeof parsed.exception_message !== 'string') return message;
    const type = typeof parsed.exception_type === 'string' ? parsed.exception_type : '';
    return type ? `${type} Error: ${parsed.exception_message}` : parsed.exception_message;
  } catch {
    return message;
  }
}
