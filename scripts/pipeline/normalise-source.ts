// Turns one data/sources/*.yaml file into rows of the sources and figures
// tables: validates it against the schema and the reference data, reads the
// printed numbers and periods, and reports every problem with its file, figure
// and field.

import { PrintedNumberError, parsePrintedNumber } from '../../src/lib/parse/printed-number.ts';
import { SourceInput, untranslated, type CheckInput, type CohortInput } from '../../src/lib/schema/source.ts';
import type { TableRow } from '../../src/lib/schema/tables.ts';
import { BASES, isRelapseMeasure, NOT_STATED, UNITS, type Qualifier } from '../../src/lib/schema/vocabulary.ts';
import { evidenceColumns, percentLimits, resolvePeriod } from './figure-fields.ts';
import { figureYear, isPartialPeriod } from './figure-year.ts';
import type { BuildIssue } from './build-issue.ts';
import { missingModalities, newCountFinding } from './interpretation-rules.ts';
import type { Reference } from './load-reference.ts';
import type { YamlFile } from './read-yaml.ts';

/** A row of the published figures table, as its definition in src/lib/schema/tables.ts gives it. */
export type FigureRow = TableRow<'figures'>;

/** A row of the published sources table, as its definition in src/lib/schema/tables.ts gives it. */
export type SourceRow = TableRow<'sources'>;

export interface NormalisedSource {
  source: SourceRow;
  figures: FigureRow[];
  /** Checks the extractor declared, with figure ids made global. */
  checks: Array<CheckInput & { source_id: string; file: string }>;
  language: 'vi' | 'en';
}

const collapse = (s: string) => s.replace(/\s+/gu, ' ').trim();

export function figureId(sourceId: string, localId: string): string {
  return `${sourceId}/${localId}`;
}

/**
 * Validates one source file. Problems that stop the build go to `issues`; findings of the
 * interpretation rules the build can check only approximately go to `warnings`.
 */
