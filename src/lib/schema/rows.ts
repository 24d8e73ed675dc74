// The zod schema of a published row, derived from its table's definition in
// tables.ts: the read side checks and types rows with these (and `pick` or
// `extend` of them), never with a hand-written copy, so a renamed column or a
// new vocabulary term reaches every reader as a type error.

import { z } from 'zod';
import { TABLE_DEFINITIONS, type Column, type TableName, type TableRow } from './tables.ts';

/** An ISO day, the way the read side gets a DATE cell (see `selectList`). */
const isoDay = z.iso.date();

function cellSchema(column: Column): z.ZodType {
  const base =
    column.values !== undefined
      ? z.enum(column.values as [string, ...string[]])
      : column.type === 'VARCHAR'
        ? z.string()
        : column.type === 'DATE'
          ? isoDay
          : column.type === 'BOOLEAN'
            ? z.boolean()
            : column.type === 'BIGINT'
              ? z.number().int()
              : z.number();
  return column.nullable === false ? base : base.nullable();
}

type RowShape<N extends TableName, Row = TableRow<N>> = { [K in keyof Row]: z.ZodType<Row[K]> };

const schemas = new Map<TableName, z.ZodObject>();

/** The zod schema of a row of the named table; `z.infer` of it is `TableRow<N>`. */
export function rowSchema<N extends TableName>(name: N): z.ZodObject<RowShape<N>> {
  let schema = schemas.get(name);
  if (!schema) {
    const table = TABLE_DEFINITIONS.find((t) => t.name === name)!;
    schema = z.strictObject(Object.fromEntries(table.columns.map((c) => [c.name, cellSchema(c)])));
    schemas.set(name, schema);
  }
  return schema as unknown as z.ZodObject<RowShape<N>>;
}

/**
 * The SELECT list that reads the named columns of a table the way the row
 * schemas expect them: DATE as 'YYYY-MM-DD' text and BIGINT as a JavaScript
 * number (DuckDB's JSON rows give both as strings otherwise).
 */
export function selectList<N extends TableName>(name: N, columns: ReadonlyArray<keyof TableRow<N> & string> | 'all', alias?: string): string {
  const table = TABLE_DEFINITIONS.find((t) => t.name === name)!;
  const wanted = columns === 'all' ? table.columns.map((c) => c.name) : columns;
  const prefix = alias ? `${alias}.` : '';
  return wanted
    .map((name) => {
      const column = table.columns.find((c) => c.name === name);
      if (!column) throw new Error(`table ${table.name} has no column ${name}`);
      if (column.type === 'DATE') return `${prefix}${name}::VARCHAR AS ${name}`;
      if (column.type === 'BIGINT') return `${prefix}${name}::DOUBLE AS ${name}`;
      return `${prefix}${name}`;
    })
    .join(', ');
}

/** The separator of a list written into one cell (sources.documents_cited, checks.input_figure_ids, places.members, measures.units). */
export const LIST_SEPARATOR = ' | ';

/** The items of a list cell; an empty or null cell is an empty list. */
export const splitList = (cell: string | null): string[] => (cell ? cell.split(LIST_SEPARATOR) : []);
