// Checks of the published arithmetic: parts against a printed total, a printed
// percentage against the counts it is a share of. A check never changes a
// source's number: it records the printed and the computed number and a verdict.

import { formatNumber, formatValueInWords, periodLabel } from '../../src/lib/format.ts';
import type { Locale } from '../../src/i18n/ui.ts';
import { printedDecimals } from '../../src/lib/parse/printed-number.ts';
import type { TableRow } from '../../src/lib/schema/tables.ts';
import type { CheckVerdict } from '../../src/lib/schema/vocabulary.ts';
import type { BuildIssue } from './build-issue.ts';
import { figureId, type FigureRow, type NormalisedSource } from './normalise-source.ts';

/** A row of the published checks table, as its definition in src/lib/schema/tables.ts gives it. */
export type CheckRow = TableRow<'checks'>;

const EPSILON = 1e-9;

/** Half a unit in the last printed decimal: "22,6%" may stand for anything from 22.55 to 22.65. */
export function roundingTolerance(figure: FigureRow, language: 'vi' | 'en'): number {
  return 0.5 * 10 ** -printedDecimals(figure.printed, language);
}

export function verdictFor(printed: number, computed: number, tolerance: number, inputs: FigureRow[]): CheckVerdict {
  if (inputs.some((f) => f.qualifier !== 'exact')) return 'indeterminate';
  return Math.abs(printed - computed) <= tolerance + EPSILON ? 'consistent' : 'mismatch';
}

/** A computed number in a language, to two decimals: "4.597", "22,35". */
const fmt = (x: number, locale: 'vi' | 'en') => formatNumber(x, locale, 2);
/** The source's own words, quoted (the site marks a quotation with the source's language). */
export const quote = (f: FigureRow) => `“${f.printed}”`;

/** One check row: the printed subject against the number its inputs give. */
export function checkRow(args: {
  kind: CheckRow['kind'];
  subject: FigureRow;
  inputs: FigureRow[];
  computed: number;
  tolerance: number;
  explanation_en: string;
  explanation_vi: string;
  id?: string;
}): CheckRow {
  const { kind, subject, inputs, computed, tolerance } = args;
  return {
    check_id: args.id ?? `${subject.figure_id}#${kind}`,
    kind,
    source_id: subject.source_id,
    subject_figure_id: subject.figure_id,
    input_figure_ids: inputs.map((f) => f.figure_id).join(' | '),
    printed_value: subject.value,
    computed_value: computed,
    difference: subject.value - computed,
    tolerance,
    verdict: verdictFor(subject.value, computed, tolerance, [subject, ...inputs]),
    explanation_en: args.explanation_en,
    explanation_vi: args.explanation_vi,
  };
}

export function deriveDeclaredChecks(sources: NormalisedSource[], issues: BuildIssue[]): CheckRow[] {
  const rows: CheckRow[] = [];
  for (const s of sources) {
    const byId = new Map(s.figures.map((f) => [f.figure_id, f]));
    const get = (local: string) => byId.get(figureId(s.source.source_id, local))!;
    s.checks.forEach((check, index) => {
      const field = `checks.${index}`;
      if (check.kind === 'sum') {
        const total = get(check.total);
        const parts = check.parts.map(get);
        const stray = parts.find((p) => p.unit !== total.unit);
        if (stray) {
          issues.push({ file: check.file, field, message: `adds ${stray.unit} to ${total.unit}: parts of a total must share its unit` });
          return;
        }
        const computed = parts.reduce((sum, p) => sum + p.value, 0);
        rows.push(
          checkRow({
            kind: 'sum',
            subject: total,
            inputs: parts,
            computed,
            tolerance: 0,
            explanation_en: `Printed total ${quote(total)} against its ${parts.length} printed parts (${parts.map(quote).join(' + ')} = ${fmt(computed, 'en')}).`,
            explanation_vi: `Tổng nguồn in ${quote(total)} so với ${parts.length} thành phần nguồn in (${parts.map(quote).join(' + ')} = ${fmt(computed, 'vi')}).`,
          }),
        );
      } else {
        const percent = get(check.percent);
        const part = get(check.part);
        const whole = get(check.whole);
        if (percent.unit !== 'percent') {
          issues.push({ file: check.file, field: `${field}.percent`, message: `figure "${check.percent}" is not a percentage` });
          return;
        }
        if (part.unit !== whole.unit) {
          issues.push({ file: check.file, field, message: `part is in ${part.unit} and whole in ${whole.unit}: a share needs one unit` });
          return;
        }
        if (whole.value === 0) {
          issues.push({ file: check.file, field: `${field}.whole`, message: 'the whole is zero' });
          return;
        }
        const computed = (part.value / whole.value) * 100;
        rows.push(
          checkRow({
            kind: 'share',
            subject: percent,
            inputs: [part, whole],
            computed,
            tolerance: roundingTolerance(percent, s.language),
            explanation_en: `Printed ${quote(percent)} for ${quote(part)} of ${quote(whole)}, which is ${fmt(computed, 'en')}%.`,
            explanation_vi: `Nguồn in ${quote(percent)} cho ${quote(part)} trên ${quote(whole)}, tính ra ${fmt(computed, 'vi')}%.`,
          }),
        );
      }
    });
  }
  return rows;
}

