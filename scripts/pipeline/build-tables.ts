// Reads every input and returns the rows of every published table, or throws
// BuildFailed with every problem found. Writes nothing.

import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { formatDate } from '../../src/lib/format.ts';
import { MEASURE_FAMILIES } from '../../src/lib/schema/vocabulary.ts';
import { BuildFailed, type BuildIssue } from './build-issue.ts';
import { deriveAttainment } from './derive-attainment.ts';
import { deriveDeclaredChecks, deriveDisagreements } from './derive-checks.ts';
import { loadReference } from './load-reference.ts';
import { normaliseSource, type NormalisedSource } from './normalise-source.ts';
import { readYaml } from './read-yaml.ts';
import type { TableRows } from './write-tables.ts';

export interface BuiltTables {
  rows: TableRows;
  /** Findings of the rules the build checks only approximately: printed, never fatal. */
  warnings: BuildIssue[];
  /** A digest of the inputs: the same inputs give the same version. */
  version: string;
  created: string;
}

/** An address without the parts that do not change the document (scheme, www./amp./m., trailing slash, fragment). */
export function documentKey(address: string): string {
  return address
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//u, '')
    .replace(/^(?:www|amp|m)\./u, '')
    .replace(/#.*$/u, '')
    .replace(/\/+$/u, '');
}

export async function buildTables(sourcesDir: string, referenceDir: string): Promise<BuiltTables> {
  const reference = await loadReference(referenceDir);
  // README.md documents the folder; every other file must be a source.
  const names = (await readdir(sourcesDir)).filter((n) => !n.startsWith('.') && n !== 'README.md').sort();
  const issues: BuildIssue[] = [];
  const warnings: BuildIssue[] = [];
  const digest = createHash('sha256');
  const display = (name: string) => path.join(path.relative(process.cwd(), sourcesDir) || '.', name);

  const normalised: NormalisedSource[] = [];
  const firstFileOf = new Map<string, string>();
  const fileOfAddress = new Map<string, string>();
  for (const name of names) {
    const file = path.join(sourcesDir, name);
    if (!/\.ya?ml$/u.test(name)) {
      issues.push({ file: display(name), message: 'is not a .yaml file; data/sources holds one YAML file per document' });
      continue;
    }
    digest.update(name).update(await readFile(file));
    const yaml = await readYaml(file, display(name));
    if (!('data' in yaml)) {
      issues.push(yaml);
      continue;
    }
    const source = normaliseSource(yaml, reference, issues, warnings);
    if (!source) continue;
    const other = firstFileOf.get(source.source.source_id);
    if (other) {
      issues.push({ file: yaml.file, line: yaml.lineOf(['id']), field: 'id', message: `source id "${source.source.source_id}" is already used by ${other}` });
      continue;
    }
    firstFileOf.set(source.source.source_id, yaml.file);
    // Two copies of one article are one source: an address may belong to one file only.
    for (const address of [source.source.url, ...(source.source.also_at?.split(' | ') ?? [])]) {
      if (!address) continue;
      const key = documentKey(address);
      const owner = fileOfAddress.get(key);
      if (owner && owner !== yaml.file) {
        issues.push({ file: yaml.file, field: 'citation.url', message: `${address} is the same document as ${owner}: record one source per document` });
      }
      fileOfAddress.set(key, yaml.file);
    }
    normalised.push(source);
  }
  if (names.length === 0) issues.push({ file: display(''), message: 'holds no source files' });

  const checks = deriveDeclaredChecks(normalised, issues);
  if (issues.length > 0) throw new BuildFailed(issues);
  const { attainment, checks: attainmentChecks } = deriveAttainment(normalised);

  const figures = normalised.flatMap((s) => s.figures);
  const sourceOf = new Map(normalised.map((s) => [s.source.source_id, s.source]));
  const disagreements = deriveDisagreements(figures, {
    // The publisher and the date; the title too when the date is unknown: two items of one newspaper must be told apart.
    sourceLabel: (id, locale) => {
      const { publisher, published, title } = sourceOf.get(id)!;
      return published ? `${publisher}, ${formatDate(published, locale)}` : `${publisher}, "${title}"`;
    },
    isStock: (id) => reference.measures.get(id)?.kind === 'stock',
  });
  const figureCount = new Map<string, number>();
  for (const f of figures) figureCount.set(f.measure_id, (figureCount.get(f.measure_id) ?? 0) + 1);

  const measures = [...reference.measures.values()].map((m) => ({
    measure_id: m.id,
    family: m.family,
    family_label_vi: MEASURE_FAMILIES[m.family].vi,
    family_label_en: MEASURE_FAMILIES[m.family].en,
    kind: m.kind,
    units: m.units.join(' | '),
    label_vi: m.label_vi,
    label_en: m.label_en,
    definition_vi: m.definition_vi,
    definition_en: m.definition_en,
    figure_count: figureCount.get(m.id) ?? 0,
  }));

  for (const dir of [referenceDir]) {
    for (const name of (await readdir(dir)).sort()) {
      if (/\.(?:csv|ya?ml)$/u.test(name)) digest.update(name).update(await readFile(path.join(dir, name)));
    }
  }
  const epoch = process.env.SOURCE_DATE_EPOCH;
  const created = (epoch ? new Date(Number(epoch) * 1000) : new Date()).toISOString().slice(0, 10);

  return {
    rows: {
      figures,
      sources: normalised.map((s) => s.source),
      places: [...reference.places.values()],
      measures,
      attainment,
      checks: [...checks, ...attainmentChecks, ...disagreements],
    },
    warnings,
    version: digest.digest('hex').slice(0, 12),
    created,
  };
}
