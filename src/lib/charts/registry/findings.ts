// The home page's headline findings, registered queries like the charts: each
// its SQL over the published tables (offered as "Open in SQL", with its rows as
// CSV and metadata), a row schema, and a sentence built from the rows in both
// languages. A finding whose query finds nothing is left out, so the home page
// never states what the data no longer says.

import { z } from 'zod';
import type { Locale } from '../../../i18n/ui.ts';
import { localePath } from '../../../i18n/ui.ts';
import { placePath, sourcePath } from '../../data/paths.ts';
import { formatDate, formatPercent, formatValue, formatValueInWords, inLocale, periodLabel } from '../../format.ts';
import { rowSchema, selectList, splitList } from '../../schema/rows.ts';
import type { Localized, RegisteredQuery } from '../types.ts';
import { COMPARE_MEASURES, CompareRow } from './compare.ts';
import { sql63 } from './compare-sql.ts';

export interface Finding {
  id: string;
  /** The number a reader sees first. */
  figure: string;
  text: string;
  links: Array<{ href: string; text: string }>;
  sql: string;
}

export interface FindingDefinition<R> extends RegisteredQuery<R> {
  render: (rows: R[], locale: Locale) => Omit<Finding, 'id' | 'sql'> | null;
}

const say = (locale: Locale, text: Localized) => text[locale];
const source: Localized = { vi: 'nguồn', en: 'source' };

const figures = rowSchema('figures').shape;
const attainmentCols = rowSchema('attainment').shape;

const AttainmentFinding = z.object({
  place_id: attainmentCols.place_id,
  place_name_vi: attainmentCols.place_name_vi,
  place_name_en: attainmentCols.place_name_en,
  unit: attainmentCols.unit,
  actual_value: attainmentCols.actual_value,
  actual_qualifier: attainmentCols.actual_qualifier,
  actual_period_as_printed: attainmentCols.actual_period_as_printed,
  period_kind: figures.period_kind,
  period_start: figures.period_start,
  year: figures.year,
  label_vi: z.string(),
  label_en: z.string(),
  pct: z.number(),
  printed: z.boolean(),
  actual_source_id: attainmentCols.actual_source_id,
  period_end: figures.period_end,
});

const attainment: FindingDefinition<z.infer<typeof AttainmentFinding>> = {
  id: 'finding-attainment',
  title: { vi: 'Kết quả cả năm gần nhất so với chỉ tiêu', en: 'The latest whole-year result against its target' },
  fileName: { vi: 'phat-hien-ket-qua-so-voi-chi-tieu', en: 'finding-result-against-target' },
  sql: `-- The latest whole-period result set against its target, with the share printed or computed.
SELECT a.place_id, a.place_name_vi, a.place_name_en, a.unit, a.actual_value, a.actual_qualifier,
  a.actual_period_as_printed, m.label_vi, m.label_en, coalesce(a.printed_pct, round(a.computed_pct, 1)) AS pct,
  a.printed_pct IS NOT NULL AS printed, a.actual_source_id, f.period_kind, f.period_start::VARCHAR AS period_start, f.period_end::VARCHAR AS period_end, f.year::INTEGER AS year
FROM attainment a JOIN measures m USING (measure_id) JOIN figures f ON f.figure_id = a.actual_figure_id
WHERE NOT a.partial_period AND f.period_kind = 'year'
ORDER BY f.period_end DESC, a.attainment_id
LIMIT 1`,
  row: AttainmentFinding,
  sourceIds: (rows) => rows.map((r) => r.actual_source_id),
  measureIds: () => [],
  render: ([r], locale) =>
    r
      ? {
          figure: formatPercent(r.pct, locale),
          text: say(locale, {
            vi: `${r.place_name_vi}: ${formatValueInWords({ value: r.actual_value, unit: r.unit, qualifier: r.actual_qualifier }, 'vi')} — ${r.label_vi.toLowerCase()} — năm ${periodLabel(r, 'vi')}, đạt ${formatPercent(r.pct, 'vi')} chỉ tiêu (${r.printed ? 'nguồn in' : 'tính từ kết quả và chỉ tiêu'}).`,
            en: `${r.place_name_en}: ${formatValueInWords({ value: r.actual_value, unit: r.unit, qualifier: r.actual_qualifier }, 'en')} — ${r.label_en.toLowerCase()} — in ${periodLabel(r, 'en')}, ${formatPercent(r.pct, 'en')} of the target (${r.printed ? 'as printed' : 'computed from result and target'}).`,
          }),
          links: [
            { href: placePath(locale, { place_id: r.place_id, name_en: r.place_name_en }), text: inLocale(r, 'place_name', locale) },
            { href: sourcePath(locale, r.actual_source_id), text: source[locale] },
          ],
        }
      : null,
};

