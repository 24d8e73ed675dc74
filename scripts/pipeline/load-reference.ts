// Loads data/reference/: administrative units (from the CSVs copied from
// shared/geo), ward groups, facilities and the measure vocabulary, and turns
// them into the rows of the places and measures tables.

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { csvParse } from 'd3';
import type { z } from 'zod';
import { FacilitiesFile, MeasuresFile, SubgroupsFile, WardGroupsFile, type Measure, type Subgroup } from '../../src/lib/schema/reference.ts';
import { untranslated } from '../../src/lib/schema/source.ts';
import type { TableRow } from '../../src/lib/schema/tables.ts';
import { type BuildIssue, BuildFailed } from './build-issue.ts';
import { readYaml } from './read-yaml.ts';

/** A row of the published places table, as its definition in src/lib/schema/tables.ts gives it. */
export type PlaceRow = TableRow<'places'>;

export interface Reference {
  places: Map<string, PlaceRow>;
  measures: Map<string, Measure>;
  /** Retired measure ids and what to record instead. */
  retiredMeasures: Map<string, string>;
  /** The parts of a population a figure may count, with their labels. */
  subgroups: Map<string, Subgroup>;
}

async function readCsv(dir: string, name: string): Promise<Record<string, string>[]> {
  return csvParse(await readFile(path.join(dir, name), 'utf8'));
}

/** Every CSV in a folder such as data/reference/districts/, each row tagged with its file. */
async function readCsvFolder(dir: string, folder: string): Promise<Array<Record<string, string> & { _file: string }>> {
  const names = (await readdir(path.join(dir, folder))).filter((n) => n.endsWith('.csv')).sort();
  const rows = await Promise.all(
    names.map(async (n) => (await readCsv(dir, path.join(folder, n))).map((r) => ({ ...r, _file: `data/reference/${folder}/${n}` }))),
  );
  return rows.flat();
}

async function readYamlFolder<T extends z.ZodType>(dir: string, folder: string, schema: T): Promise<Array<z.infer<T>>> {
  const names = (await readdir(path.join(dir, folder))).filter((n) => /\.ya?ml$/u.test(n)).sort();
  return Promise.all(names.map((n) => readValidated(dir, path.join(folder, n), schema)));
}

async function readValidated<T extends z.ZodType>(dir: string, name: string, schema: T): Promise<z.infer<T>> {
  const file = path.join(dir, name);
  const yaml = await readYaml(file, path.join('data/reference', name));
  if (!('data' in yaml)) throw new BuildFailed([yaml]);
  const parsed = schema.safeParse(yaml.data);
  if (parsed.success) return parsed.data;
  const issues: BuildIssue[] = parsed.error.issues.map((i) => ({
    file: yaml.file,
    line: yaml.lineOf(i.path),
    field: i.path.join('.'),
    message: i.message,
  }));
  throw new BuildFailed(issues);
}

const place = (p: Partial<PlaceRow> & Pick<PlaceRow, 'place_id' | 'level' | 'name_vi' | 'name_en'>): PlaceRow => ({
  code: null,
  parent_id: null,
  host_place_id: null,
  province_code: null,
  province_2025_code: null,
  region6_en: null,
  region6_vi: null,
  population_2019: null,
  valid_from: null,
  valid_to: null,
  members: null,
  note_en: null,
  note_vi: null,
  ...p,
});

