// A synthetic table shaped like `figures`, made by the benchmark and never
// published: the columns a question about places, periods and measures uses
// (figures' own names and types, in its order), filled by cycling through the
// real published rows and spreading them over the 63 provinces and sixteen
// years, with a unique id and a value of its own per row. The long free-text
// columns (labels, printed text, locator, note, source title and address)
// are left out: a million copies of them would make a file of a gigabyte to
// measure a group-by. Repeated text travels dictionary-encoded, as an Arrow
// writer would send it; DuckDB stores it as VARCHAR either way.

import { readFileSync } from 'node:fs';
import {
  Bool,
  DateDay,
  Dictionary,
  Field,
  Float64,
  Int32,
  makeData,
  makeVector,
  RecordBatch,
  Schema,
  Struct,
  Table,
  tableFromIPC,
  tableToIPC,
  Utf8,
  vectorFromArray,
  type Data,
  type DataType,
} from 'apache-arrow';
import { tableByName } from '../../../../src/lib/schema/tables.ts';

/** The columns kept, in figures' order. */
export const SYNTHETIC_COLUMNS = [
  'figure_id',
  'place_id',
  'place_level',
  'place_code',
  'province_code',
  'period_kind',
  'period_start',
  'period_end',
  'period_open_at_publication',
  'measure_id',
  'measure_family',
  'subgroup',
  'basis',
  'value',
  'value_high',
  'unit',
  'qualifier',
  'source_id',
  'source_published',
] as const;

const FIRST_YEAR = 2010;
const YEARS = 16;
const DAY_MS = 86_400_000;

/** A small deterministic generator (mulberry32): the same table every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function dictionaryColumn(values: Array<string | null>): Data {
  const dictionary: string[] = [];
  const index = new Map<string, number>();
  const indices = new Int32Array(values.length);
  const nulls = new Uint8Array(Math.ceil(values.length / 8));
  let nullCount = 0;
  values.forEach((v, i) => {
    if (v === null) {
      nullCount += 1;
      return;
    }
    nulls[i >> 3] |= 1 << (i & 7);
    let at = index.get(v);
    if (at === undefined) {
      at = dictionary.push(v) - 1;
      index.set(v, at);
    }
    indices[i] = at;
  });
  const type = new Dictionary(new Utf8(), new Int32());
  return makeData({
    type,
    length: values.length,
    nullCount,
    nullBitmap: nullCount ? nulls : null,
    data: indices,
    dictionary: makeVector(vectorFromArray(dictionary, new Utf8()).data[0]),
  });
}

/** `rows` rows shaped like figures, as an Arrow IPC stream, from the published figures' Arrow stream. */
export function syntheticFigures(publishedFigures: Uint8Array, rows: number): Uint8Array {
  const source = tableFromIPC(publishedFigures);
  const template = (name: string) => {
    const column = source.getChild(name);
    if (!column) throw new Error(`the published figures have no column ${name}`);
    return Array.from({ length: source.numRows }, (_, i) => column.get(i) as unknown);
  };
  const provinces = [...new Set(template('province_code').filter((c): c is string => typeof c === 'string'))].sort();
  // 63 provinces before 2025: complete the list if the published rows do not name them all.
  for (let code = 1; provinces.length < 63 && code < 100; code++) {
    const c = String(code).padStart(2, '0');
    if (!provinces.includes(c)) provinces.push(c);
  }
  const n = source.numRows;
  const next = random(20260101);
  const pick = Array.from({ length: rows }, (_, i) => (i * 7919) % n);
  const province = Array.from({ length: rows }, () => provinces[Math.floor(next() * provinces.length)]);
  const year = Array.from({ length: rows }, () => FIRST_YEAR + Math.floor(next() * YEARS));
  const kept = new Set<string>(SYNTHETIC_COLUMNS);
  const columns = tableByName('figures').columns.filter((c) => kept.has(c.name));

  const fields: Field[] = [];
  const children: Data[] = [];
  for (const column of columns) {
    const values = template(column.name);
    let data: Data;
    switch (column.name) {
      case 'figure_id':
        data = vectorFromArray(
          Array.from({ length: rows }, (_, i) => `synthetic-${String(i).padStart(7, '0')}`),
          new Utf8(),
        ).data[0];
        break;
      case 'place_id':
        data = dictionaryColumn(province.map((p) => `province:${p}`));
        break;
      case 'place_level':
        data = dictionaryColumn(province.map(() => 'province'));
        break;
      case 'place_code':
      case 'province_code':
        data = dictionaryColumn(province);
        break;
      case 'period_kind':
        data = dictionaryColumn(province.map(() => 'year'));
        break;
      case 'period_start':
      case 'period_end': {
        const days = new Int32Array(rows);
        for (let i = 0; i < rows; i++) days[i] = Date.UTC(year[i], column.name === 'period_start' ? 0 : 11, column.name === 'period_start' ? 1 : 31) / DAY_MS;
        data = makeData({ type: new DateDay(), length: rows, nullCount: 0, data: days });
        break;
      }
      case 'value': {
        const out = new Float64Array(rows);
        for (let i = 0; i < rows; i++) out[i] = Math.round(next() * 5000);
        data = makeData({ type: new Float64(), length: rows, nullCount: 0, data: out });
        break;
      }
      default:
        if (column.type === 'VARCHAR') data = dictionaryColumn(pick.map((p) => (values[p] as string | null) ?? null));
        else
          data = vectorFromArray(
            pick.map((p) => values[p]),
            arrowType(column.type),
          ).data[0];
    }
    fields.push(new Field(column.name, data.type as DataType, true));
    children.push(data);
  }
  const schema = new Schema(fields);
  const struct = makeData({ type: new Struct(fields), length: rows, nullCount: 0, children });
  return tableToIPC(new Table(schema, [new RecordBatch(schema, struct)]), 'stream');
}

function arrowType(type: string): DataType {
  switch (type) {
    case 'DOUBLE':
      return new Float64();
    case 'BOOLEAN':
      return new Bool();
    case 'DATE':
      return new DateDay();
    default:
      throw new Error(`no synthetic values for type ${type}`);
  }
}

export function readPublishedFigures(dist: string): Uint8Array {
  return readFileSync(`${dist}/data/arrow/figures.arrows`);
}
