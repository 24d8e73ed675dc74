// Attainment: an actual result set against the target for the same place,
// measure and unit, where the target's period covers the actual's. The
// attainment a source printed sits beside the one computed here; where both
// exist, the comparison also becomes a check.
//
// Which target an actual meets (data/METHODOLOGY.md, "Targets and attainment"):
// 1. the target its own source printed, when there is one (the narrowest, and
//    each of them if the source printed several);
// 2. none from elsewhere when its source printed an attainment for it: the
//    printed percentage says which target the source measured against (its
//    implied target), and another document's target may be a different one;
// 3. otherwise a target from another document only when that document is a
//    plan or decision (kind plan | decision), with the narrowest covering
//    period; if such documents give different numbers for that target, the
//    pairing is ambiguous and no target is paired; if they agree, the one
//    published first is paired.

import { periodWithin, type Period } from '../../src/lib/parse/period.ts';
import type { TableRow } from '../../src/lib/schema/tables.ts';
import { formatNumber } from '../../src/lib/format.ts';
import { checkRow, quote, roundingTolerance, verdictFor, type CheckRow } from './derive-checks.ts';
import type { FigureRow, NormalisedSource } from './normalise-source.ts';

/** A row of the published attainment table, as its definition in src/lib/schema/tables.ts gives it. */
export type AttainmentRow = TableRow<'attainment'>;

const periodOf = (f: FigureRow): Period => ({ kind: f.period_kind, start: f.period_start, end: f.period_end });
const samePeriod = (a: FigureRow, b: FigureRow) => a.period_start === b.period_start && a.period_end === b.period_end && a.period_end !== null;
const length = (f: FigureRow) => (f.period_start && f.period_end ? Date.parse(f.period_end) - Date.parse(f.period_start) : Infinity);
// A part (subgroup) is only ever set against a target for the same part.
/** Whether the actual covers less than the target: it ends before it, or starts after it. */
const coversLess = (actual: FigureRow, target: FigureRow) =>
  (actual.period_end ?? '') < (target.period_end ?? '') || (actual.period_start !== null && actual.period_start > (target.period_start ?? ''));
const key = (f: FigureRow) => `${f.place_id}|${f.measure_id}|${f.subgroup ?? ''}`;

/** Source kinds that set targets: another document's actual may be set against their targets. */
export const TARGET_SETTING_KINDS: ReadonlySet<string> = new Set(['plan', 'decision']);

const narrowestOf = (targets: FigureRow[]) => {
  const narrowest = Math.min(...targets.map(length));
  return targets.filter((t) => length(t) === narrowest);
};

/**
 * The targets an actual is set against, by the rule above: its own source's,
 * else (when its source printed no attainment for it) one agreed target from
 * target-setting documents, else none.
 */
export function targetsFor(
  actual: FigureRow,
  covering: FigureRow[],
  printedFor: FigureRow | null,
  sourceOf: (sourceId: string) => { kind: string; published: string | null } | undefined,
): FigureRow[] {
  const own = covering.filter((t) => t.source_id === actual.source_id);
  if (own.length > 0) return narrowestOf(own);
  if (printedFor) return [];
  const fromPlans = covering.filter((t) => TARGET_SETTING_KINDS.has(sourceOf(t.source_id)?.kind ?? ''));
  if (fromPlans.length === 0) return [];
  const chosen = narrowestOf(fromPlans);
  if (new Set(chosen.map((t) => t.value)).size > 1) return [];
  const published = (t: FigureRow) => sourceOf(t.source_id)?.published ?? '9999';
  chosen.sort((a, b) => published(a).localeCompare(published(b)) || a.figure_id.localeCompare(b.figure_id));
  return chosen.slice(0, 1);
}

