// A figure's fields that need more than the schema to read: its period (the
// wording as printed, or the dates the extractor gave when the wording needs
// context), its evidence and cohort columns, and the range its percentage may take.

import { PeriodError, parsePeriod, type Period } from '../../src/lib/parse/period.ts';
import type { CohortInput, FigureInput } from '../../src/lib/schema/source.ts';
import { isRelapseMeasure, NOT_STATED, NOT_STATED_VI } from '../../src/lib/schema/vocabulary.ts';

/** The period of a figure, from its wording as printed; an error names the field at fault. */
export function resolvePeriod(
  input: FigureInput['period'],
  published: string | null,
): { period: Period; asPrinted: string } | { error: string; field: string } {
  const asPrinted = typeof input === 'string' ? input : input.as_printed;
  const given: Partial<Exclude<FigureInput['period'], string>> = typeof input === 'string' ? {} : input;
  let parsed: Period | null;
  try {
    parsed = parsePeriod(asPrinted, { year: given.year, published });
  } catch (e) {
    if (!(e instanceof PeriodError)) throw e;
    // The wording needs context; explicit dates may supply it.
    if (given.end !== undefined && given.kind) parsed = null;
    else return { error: e.message, field: 'period' };
  }
  if (parsed) {
    for (const key of ['kind', 'start', 'end'] as const) {
      if (given[key] !== undefined && given[key] !== parsed[key]) {
        return {
          error: `"${asPrinted}" reads as ${key} ${JSON.stringify(parsed[key])}, but ${key} is given as ${JSON.stringify(given[key])}`,
          field: `period.${key}`,
        };
      }
    }
    return { period: parsed, asPrinted };
  }
  if (!given.kind) {
    return {
      error: `the wording "${asPrinted}" is not one the build reads; give period.kind, period.start and period.end`,
      field: 'period',
    };
  }
  const period: Period = { kind: given.kind, start: given.start ?? null, end: given.end ?? null };
  if (period.kind === 'unstated') {
    if (period.start !== null || period.end !== null) return { error: 'an unstated period has no dates', field: 'period.kind' };
  } else if (period.end === null) {
    return { error: `a period of kind ${period.kind} needs an end date`, field: 'period.end' };
  } else if (period.kind !== 'as_of' && period.start === null) {
    return { error: `a period of kind ${period.kind} needs a start date`, field: 'period.start' };
  }
  if (period.start && period.end && period.start > period.end) {
    return { error: `starts (${period.start}) after it ends (${period.end})`, field: 'period.start' };
  }
  return { period, asPrinted };
}

/**
 * The claim and cohort columns of a figure. A relapse figure always publishes its cohort's fields,
 * "not stated" where the source gives no cohort; other figures publish them only when they name one.
 */
export function evidenceColumns(f: FigureInput, cohort: CohortInput | undefined, sourceId: string) {
  const relapse = isRelapseMeasure(f.measure);
  const absent = (vi: boolean) => (relapse ? (vi ? NOT_STATED_VI : NOT_STATED) : null);
  /** An English cohort field and its Vietnamese twin; "not stated" reads "không nêu" in Vietnamese. */
  const stated = (en: string | undefined, vi: string | undefined) =>
    en === undefined ? [absent(false), absent(true)] : en === NOT_STATED ? [NOT_STATED, NOT_STATED_VI] : [en, vi ?? null];
  const [cohortEn, cohortVi] = stated(cohort?.who_en, cohort?.who_vi);
  const [followEn, followVi] = stated(cohort?.follow_up_en, cohort?.follow_up_vi);
  const [studyEn, studyVi] = stated(cohort?.study_period_en, cohort?.study_period_vi);
  const size = typeof cohort?.size === 'number' ? cohort.size : null;
  return {
    claim: f.claim ?? null,
    cited_from_en: f.cited_from_en ?? null,
    cited_from_vi: f.cited_from_vi ?? null,
    cohort_id: cohort ? `${sourceId}/${cohort.id}` : null,
    cohort_en: cohortEn,
    cohort_vi: cohortVi,
    cohort_size: size,
    cohort_size_qualifier: size === null ? null : (cohort?.size_qualifier ?? 'exact'),
    cohort_followed_by_en: cohort?.followed_by_en ?? null,
    cohort_followed_by_vi: cohort?.followed_by_vi ?? null,
    follow_up_en: followEn,
    follow_up_vi: followVi,
    relapse_method: cohort?.method ?? (relapse ? 'not_stated' : null),
    relapse_method_note_en: cohort?.method_note_en ?? null,
    relapse_method_note_vi: cohort?.method_note_vi ?? null,
    study_period_en: studyEn,
    study_period_vi: studyVi,
  };
}

/** The range a percentage may take: an attainment may pass 100%, a change may be negative. */
export function percentLimits(basis: string, percentMax: number | undefined): [number, number] {
  if (basis === 'attainment') return [0, 1000];
  if (basis === 'change') return [-100, 10000];
  return [0, percentMax ?? 100];
}
