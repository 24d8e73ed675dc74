// The published tables: their names, columns, types and descriptions. This is
// the one definition the build writes from, datapackage.json is generated from,
// the pipeline's row types are derived from (`TableRow<'figures'>`), and the
// site and the SQL console describe the data with. Every table and every column
// is described in English (`description`, the Frictionless field) and in
// Vietnamese (`description_vi`), the site's default language: a column without
// its Vietnamese description is a type error.
//
// Each table is declared in its own module under tables/; this module lists
// them in the order the site shows them and derives their names and row types.

import type { RowOf, TableDefinition } from './table-types.ts';
import { figuresTable } from './tables/figures.ts';
import { sourcesTable } from './tables/sources.ts';
import { placesTable } from './tables/places.ts';
import { measuresTable } from './tables/measures.ts';
import { attainmentTable } from './tables/attainment.ts';
import { checksTable } from './tables/checks.ts';

export { descriptionIn, titleIn, type Column, type ColumnType, type ForeignKey, type RowOf, type TableDefinition } from './table-types.ts';

export const TABLE_DEFINITIONS = [figuresTable, sourcesTable, placesTable, measuresTable, attainmentTable, checksTable] as const;
/** Every published table, in the order the site lists them. */
export const TABLES: TableDefinition[] = [...TABLE_DEFINITIONS];

export type TableName = (typeof TABLE_DEFINITIONS)[number]['name'];

/** The row type of a published table, e.g. `TableRow<'figures'>`. */
export type TableRow<N extends TableName> = RowOf<Extract<(typeof TABLE_DEFINITIONS)[number], { name: N }>>;

export const tableByName = (name: string): TableDefinition => {
  const table = TABLES.find((t) => t.name === name);
  if (!table) throw new Error(`no published table named ${name}`);
  return table;
};

export type Row = Record<string, string | number | boolean | null>;