const measure = COMPARE_MEASURES[0];
const highestRate: FindingDefinition<CompareRow> = {
  id: 'finding-highest-rate',
  title: { vi: 'Tỉnh có tỷ lệ người nghiện có hồ sơ cao nhất', en: 'The province with the highest rate of registered dependent people' },
  fileName: { vi: 'phat-hien-tinh-co-ty-le-nguoi-nghien-cao-nhat', en: 'finding-highest-rate-of-registered-dependent-people' },
  sql: sql63(measure),
  row: CompareRow,
  sourceIds: (rows) => [...new Set(rows.flatMap((r) => splitList(r.source_ids)))],
  measureIds: () => [measure.measure_id],
  render: (rows, locale) => {
    const dated = rows.filter((r) => r.per_100k !== null && r.year_basis === 'period').sort((a, b) => b.per_100k! - a.per_100k!);
    const withFigure = rows.filter((r) => r.value !== null).length;
    const r = dated[0];
    if (!r) return null;
    const count = formatValueInWords({ value: r.value!, unit: 'persons', qualifier: r.qualifier }, locale);
    const rate = formatValue({ value: r.per_100k!, unit: 'rate', qualifier: r.qualifier }, locale, 0);
    return {
      figure: rate,
      text: say(locale, {
        vi: `${r.name_vi}: ${count} nghiện có hồ sơ quản lý (${periodLabel(r, 'vi')}), tức ${rate} trên 100.000 dân — cao nhất trong ${withFigure} tỉnh có số liệu, mỗi tỉnh một năm riêng.`,
        en: `${r.name_en}: ${count} registered as dependent (${periodLabel(r, 'en')}), ${rate} per 100,000 inhabitants — the highest of the ${withFigure} provinces with a figure, each for its own year.`,
      }),
      links: [
        { href: placePath(locale, { place_id: r.place_id, name_en: r.name_en }), text: inLocale(r, 'name', locale) },
        ...splitList(r.source_ids).map((id) => ({ href: sourcePath(locale, id), text: source[locale] })),
        { href: localePath(locale, '/compare/'), text: say(locale, { vi: 'so sánh các tỉnh', en: 'compare provinces' }) },
      ],
    };
  },
};

const NationalInFacilities = rowSchema('figures').pick({
  value: true,
  qualifier: true,
  unit: true,
  period_end: true,
  period_as_printed: true,
  source_id: true,
  source_language: true,
  measure_id: true,
});
const nationalInFacilities: FindingDefinition<z.infer<typeof NationalInFacilities>> = {
  id: 'finding-national-in-facilities',
  title: { vi: 'Số người đang cai nghiện tại cơ sở, cả nước, mới nhất', en: 'People in rehab facilities nationally, latest figure' },
  fileName: { vi: 'phat-hien-ca-nuoc-so-nguoi-tai-co-so', en: 'finding-national-people-in-facilities' },
  sql: `-- The latest dated national count of people in rehab facilities.
SELECT ${selectList('figures', ['value', 'qualifier', 'unit', 'period_end', 'period_as_printed', 'source_id', 'source_language', 'measure_id'])}
FROM figures
WHERE place_level = 'country' AND measure_id = 'in_treatment_facility' AND unit = 'persons'
  AND basis = 'actual' AND subgroup IS NULL AND period_end IS NOT NULL
ORDER BY period_end DESC, figure_id
LIMIT 1`,
  row: NationalInFacilities,
  sourceIds: (rows) => rows.map((r) => r.source_id),
  measureIds: (rows) => rows.map((r) => r.measure_id),
  render: ([r], locale) =>
    r
      ? {
          figure: formatValue(r, locale, 0),
          text: say(locale, {
            // The source's words for the date only on a page in the source's language.
            vi: `Cả nước: ${formatValueInWords(r, 'vi')} đang cai nghiện tại cơ sở (${formatDate(r.period_end!, 'vi')}${r.source_language === 'vi' ? `; nguồn in “${r.period_as_printed}”` : ''}).`,
            en: `Viet Nam: ${formatValueInWords(r, 'en')} in rehab facilities (${formatDate(r.period_end!, 'en')}${r.source_language === 'en' ? `; printed “${r.period_as_printed}”` : ''}).`,
          }),
          links: [
            { href: sourcePath(locale, r.source_id), text: source[locale] },
            { href: localePath(locale, '/intake/'), text: say(locale, { vi: 'tiếp nhận cai nghiện', en: 'intake' }) },
          ],
        }
      : null,
};

