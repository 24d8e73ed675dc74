// The shape of a published table's definition (src/lib/schema/tables/), and
// the row type derived from it: a column is declared once, with its type,
// nullability and closed vocabulary, and TypeScript reads the row from it.

import type { Locale } from '../../i18n/ui.ts';

export type ColumnType = 'VARCHAR' | 'DOUBLE' | 'BIGINT' | 'DATE' | 'BOOLEAN';

export interface Column {
  name: string;
  type: ColumnType;
  /** What the column holds, in English. */
  description: string;
  /** What the column holds, in Vietnamese. */
  description_vi: string;
  /** False when every row has a value. */
  nullable?: boolean;
  /** The closed vocabulary a VARCHAR column's values come from; the build refuses any other value. */
  values?: readonly string[];
}

export interface ForeignKey {
  field: string;
  /** The table pointed at, and its key column. */
  table: string;
  key: string;
}

export interface TableDefinition {
  name: string;
  /** Title in English. */
  title: string;
  /** Title in Vietnamese. */
  title_vi: string;
  /** What a row is, in English. */
  description: string;
  /** What a row is, in Vietnamese. */
  description_vi: string;
  /** Columns that identify a row. */
  primaryKey: readonly string[];
  /** Columns that point at another table's key (written to datapackage.json as Frictionless foreign keys). */
  foreignKeys?: readonly ForeignKey[];
  /** True when every value in the table is computed by the build, not printed by a source. */
  derived: boolean;
  columns: readonly Column[];
}

/** The TypeScript type of one cell: from the column's vocabulary if it has one, else from its SQL type. */
interface CellTypes {
  VARCHAR: string;
  DOUBLE: number;
  BIGINT: number;
  DATE: string;
  BOOLEAN: boolean;
}
type ValueOf<C extends Column> = C extends { values: readonly (infer V)[] } ? V : CellTypes[C['type']];
type CellOf<C extends Column> = C extends { nullable: false } ? ValueOf<C> : ValueOf<C> | null;

/** A row of a table, derived from its column definitions: a column is written once, here. */
export type RowOf<T extends { columns: readonly Column[] }> = { [C in T['columns'][number] as C['name']]: CellOf<C> };

/** Anything described in both languages: a table, a column, a datapackage resource or field. */
interface Described {
  description: string;
  description_vi: string;
}

/** The title of a table (or datapackage resource) in the given language. */
export const titleIn = (item: { title: string; title_vi: string }, locale: Locale): string => (locale === 'vi' ? item.title_vi : item.title);

/** The description of a table or a column (or datapackage resource or field) in the given language. */
export const descriptionIn = (item: Described, locale: Locale): string => (locale === 'vi' ? item.description_vi : item.description);