export function normaliseSource(yaml: YamlFile, reference: Reference, issues: BuildIssue[], warnings: BuildIssue[] = []): NormalisedSource | null {
  const raw = yaml.data as { figures?: Array<{ id?: unknown }> } | null;
  const figureAt = (path: ReadonlyArray<PropertyKey>) => {
    if (path[0] !== 'figures' || typeof path[1] !== 'number') return undefined;
    const id = raw?.figures?.[path[1]]?.id;
    return typeof id === 'string' ? id : `#${path[1] + 1}`;
  };
  const parsed = SourceInput.safeParse(yaml.data);
  if (!parsed.success) {
    for (const i of parsed.error.issues) {
      const figure = figureAt(i.path);
      const field = (figure ? i.path.slice(2) : i.path).join('.') || undefined;
      issues.push({ file: yaml.file, line: yaml.lineOf(i.path), figure, field, message: i.message });
    }
    return null;
  }
  const src = parsed.data;
  const { citation } = src;
  const before = issues.length;
  const problem = (index: number, figure: string, field: string, message: string) =>
    issues.push({ file: yaml.file, line: yaml.lineOf(['figures', index, field.split('.')[0]]), figure, field, message });

  // Cohorts: ids unique within the file; figures name them.
  const cohorts = new Map<string, CohortInput>();
  (src.cohorts ?? []).forEach((c, index) => {
    if (cohorts.has(c.id)) {
      issues.push({
        file: yaml.file,
        line: yaml.lineOf(['cohorts', index, 'id']),
        field: `cohorts.${index}.id`,
        message: `cohort id "${c.id}" is used twice in this file`,
      });
    }
    cohorts.set(c.id, c);
  });

  // Every prose field in both languages: the site shows each page in its own.
  const twins = (item: object, names: readonly string[], path: ReadonlyArray<string | number>, figure?: string) => {
    for (const missing of untranslated(item as Record<string, unknown>, names)) {
      issues.push({
        file: yaml.file,
        line: yaml.lineOf([...path, missing.replace(/_(?:en|vi)$/u, '_en')]),
        figure,
        field: [...path.slice(figure ? 2 : 0), missing].join('.'),
        message: `is missing: every prose field is written in Vietnamese and English (${missing.replace(/_(?:en|vi)$/u, '_en')} and ${missing.replace(/_(?:en|vi)$/u, '_vi')})`,
      });
    }
  };
  twins(citation, ['publisher_note', 'url_note', 'published_note'], ['citation']);
  twins(src, ['notes'], []);
  for (const [i, c] of (src.cohorts ?? []).entries()) twins(c, ['who', 'follow_up', 'method_note', 'study_period', 'followed_by'], ['cohorts', i]);
  for (const [i, c] of (src.checks ?? []).entries()) twins(c, ['note'], ['checks', i]);
  for (const [i, f] of src.figures.entries()) twins(f, ['note', 'cited_from'], ['figures', i], f.id);

  const seen = new Map<string, number>();
  const sameness = new Map<string, string>();
  const figures: FigureRow[] = [];

  src.figures.forEach((f, index) => {
    const count = issues.length;
    if (seen.has(f.id)) {
      problem(index, f.id, 'id', `is used twice in this file (also figure #${seen.get(f.id)! + 1})`);
      return;
    }
    seen.set(f.id, index);

    const place = reference.places.get(f.place);
    if (!place) {
      problem(index, f.id, 'place', `unknown place "${f.place}"; use an id from the places table, e.g. "province:22", "district:004", "facility:<id>"`);
    }
    const measure = reference.measures.get(f.measure);
    const retired = reference.retiredMeasures.get(f.measure);
    if (!measure && retired) {
      problem(index, f.id, 'measure', `measure "${f.measure}" is retired; record instead ${retired}`);
    } else if (!measure) {
      problem(index, f.id, 'measure', `unknown measure "${f.measure}"; add it to a file in data/reference/measures/ first`);
    } else if (!(measure.units as string[]).includes(f.unit) && !(f.unit === 'percent' && (f.basis === 'attainment' || f.basis === 'change'))) {
      // A printed attainment or change is a percentage of any measure; otherwise the unit must be one of the measure's.
      problem(index, f.id, 'unit', `${f.unit} is not a unit of measure ${f.measure} (allowed: ${measure.units.join(', ')})`);
    }

    let number: ReturnType<typeof parsePrintedNumber> | null = null;
    try {
      number = parsePrintedNumber(f.printed, citation.language);
    } catch (e) {
      if (!(e instanceof PrintedNumberError)) throw e;
      problem(index, f.id, 'printed', `${e.message}`);
    }
    let qualifier: Qualifier = number?.qualifier ?? 'exact';
    if (number) {
      if (number.unitHint && number.unitHint !== f.unit) {
        problem(index, f.id, 'unit', `"${f.printed}" is printed in ${UNITS[number.unitHint].en}, but unit is ${f.unit}`);
      }
      if (f.unit === 'percent' && number.unitHint !== 'percent') {
        problem(index, f.id, 'printed', `unit is percent, but "${f.printed}" has no "%" (or "percent" on an English page): copy the number with its sign`);
      }
      if (f.qualifier) {
        if (number.qualifier !== 'exact' && number.qualifier !== f.qualifier) {
          problem(index, f.id, 'qualifier', `is ${f.qualifier}, but "${f.printed}" reads as ${number.qualifier}`);
        }
        qualifier = f.qualifier;
      }
      if (f.unit === 'percent' && measure) {
        const [low, high] = percentLimits(f.basis, measure.percent_max);
        for (const v of [number.value, number.valueHigh ?? number.value]) {
          if (v < low || v > high) {
            problem(index, f.id, 'printed', `${v}% is outside what ${f.basis} figures of ${f.measure} allow (${low}% to ${high}%)`);
            break;
          }
        }
      } else if (number.value < 0 && f.basis !== 'change') {
        problem(index, f.id, 'printed', 'is negative; only a change may be');
      }
      if (f.basis === 'attainment' && f.unit !== 'percent') {
        problem(index, f.id, 'unit', `a printed attainment (${BASES.attainment.en}) is a percentage; unit must be percent`);
      }
    }

    // Relapse figures say what kind of evidence they are, and measured ones whom they measured.
    if (isRelapseMeasure(f.measure) && !f.claim) {
      problem(
        index,
        f.id,
        'claim',
        'is required for a relapse measure: measured (a defined cohort), official (a statement without one) or second_hand (attributed to someone else)',
      );
    }
    if (f.claim === 'measured' && !f.cohort) {
      problem(
        index,
        f.id,
        'cohort',
        "is required when claim is measured: name a cohort of this file's cohorts list (who, size, follow_up, method, study_period)",
      );
    }
    if (f.claim === 'second_hand' && !f.cited_from_en) {
      problem(index, f.id, 'cited_from_en', 'is required when claim is second_hand: say whom the source attributes the figure to');
    }
    const cohort = f.cohort === undefined ? undefined : cohorts.get(f.cohort);
    if (f.cohort !== undefined && !cohort) {
      const known = [...cohorts.keys()];
      problem(
        index,
        f.id,
        'cohort',
        `names cohort "${f.cohort}", which this file does not have (${known.length ? `cohorts: ${known.join(', ')}` : 'the file has no cohorts list'})`,
      );
    }
    // The rule for measured (data/sources/README.md): a cohort the source, or a body or study it names,
    // followed, with a count or a denominator, or a named study with its method.
    if (f.claim === 'measured' && cohort) {
      if (!cohort.followed_by_en) {
        problem(
          index,
          f.id,
          'claim',
          `is measured, but cohort "${cohort.id}" names no one who followed it (followed_by_en/_vi): a figure relayed without who measured it is second_hand or official`,
        );
      } else if (cohort.size === NOT_STATED && cohort.method === 'not_stated' && citation.kind !== 'study') {
        problem(
          index,
          f.id,
          'claim',
          `is measured, but cohort "${cohort.id}" gives neither a size nor a method, and the source is not the study itself: with neither, the figure is an official statement or second-hand`,
        );
      }
    }

    const newCount = newCountFinding(f);
    if (newCount) {
      warnings.push({ file: yaml.file, line: yaml.lineOf(['figures', index, 'locator']), figure: f.id, field: newCount.field, message: newCount.message });
    }

    if (!collapse(f.locator).toLowerCase().includes(collapse(f.printed).toLowerCase())) {
      problem(index, f.id, 'locator', `must contain the printed number "${f.printed}" as printed`);
    }

    const resolved = resolvePeriod(f.period, citation.published);
    if ('error' in resolved) {
      problem(index, f.id, resolved.field, resolved.error);
    } else {
      const { period } = resolved;
      if (period.kind === 'unstated' && !f.note_en) {
        problem(index, f.id, 'note_en', 'is required when the period is unstated: say what the text implies about it');
      }
      if (f.basis === 'actual' && citation.published && period.start && period.start > citation.published) {
        problem(index, f.id, 'period', `an actual result cannot begin (${period.start}) after the source was published (${citation.published})`);
      }
    }

    const subgroup = f.subgroup === undefined ? undefined : reference.subgroups.get(f.subgroup);
    if (f.subgroup !== undefined && !subgroup) {
      problem(index, f.id, 'subgroup', `unknown subgroup "${f.subgroup}"; add it with its Vietnamese and English labels to data/reference/subgroups.yaml`);
    }

    if (issues.length > count || !place || !measure || !number || 'error' in resolved) return;

    // Two statements may share every structured field; then the note must say what tells them apart.
    const identity = [
      f.place,
      resolved.period.start,
      resolved.period.end,
      f.measure,
      f.subgroup,
      f.basis,
      f.unit,
      number.value,
      number.valueHigh,
      f.note_en,
    ].join('|');
    const twin = sameness.get(identity);
    if (twin) {
      problem(
        index,
        f.id,
        'id',
        `records the same number as figure "${twin}" (same place, period, measure, basis, value and note): record a number once, or say in the note what differs`,
      );
      return;
    }
    sameness.set(identity, f.id);

    const openAtPublication =
      // A programme's name ("giai đoạn 2016-2020") may outrun the report that quotes it.
      f.basis === 'target' || citation.published === null || resolved.period.end === null ? null : resolved.period.end > citation.published;
    const year = figureYear(resolved.period, citation.published);
    figures.push({
      figure_id: figureId(src.id, f.id),
      place_id: place.place_id,
      place_level: place.level,
      place_code: place.code,
      place_name_vi: place.name_vi,
      place_name_en: place.name_en,
      province_code: place.province_code,
      period_kind: resolved.period.kind,
      period_start: resolved.period.start,
      period_end: resolved.period.end,
      period_as_printed: resolved.asPrinted,
      period_open_at_publication: openAtPublication,
      year: year?.year ?? null,
      year_basis: year?.basis ?? null,
      partial: isPartialPeriod(resolved.period, openAtPublication),
      measure_id: measure.id,
      measure_family: measure.family,
      measure_label_vi: measure.label_vi,
      measure_label_en: measure.label_en,
      subgroup: f.subgroup ?? null,
      subgroup_label_vi: subgroup?.label_vi ?? null,
      subgroup_label_en: subgroup?.label_en ?? null,
      basis: f.basis,
      value: number.value,
      value_high: number.valueHigh,
      unit: f.unit,
      qualifier,
      printed: f.printed,
      locator: collapse(f.locator),
      note_en: f.note_en ?? null,
      note_vi: f.note_vi ?? null,
      ...evidenceColumns(f, cohort, src.id),
      source_id: src.id,
      source_publisher: citation.publisher,
      source_title: citation.title,
      source_published: citation.published,
      source_url: citation.url,
      source_language: citation.language,
    });
  });

  const localIds = new Set(src.figures.map((f) => f.id));
  (src.checks ?? []).forEach((check, index) => {
    const refs =
      check.kind === 'sum'
        ? [['total', check.total], ...check.parts.map((p, i) => [`parts.${i}`, p])]
        : [
            ['percent', check.percent],
            ['part', check.part],
            ['whole', check.whole],
          ];
    for (const [field, id] of refs) {
      if (!localIds.has(id)) {
        issues.push({
          file: yaml.file,
          line: yaml.lineOf(['checks', index]),
          field: `checks.${index}.${field}`,
          message: `names figure "${id}", which this file does not have`,
        });
      }
    }
  });

  if (issues.length > before) return null;

  // A declared sum whose total counts several modalities but whose parts leave one out is a partial sum.
  const byLocalId = new Map(src.figures.map((f) => [f.id, f]));
  (src.checks ?? []).forEach((check, index) => {
    if (check.kind !== 'sum') return;
    const gap = missingModalities(check, byLocalId, reference.measures);
    if (!gap) return;
    const total = byLocalId.get(check.total)!;
    warnings.push({
      file: yaml.file,
      line: yaml.lineOf(['figures', src.figures.indexOf(total), 'measure']),
      figure: total.id,
      field: 'measure',
      message: `is ${gap.total.id} (${gap.total.modalities!.join(', ')}), but the parts declared in checks #${index + 1} leave out ${gap.missing.join(', ')}: record the total under the measure its parts make up (e.g. intake_facility), or say with a subgroup what it covers`,
    });
  });

  const documents = citation.documents_cited?.map((d) => [d.number, d.title, d.issuer, d.date].filter(Boolean).join(', ')).join(' | ');
  return {
    language: citation.language,
    source: {
      source_id: src.id,
      publisher: citation.publisher,
      publisher_note_en: citation.publisher_note_en ?? null,
      publisher_note_vi: citation.publisher_note_vi ?? null,
      title: citation.title,
      kind: citation.kind,
      language: citation.language,
      published: citation.published,
      published_as_printed: citation.published_as_printed ?? null,
      published_note_en: citation.published_note_en ?? null,
      published_note_vi: citation.published_note_vi ?? null,
      url: citation.url,
      url_note_en: citation.url_note_en ?? null,
      url_note_vi: citation.url_note_vi ?? null,
      author: citation.author ?? null,
      documents_cited: documents || null,
      also_at: citation.also_at?.join(' | ') || null,
      notes_en: src.notes_en ?? null,
      notes_vi: src.notes_vi ?? null,
      figure_count: figures.length,
      file: yaml.file,
    },
    figures,
    checks: (src.checks ?? []).map((c) => ({ ...c, source_id: src.id, file: yaml.file })),
  };
}
