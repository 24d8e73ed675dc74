// DuckDB's messages, as DuckDB 1.x writes them, sorted into the kinds the
// console explains in the reader's language.

import { describe, expect, it } from 'vitest';
import { errorKind, readableError } from '../../../src/lib/console/error-kind.ts';
import { t } from '../../../src/lib/console/text.ts';

const MESSAGES: Array<[string, ReturnType<typeof errorKind>]> = [
  ['Binder Error: Referenced column "no_such" not found in FROM clause!', 'column'],
  ['Binder Error: Column "value" does not exist on right side of join!', 'column'],
  ['Catalog Error: Table with name nothing does not exist!\nDid you mean "figures"?', 'table'],
  ['Binder Error: Referenced table "x" not found!', 'table'],
  ['Parser Error: syntax error at or near "SELEC"', 'syntax'],
  ['Parser Error: syntax error at end of input', 'syntax'],
  ["Conversion Error: Could not convert string 'abc' to INT32", 'type'],
  ['Binder Error: Cannot compare values of type DATE and type INTEGER_LITERAL - an explicit cast is required', 'type'],
  ['Binder Error: Could not choose a best candidate function for the function call "+(STRING_LITERAL, INTEGER_LITERAL)".', 'type'],
  ['Catalog Error: Scalar Function with name foo does not exist!', 'function'],
  ["Binder Error: No function matches the given name and argument types 'sum(VARCHAR)'.", 'function'],
  ['Binder Error: Ambiguous reference to column name "place_id" (use: "figures.place_id" or "places.place_id")', 'ambiguous'],
  ['Binder Error: column "place_id" must appear in the GROUP BY clause or must be part of an aggregate function.', 'group'],
  ['Out of Memory Error: failed to allocate', null],
];

describe('explaining DuckDB errors', () => {
  it('tells the common kinds apart', () => {
    for (const [message, kind] of MESSAGES) expect(errorKind(message), message).toBe(kind);
  });

  it('explains each kind in Vietnamese and English', () => {
    for (const kind of new Set(MESSAGES.map(([, k]) => k).filter((k) => k !== null))) {
      const vi = t('vi', `sql.error.kind.${kind!}`);
      expect(vi).toMatch(/[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/iu);
      expect(t('en', `sql.error.kind.${kind!}`)).not.toBe(vi);
    }
  });

  it('reads the JSON form DuckDB-WASM gives some errors in', () => {
    const json = '{"exception_type":"Parser","exception_message":"syntax error at or near \\"SELEC\\"","position":"0","error_subtype":"SYNTAX_ERROR"}';
    expect(readableError(json)).toBe('Parser Error: syntax error at or near "SELEC"');
    expect(errorKind(readableError(json))).toBe('syntax');
    expect(readableError('Binder Error: x')).toBe('Binder Error: x');
    expect(readableError('{not json')).toBe('{not json');
  });
});