export async function loadReference(dir: string): Promise<Reference> {
  const places = new Map<string, PlaceRow>();
  const add = (row: PlaceRow) => {
    if (places.has(row.place_id)) {
      throw new BuildFailed([{ file: 'data/reference/', field: row.place_id, message: 'this place is defined twice in the reference data' }]);
    }
    places.set(row.place_id, row);
  };

  const [provinces63, provinces34, districts, wards] = await Promise.all([
    readCsv(dir, 'provinces_63.csv'),
    readCsv(dir, 'provinces_34.csv'),
    readCsvFolder(dir, 'districts'),
    readCsvFolder(dir, 'wards'),
  ]);
  const requireColumns = (rows: Array<Record<string, string> & { _file: string }>, columns: string[]) => {
    for (const [i, row] of rows.entries()) {
      for (const c of columns) {
        if (!row[c]) throw new BuildFailed([{ file: row._file, field: c, message: `row ${i + 2} has no ${c}` }]);
      }
    }
  };
  requireColumns(districts, ['ma_tinh', 'ma_huyen', 'ten_day_du', 'full_name_en']);
  // A place's note shows on its page in each language: both or neither.
  const twin = (file: string, field: string, item: Record<string, unknown>, names: Array<[string, string, string]>) => {
    for (const [name, en, vi] of names) {
      if (Boolean(item[en]) !== Boolean(item[vi]))
        throw new BuildFailed([{ file, field: `${field}.${item[en] ? vi : en}`, message: `${name} is given in one language only: write ${en} and ${vi}` }]);
    }
  };
  for (const d of districts) twin(d._file, d.ma_huyen, d, [['the code source', 'code_source', 'code_source_vi']]);
  for (const w of wards) twin(w._file, w.ma_xa, w, [['the 2025 note', 'note_2025_01', 'note_2025_01_vi']]);
  requireColumns(wards, ['ma_tinh', 'ma_xa', 'ten_day_du', 'name_en']);

  const nationalPopulation = provinces63.reduce((sum, p) => sum + Number(p.pop_2019_census), 0);
  add(
    place({
      place_id: 'country:VN',
      level: 'country',
      name_vi: 'Việt Nam',
      name_en: 'Viet Nam',
      population_2019: nationalPopulation,
      note_en: 'National figures.',
      note_vi: 'Số liệu toàn quốc.',
    }),
  );

  for (const p of provinces63) {
    add(
      place({
        place_id: `province:${p.ma_tinh}`,
        level: 'province',
        code: p.ma_tinh,
        name_vi: p.ten,
        name_en: p.name_en,
        parent_id: 'country:VN',
        province_code: p.ma_tinh,
        province_2025_code: p.ma_tinh_2025,
        region6_en: p.region6_en,
        region6_vi: p.region6_vi,
        population_2019: Number(p.pop_2019_census),
        valid_to: '2025-06-30',
        note_en: p.aliases_vi ? `Also written: ${p.aliases_vi}` : null,
        note_vi: p.aliases_vi ? `Còn được viết: ${p.aliases_vi}` : null,
      }),
    );
  }

  for (const p of provinces34) {
    add(
      place({
        place_id: `province2025:${p.ma_tinh_2025}`,
        level: 'province_2025',
        code: p.ma_tinh_2025,
        name_vi: p.ten,
        name_en: p.name_en,
        parent_id: 'country:VN',
        province_2025_code: p.ma_tinh_2025,
        population_2019: Number(p.pop_2019_census_sum),
        valid_from: '2025-07-01',
        note_en: `Formed from: ${p.merged_from_names.split(';').join(', ')}. Population is the sum of the 2019 census figures of those provinces.`,
        note_vi: `Hợp nhất từ: ${p.merged_from_names.split(';').join(', ')}. Dân số là tổng dân số của các tỉnh này theo Tổng điều tra năm 2019.`,
      }),
    );
  }

  const provinceOf = (code: string) => places.get(`province:${code}`)!;
  for (const d of districts) {
    const province = provinceOf(d.ma_tinh);
    if (!province) throw new BuildFailed([{ file: d._file, field: 'ma_tinh', message: `unknown province code ${d.ma_tinh}` }]);
    if (places.has(`district:${d.ma_huyen}`)) throw new BuildFailed([{ file: d._file, field: 'ma_huyen', message: `district ${d.ma_huyen} is defined twice` }]);
    add(
      place({
        place_id: `district:${d.ma_huyen}`,
        level: 'district',
        code: d.ma_huyen,
        name_vi: d.ten_day_du,
        name_en: d.full_name_en,
        parent_id: province.place_id,
        province_code: d.ma_tinh,
        province_2025_code: province.province_2025_code,
        valid_to: '2025-06-30',
        note_en: d.code_source ? `Code: ${d.code_source}` : null,
        note_vi: d.code_source_vi ? `Mã: ${d.code_source_vi}` : null,
      }),
    );
  }

  for (const w of wards) {
    const province = provinceOf(w.ma_tinh);
    // The file lists 2019–2024 units and three re-formed on 2025-01-01 under reused codes; the
    // first row for a code is the 2019–2024 unit, which is what sources before 2025 name.
    const id = `ward:${w.ma_xa}`;
    if (places.has(id)) continue;
    add(
      place({
        place_id: id,
        level: 'ward',
        code: w.ma_xa,
        name_vi: w.ten_day_du,
        name_en: w.name_en,
        parent_id: null,
        province_code: w.ma_tinh,
        province_2025_code: province.province_2025_code,
        valid_to: w.valid_to || null,
        note_en: [w.ten_huyen, w.note_2025_01].filter(Boolean).join('. ') || null,
        note_vi: [w.ten_huyen, w.note_2025_01_vi].filter(Boolean).join('. ') || null,
      }),
    );
  }

  const { ward_groups } = await readValidated(dir, 'ward_groups.yaml', WardGroupsFile);
  for (const g of ward_groups) {
    for (const missing of untranslated(g, ['note']))
      throw new BuildFailed([
        { file: 'data/reference/ward_groups.yaml', field: `${g.id}.${missing}`, message: 'is missing: a note is written in Vietnamese and English' },
      ]);
    const province = provinceOf(g.province);
    for (const m of g.members) {
      if (!places.has(m)) throw new BuildFailed([{ file: 'data/reference/ward_groups.yaml', field: `${g.id}.members`, message: `unknown ward ${m}` }]);
    }
    add(
      place({
        place_id: `group:${g.id}`,
        level: 'ward_group',
        name_vi: g.name_vi,
        name_en: g.name_en,
        parent_id: province.place_id,
        province_code: g.province,
        province_2025_code: province.province_2025_code,
        valid_from: g.valid_from ?? null,
        valid_to: g.valid_to ?? null,
        members: g.members.join(' | '),
        note_en: g.note_en ?? null,
        note_vi: g.note_vi ?? null,
      }),
    );
  }

  const facilities = (await readYamlFolder(dir, 'facilities', FacilitiesFile)).flatMap((f) => f.facilities);
  for (const f of facilities) {
    for (const missing of untranslated(f, ['note']))
      throw new BuildFailed([
        { file: 'data/reference/facilities/', field: `${f.id}.${missing}`, message: 'is missing: a note is written in Vietnamese and English' },
      ]);
    for (const [field, code] of [
      ['operator_province', f.operator_province],
      ['host_province', f.host_province],
    ] as const) {
      if (!places.has(`province:${code}`)) {
        throw new BuildFailed([{ file: 'data/reference/facilities/', field: `${f.id}.${field}`, message: `unknown province code ${code}` }]);
      }
    }
    const operator = provinceOf(f.operator_province);
    add(
      place({
        place_id: `facility:${f.id}`,
        level: 'facility',
        name_vi: f.name_vi,
        name_en: f.name_en,
        parent_id: operator.place_id,
        host_place_id: `province:${f.host_province}`,
        province_code: f.operator_province,
        province_2025_code: operator.province_2025_code,
        note_en: f.note_en ?? null,
        note_vi: f.note_vi ?? null,
      }),
    );
  }

  const measureFiles = await readYamlFolder(dir, 'measures', MeasuresFile);
  const measureList = measureFiles.flatMap((f) => f.measures);
  const retiredMeasures = new Map(measureFiles.flatMap((f) => f.retired ?? []).map((r) => [r.id, r.use]));
  const measures = new Map<string, Measure>();
  for (const m of measureList) {
    if (measures.has(m.id)) throw new BuildFailed([{ file: 'data/reference/measures/', field: m.id, message: 'measure defined twice' }]);
    measures.set(m.id, m);
  }

  const { subgroups } = await readValidated(dir, 'subgroups.yaml', SubgroupsFile);
  const subgroupById = new Map<string, Subgroup>();
  for (const g of subgroups) {
    if (subgroupById.has(g.id)) throw new BuildFailed([{ file: 'data/reference/subgroups.yaml', field: g.id, message: 'subgroup defined twice' }]);
    subgroupById.set(g.id, g);
  }

  return { places, measures, retiredMeasures, subgroups: subgroupById };
}
