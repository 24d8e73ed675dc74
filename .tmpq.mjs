import { DuckDBInstance } from '@duckdb/node-api';
const i = await DuckDBInstance.create(':memory:'); const c = await i.connect();
const sql = process.argv[2];
const r = await c.runAndReadAll(sql.replaceAll('FIG', "read_parquet('public/data/figures.parquet')").replaceAll('SRC', "read_parquet('public/data/sources.parquet')").replaceAll('PLC', "read_parquet('public/data/places.parquet')").replaceAll('CHK', "read_parquet('public/data/checks.parquet')").replaceAll('MEA', "read_parquet('public/data/measures.parquet')"));
console.table(r.getRowObjectsJson());
