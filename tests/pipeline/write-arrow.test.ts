// The Arrow files the console loads hold exactly the rows and types of the
// published Parquet files, column for column, in the same order.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { tableFromIPC, Type } from 'apache-arrow';
import { beforeAll, describe, expect, it } from 'vitest';
import { arrowPath } from '../../scripts/pipeline/write-arrow.ts';
import { describeColumns, resultRows } from '../../src/lib/console/result.ts';
import { TABLES, type ColumnType } from '../../src/lib/schema/tables.ts';
import { buildRealData, query } from '../helpers/build.ts';

const ARROW_TYPE_ID: Record<ColumnType, Type> = {
  VARCHAR: Type.Utf8,
  DOUBLE: Type.Float,
  BIGINT: Type.Int,
  DATE: Type.Date,
  BOOLEAN: Type.Bool,
};

let out: string;
beforeAll(() => {
  out = buildRealData();
});

describe('Arrow files for the console', () => {
  for (const table of TABLES) {
    it(`${table.name}: same columns, types and rows as the Parquet file`, async () => {
      const arrow = tableFromIPC(readFileSync(path.join(out, arrowPath(table.name))));
      expect(arrow.schema.fields.map((f) => f.name)).toEqual(table.columns.map((c) => c.name));
      arrow.schema.fields.forEach((field, i) => {
        const column = table.columns[i];
        expect(field.type.typeId, column.name).toBe(ARROW_TYPE_ID[column.type]);
        if (column.type === 'BIGINT') expect(String(field.type), column.name).toBe('Int64');
        if (column.type === 'DOUBLE') expect(String(field.type), column.name).toBe('Float64');
        if (column.type === 'DATE') expect(String(field.type), column.name).toBe('Date32<DAY>');
        expect(field.nullable, column.name).toBe(column.nullable !== false);
      });
      const parquet = await query<Record<string, string | number | boolean | null>>(`SELECT * FROM read_parquet('${path.join(out, `${table.name}.parquet`)}')`);
      const columns = describeColumns(arrow);
      const rows = resultRows(arrow, columns, 0, arrow.numRows).map((cells) => Object.fromEntries(columns.map((c, i) => [c.name, cells[i]])));
      expect(rows).toEqual(parquet);
    });
  }
});