/** The values a printed number allows: an interval, or null when its qualifier ("about", "nearly") sets no bounds. */
function allowed(f: FigureRow): [number, number, boolean, boolean] | null {
  switch (f.qualifier) {
    case 'exact':
      return [f.value, f.value, true, true];
    case 'range':
      return [f.value, f.value_high ?? f.value, true, true];
    case 'more_than':
      return [f.value, Infinity, false, true];
    case 'at_least':
      return [f.value, Infinity, true, true];
    case 'less_than':
      return [-Infinity, f.value, true, false];
    case 'at_most':
      return [-Infinity, f.value, true, true];
    default:
      return null;
  }
}

/** Whether two printed numbers can both be true: mismatch when no value fits both, indeterminate when one might. */
export function disagreementVerdict(a: FigureRow, b: FigureRow): CheckVerdict {
  const [x, y] = [allowed(a), allowed(b)];
  if (!x || !y) return 'indeterminate';
  const [lo, hi] = [Math.max(x[0], y[0]), Math.min(x[1], y[1])];
  const closed = (lo === x[0] ? x[2] : y[2]) && (hi === x[1] ? x[3] : y[3]);
  const overlap = lo < hi || (lo === hi && closed);
  if (!overlap) return 'mismatch';
  return a.qualifier === 'exact' && b.qualifier === 'exact' ? 'consistent' : 'indeterminate';
}

/**
 * Where two documents print different numbers for the same place, measure,
 * part, basis, unit and period, a check of kind "disagreement": both numbers
 * kept as printed, neither preferred. The same period is the same start and
 * end; for a stock (people on record, in facilities), the same day counted,
 * so "năm 2013" and "cuối năm 2013" meet. Figures without a dated period are
 * never paired (an unstated period is not "the same period").
 */
export function deriveDisagreements(
  figures: FigureRow[],
  sources: { sourceLabel: (sourceId: string, locale: Locale) => string; isStock: (measureId: string) => boolean },
): CheckRow[] {
  const { sourceLabel, isStock } = sources;
  const groups = new Map<string, FigureRow[]>();
  for (const f of figures) {
    if (f.period_end === null) continue;
    const start = isStock(f.measure_id) ? '' : f.period_start;
    const key = [f.place_id, f.measure_id, f.subgroup, f.basis, f.unit, start, f.period_end].join('|');
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  const rows: CheckRow[] = [];
  for (const group of groups.values()) {
    const sorted = [...group].sort((a, b) => a.figure_id.localeCompare(b.figure_id));
    for (const [i, a] of sorted.entries()) {
      for (const b of sorted.slice(i + 1)) {
        if (a.source_id === b.source_id || (a.value === b.value && a.value_high === b.value_high)) continue;
        rows.push({
          ...checkRow({
            kind: 'disagreement',
            id: `${a.figure_id}#disagreement#${b.figure_id}`,
            subject: a,
            inputs: [b],
            computed: b.value,
            tolerance: 0,
            // Each number in the explanation's own language (the printed words stay in the figures table).
            explanation_en: `${sourceLabel(a.source_id, 'en')} printed ${formatValueInWords(a, 'en')}; ${sourceLabel(b.source_id, 'en')} printed ${formatValueInWords(b, 'en')}, for the same place, measure and period (${periodLabel(a, 'en')}).`,
            explanation_vi: `${sourceLabel(a.source_id, 'vi')} in ${formatValueInWords(a, 'vi')}; ${sourceLabel(b.source_id, 'vi')} in ${formatValueInWords(b, 'vi')}, cho cùng địa bàn, chỉ tiêu và kỳ (${periodLabel(a, 'vi')}).`,
          }),
          verdict: disagreementVerdict(a, b),
        });
      }
    }
  }
  return rows;
}