const RelapseSummary = z.object({
  n: z.number().int(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  documents: z.number().int(),
  unmeasured: z.number().int(),
});
const relapseMeasured: FindingDefinition<z.infer<typeof RelapseSummary>> = {
  id: 'finding-relapse-measured',
  title: { vi: 'Tỷ lệ tái nghiện đo trên nhóm người xác định', en: 'Relapse rates measured on a defined group' },
  fileName: { vi: 'phat-hien-ty-le-tai-nghien-do-luong', en: 'finding-measured-relapse-rates' },
  sql: `-- Relapse rates measured on a defined group (claim = 'measured'): how many, their range, from how many documents,
-- and how many other rates are official statements or second-hand.
SELECT count(*)::INTEGER AS n, min(value) AS low, max(value) AS high, count(DISTINCT source_id)::INTEGER AS documents,
  (SELECT count(*) FROM figures WHERE measure_id = 'relapse_rate' AND claim <> 'measured')::INTEGER AS unmeasured
FROM figures WHERE measure_id = 'relapse_rate' AND claim = 'measured' AND unit = 'percent'`,
  row: RelapseSummary,
  sourceIds: () => [],
  measureIds: () => ['relapse_rate'],
  render: ([r], locale) =>
    r && r.n > 1 && r.low !== null && r.high !== null
      ? {
          figure: `${formatPercent(r.low, locale)}–${formatPercent(r.high, locale)}`,
          text: say(locale, {
            vi: `${r.n} tỷ lệ tái nghiện đo trên nhóm người xác định, từ ${r.documents} tài liệu, nằm trong khoảng ${formatPercent(r.low, 'vi')} đến ${formatPercent(r.high, 'vi')}; chúng đo những nhóm người, thời gian theo dõi và cách đo khác nhau. ${r.unmeasured} tỷ lệ khác là phát biểu hoặc con số dẫn lại.`,
            en: `${r.n} relapse rates measured on a defined group, from ${r.documents} documents, range from ${formatPercent(r.low, 'en')} to ${formatPercent(r.high, 'en')}; they measure different groups, follow-up times and methods. ${r.unmeasured} other rates are statements or repeated figures.`,
          }),
          links: [{ href: localePath(locale, '/relapse/'), text: say(locale, { vi: 'tái nghiện, kèm định nghĩa', en: 'relapse, with definitions' }) }],
        }
      : null,
};

const ChecksSummary = z.object({ n: z.number().int(), mismatches: z.number().int(), disagreements: z.number().int() });
const checks: FindingDefinition<z.infer<typeof ChecksSummary>> = {
  id: 'finding-checks',
  title: { vi: 'Kiểm tra số học của số liệu công bố', en: 'Checks of the published arithmetic' },
  fileName: { vi: 'phat-hien-kiem-tra-so-hoc', en: 'finding-arithmetic-checks' },
  sql: `-- Checks of the published arithmetic, how many do not add up, and how many pairs of documents disagree.
SELECT count(*)::INTEGER AS n, count(*) FILTER (WHERE verdict = 'mismatch')::INTEGER AS mismatches,
  count(*) FILTER (WHERE kind = 'disagreement')::INTEGER AS disagreements
FROM checks`,
  row: ChecksSummary,
  sourceIds: () => [],
  measureIds: () => [],
  render: ([r], locale) =>
    r && r.n > 0
      ? {
          figure: `${r.mismatches}/${r.n}`,
          text: say(locale, {
            vi: `${r.mismatches} trên ${r.n} phép kiểm tra số liệu công bố không khớp (tổng khác các thành phần, tỷ lệ khác số đếm, hai nguồn in hai số khác nhau: ${r.disagreements} cặp). Cả hai số được giữ nguyên.`,
            en: `${r.mismatches} of ${r.n} checks of the published figures do not add up (a total unlike its parts, a percentage unlike its counts, two documents printing different numbers: ${r.disagreements} pairs). Both numbers are kept.`,
          }),
          links: [{ href: localePath(locale, '/checks/'), text: say(locale, { vi: 'xem các phép kiểm tra', en: 'see the checks' }) }],
        }
      : null,
};

export const FINDINGS: FindingDefinition<any>[] = [attainment, highestRate, nationalInFacilities, relapseMeasured, checks];