export function deriveAttainment(sources: NormalisedSource[]): { attainment: AttainmentRow[]; checks: CheckRow[] } {
  const language = new Map(sources.map((s) => [s.source.source_id, s.language]));
  const sourceRows = new Map(sources.map((s) => [s.source.source_id, s.source]));
  const sourceOf = (id: string) => {
    const s = sourceRows.get(id);
    return s ? { kind: String(s.kind), published: s.published ?? null } : undefined;
  };
  const all = sources.flatMap((s) => s.figures);
  const groups = new Map<string, FigureRow[]>();
  for (const f of all) {
    const list = groups.get(key(f)) ?? [];
    list.push(f);
    groups.set(key(f), list);
  }

  const attainment: AttainmentRow[] = [];
  const checks: CheckRow[] = [];
  for (const figures of groups.values()) {
    const actuals = figures.filter((f) => f.basis === 'actual' && f.unit !== 'percent' && f.qualifier !== 'range');
    const targets = figures.filter((f) => f.basis === 'target' && f.unit !== 'percent' && f.qualifier !== 'range');
    const printed = figures.filter((f) => f.basis === 'attainment');

    for (const actual of actuals) {
      // Only the narrowest covering targets: a 9-month actual meets the year's
      // target, not also a five-year programme's.
      const covering = targets.filter((t) => t.unit === actual.unit && periodWithin(periodOf(actual), periodOf(t)));
      // A printed attainment belongs to the actual it was printed with.
      const printedFor = printed.find((p) => p.source_id === actual.source_id && samePeriod(p, actual)) ?? null;
      const chosen = targetsFor(actual, covering, printedFor, sourceOf);
      if (chosen.length === 0 && !printedFor) continue;

      for (const target of chosen.length > 0 ? chosen : [null]) {
        const computed = target && target.value > 0 ? (actual.value / target.value) * 100 : null;
        const inputs = [actual, ...(target ? [target] : []), ...(printedFor ? [printedFor] : [])];
        const tolerance = printedFor ? roundingTolerance(printedFor, language.get(printedFor.source_id) ?? 'vi') : 0;
        const verdict = printedFor && computed !== null ? verdictFor(printedFor.value, computed, tolerance, inputs) : null;
        const id = `${actual.figure_id}~${target?.figure_id ?? 'printed'}`;
        const startYear = actual.period_start?.slice(0, 4) ?? actual.period_end?.slice(0, 4);
        const endYear = actual.period_end?.slice(0, 4);
        attainment.push({
          attainment_id: id,
          place_id: actual.place_id,
          place_name_vi: actual.place_name_vi,
          place_name_en: actual.place_name_en,
          measure_id: actual.measure_id,
          subgroup: actual.subgroup,
          unit: actual.unit,
          year: startYear && startYear === endYear ? Number(endYear) : null,
          actual_figure_id: actual.figure_id,
          actual_value: actual.value,
          actual_qualifier: actual.qualifier,
          actual_period_start: actual.period_start,
          actual_period_end: actual.period_end,
          actual_period_as_printed: actual.period_as_printed,
          target_figure_id: target?.figure_id ?? null,
          target_value: target?.value ?? null,
          target_period_as_printed: target?.period_as_printed ?? null,
          // Shorter than the target's period; without a printed target, shorter than a year (the figure's own
          // partial); either way a period not over at publication is partial (scripts/pipeline/figure-year.ts).
          partial_period: (target ? coversLess(actual, target) : actual.partial) || actual.period_open_at_publication === true,
          computed_pct: computed,
          printed_figure_id: printedFor?.figure_id ?? null,
          printed_pct: printedFor?.value ?? null,
          implied_target: !target && printedFor && printedFor.value > 0 ? (actual.value / printedFor.value) * 100 : null,
          verdict,
          actual_source_id: actual.source_id,
          target_source_id: target?.source_id ?? null,
        });
        if (printedFor && target && computed !== null && verdict) {
          checks.push(
            checkRow({
              id: `${printedFor.figure_id}#attainment~${target.figure_id}`,
              kind: 'attainment',
              subject: printedFor,
              inputs: [actual, target],
              computed,
              tolerance,
              explanation_en: `Printed attainment ${quote(printedFor)} for ${quote(actual)} against a target of ${quote(target)}, which is ${formatNumber(computed, 'en', 2)}%.`,
              explanation_vi: `Nguồn in đạt ${quote(printedFor)} cho ${quote(actual)} so với chỉ tiêu ${quote(target)}, tính ra ${formatNumber(computed, 'vi', 2)}%.`,
            }),
          );
        }
      }
    }
  }
  attainment.sort((a, b) => a.attainment_id.localeCompare(b.attainment_id));
  return { attainment, checks };
}
