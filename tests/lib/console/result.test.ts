import { tableFromIPC, tableToIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { describeColumns, resultRows, tableFromCells, toArrowFile, toCell, toCsv } from '../../../src/lib/console/result.ts';
import { arrowTable } from '../../../scripts/pipeline/write-arrow.ts';
import type { TableDefinition } from '../../../src/lib/schema/tables.ts';

const definition: TableDefinition = {
  name: 'sample',
  title: 'Sample',
  title_vi: 'Bảng mẫu',
  description: 'A sample table.',
  description_vi: 'Một bảng mẫu.',
  primaryKey: ['id'],
  derived: false,
  columns: [
    { name: 'id', type: 'VARCHAR', nullable: false, description: 'Id.', description_vi: 'Mã.' },
    { name: 'n', type: 'BIGINT', description: 'Count.', description_vi: 'Số đếm.' },
    { name: 'x', type: 'DOUBLE', description: 'Value.', description_vi: 'Giá trị.' },
    { name: 'day', type: 'DATE', description: 'Day.', description_vi: 'Ngày.' },
    { name: 'flag', type: 'BOOLEAN', description: 'Flag.', description_vi: 'Cờ.' },
  ],
};
const table = arrowTable(definition, [
  { id: 'b, "quoted"', n: 9007199254740991, x: 0.1, day: '2020-02-29', flag: true },
  { id: 'a', n: null, x: null, day: null, flag: null },
]);

describe('query results', () => {
  it('describes columns by kind', () => {
    expect(describeColumns(table).map((c) => [c.name, c.kind])).toEqual([
      ['id', 'string'],
      ['n', 'integer'],
      ['x', 'number'],
      ['day', 'date'],
      ['flag', 'boolean'],
    ]);
  });

  it('reads cells the way DuckDB writes JSON: BIGINT as exact digits, DATE as YYYY-MM-DD', () => {
    expect(resultRows(table, describeColumns(table), 0, 10)).toEqual([
      ['a', null, null, null, null],
      ['b, "quoted"', '9007199254740991', 0.1, '2020-02-29', true],
    ]);
    expect(resultRows(table, describeColumns(table), 1, 2)).toHaveLength(1);
    expect(toCell('timestamp', Date.UTC(2021, 0, 2, 3, 4, 5))).toBe('2021-01-02 03:04:05');
    expect(toCell('other', { a: 1n })).toBe('{"a":"1"}');
  });

  it('writes RFC 4180 CSV with empty fields for null', () => {
    expect(toCsv(table)).toBe('id,n,x,day,flag\r\na,,,,\r\n"b, ""quoted""",9007199254740991,0.1,2020-02-29,true\r\n');
  });

  it('writes an Arrow file that reads back to the same rows', () => {
    const back = tableFromIPC(toArrowFile(table));
    expect(resultRows(back, describeColumns(back), 0, 10)).toEqual(resultRows(table, describeColumns(table), 0, 10));
    expect(tableFromIPC(tableToIPC(table, 'stream')).numRows).toBe(2);
  });

  it('turns cells back into a table of the same types and values (a precomputed answer downloaded as Arrow)', () => {
    const columns = describeColumns(table);
    const rows = resultRows(table, columns, 0, table.numRows);
    const rebuilt = tableFromIPC(toArrowFile(tableFromCells(columns, rows)));
    expect(describeColumns(rebuilt)).toEqual(columns);
    expect(resultRows(rebuilt, columns, 0, rebuilt.numRows)).toEqual(rows);
    const more = [
      { name: 'i', kind: 'integer', type: 'Int32' },
      { name: 's', kind: 'string', type: 'Utf8' },
    ] as const;
    const cells = [
      [7, 'ắ'],
      [null, null],
      [-1, ''],
    ];
    const back = tableFromCells([...more], cells);
    expect(resultRows(back, describeColumns(back), 0, 3)).toEqual(cells);
  });
});
