// The home page's headline findings, each computed by its own SQL over the
// published tables (offered as "Open in SQL"), each a number with its place,
// period and source. A finding whose query finds nothing is left out, so the
// home page never states what the data no longer says.

import type { Locale } from '../../i18n/ui.ts';
import { sql63, COMPARE_MEASURES } from '../charts/compare.ts';
import { formatDate, formatNumber, formatPercent } from '../format.ts';
import { publishedQuery } from '../published-data.ts';
import { UNITS } from '../schema/vocabulary.ts';
import { localePath } from '../../i18n/ui.ts';
import { placePath, sourcePath } from './paths.ts';

type Row = Record<string, string | number | boolean | null>;

export interface Finding {
  id: string;
  /** The number a reader sees first. */
  figure: string;
  text: string;
  links: Array<{ href: string; text: string }>;
  sql: string;
}

interface FindingDefinition {
  id: string;
  sql: string;
  render: (rows: Row[], locale: Locale) => Omit<Finding, 'id' | 'sql'> | null;
}

const str = (v: unknown) => (v === null || v === undefined ? '' : String(v));
const num = (v: unknown) => Number(v);
const unitLabel = (unit: string, locale: Locale) => UNITS[unit as keyof typeof UNITS]?.[locale] ?? unit;
const QUALIFIER_WORD: Record<string, { vi: string; en: string }> = {
  more_than: { vi: 'hơn ', en: 'more than ' },
  at_least: { vi: 'ít nhất ', en: 'at least ' },
  about: { vi: 'khoảng ', en: 'about ' },
  nearly: { vi: 'gần ', en: 'nearly ' },
  less_than: { vi: 'dưới ', en: 'less than ' },
  at_most: { vi: 'tối đa ', en: 'at most ' },
};
const qualified = (q: unknown, text: string, locale: Locale) => `${QUALIFIER_WORD[str(q)]?.[locale] ?? ''}${text}`;

export const FINDINGS: FindingDefinition[] = [
  {
    id: 'attainment',
    sql: `-- The latest whole-period result set against its target, with the share printed or computed.
SELECT a.place_id, a.place_name_vi, a.place_name_en, a.unit, a.actual_value, a.actual_qualifier,
  a.actual_period_as_printed, m.label_vi, m.label_en, coalesce(a.printed_pct, round(a.computed_pct, 1)) AS pct,
  a.printed_pct IS NOT NULL AS printed, a.actual_source_id, f.period_end
FROM attainment a JOIN measures m USING (measure_id) JOIN figures f ON f.figure_id = a.actual_figure_id
WHERE NOT a.partial_period AND f.period_kind = 'year'
ORDER BY f.period_end DESC, a.attainment_id
LIMIT 1`,
    render: ([r], locale) =>
      r
        ? {
            figure: formatPercent(num(r.pct), locale),
            text:
              locale === 'vi'
                ? `${r.place_name_vi}: ${qualified(r.actual_qualifier, formatNumber(num(r.actual_value), locale), locale)} ${unitLabel(str(r.unit), locale)} — ${str(r.label_vi).toLowerCase()} — ${r.actual_period_as_printed}, đạt ${formatPercent(num(r.pct), locale)} chỉ tiêu (${r.printed ? 'nguồn in' : 'tính từ kết quả và chỉ tiêu'}).`
                : `${r.place_name_en}: ${qualified(r.actual_qualifier, formatNumber(num(r.actual_value), locale), locale)} ${unitLabel(str(r.unit), locale)} — ${str(r.label_en).toLowerCase()} — in ${r.actual_period_as_printed}, ${formatPercent(num(r.pct), locale)} of the target (${r.printed ? 'as printed' : 'computed from result and target'}).`,
            links: [
              { href: placePath(locale, { place_id: str(r.place_id), name_en: str(r.place_name_en) }), text: locale === 'vi' ? str(r.place_name_vi) : str(r.place_name_en) },
              { href: sourcePath(locale, str(r.actual_source_id)), text: locale === 'vi' ? 'nguồn' : 'source' },
            ],
          }
        : null,
  },
  {
    id: 'highest-rate',
    sql: `${sql63(COMPARE_MEASURES[0])}`,
    render: (rows, locale) => {
      const dated = rows.filter((r) => r.per_100k !== null && r.year_basis === 'period').sort((a, b) => num(b.per_100k) - num(a.per_100k));
      const withFigure = rows.filter((r) => r.value !== null).length;
      const r = dated[0];
      if (!r) return null;
      return {
        figure: formatNumber(num(r.per_100k), locale, 0),
        text:
          locale === 'vi'
            ? `${r.name_vi}: ${qualified(r.qualifier, formatNumber(num(r.value), locale), locale)} người nghiện có hồ sơ quản lý (${r.period_as_printed}), tức ${formatNumber(num(r.per_100k), locale, 0)} trên 100.000 dân — cao nhất trong ${withFigure} tỉnh có số liệu, mỗi tỉnh một năm riêng.`
            : `${r.name_en}: ${qualified(r.qualifier, formatNumber(num(r.value), locale), locale)} registered dependent people (${r.period_as_printed}), ${formatNumber(num(r.per_100k), locale, 0)} per 100,000 inhabitants — the highest of the ${withFigure} provinces with a figure, each for its own year.`,
        links: [
          { href: placePath(locale, { place_id: str(r.place_id), name_en: str(r.name_en) }), text: locale === 'vi' ? str(r.name_vi) : str(r.name_en) },
          { href: sourcePath(locale, str(r.source_ids)), text: locale === 'vi' ? 'nguồn' : 'source' },
          { href: localePath(locale, '/compare/'), text: locale === 'vi' ? 'so sánh các tỉnh' : 'compare provinces' },
        ],
      };
    },
  },
  {
    id: 'national-in-facilities',
    sql: `-- The latest dated national count of people in rehab facilities.
SELECT value, qualifier, period_end, period_as_printed, source_id
FROM figures
WHERE place_level = 'country' AND measure_id = 'in_treatment_facility' AND unit = 'persons'
  AND basis = 'actual' AND subgroup IS NULL AND period_end IS NOT NULL
ORDER BY period_end DESC, figure_id
LIMIT 1`,
    render: ([r], locale) =>
      r
        ? {
            figure: qualified(r.qualifier, formatNumber(num(r.value), locale), locale),
            text:
              locale === 'vi'
                ? `Cả nước: ${qualified(r.qualifier, formatNumber(num(r.value), locale), locale)} người đang cai nghiện tại cơ sở (${formatDate(str(r.period_end), locale)}; nguồn in “${r.period_as_printed}”).`
                : `Viet Nam: ${qualified(r.qualifier, formatNumber(num(r.value), locale), locale)} people in rehab facilities (${formatDate(str(r.period_end), locale)}; printed “${r.period_as_printed}”).`,
            links: [
              { href: sourcePath(locale, str(r.source_id)), text: locale === 'vi' ? 'nguồn' : 'source' },
              { href: localePath(locale, '/intake/'), text: locale === 'vi' ? 'tiếp nhận cai nghiện' : 'intake' },
            ],
          }
        : null,
  },
  {
    id: 'relapse-measured',
    sql: `-- Relapse rates measured on a defined group: how many, their range, the largest group.
SELECT count(*)::INTEGER AS n, min(value) AS low, max(value) AS high, count(DISTINCT source_id)::INTEGER AS documents,
  (SELECT count(*) FROM figures WHERE measure_id = 'relapse_rate' AND claim <> 'measured')::INTEGER AS unmeasured
FROM figures WHERE measure_id = 'relapse_rate' AND claim = 'measured' AND unit = 'percent'`,
    render: ([r], locale) =>
      r && num(r.n) > 1
        ? {
            figure: `${formatPercent(num(r.low), locale)}–${formatPercent(num(r.high), locale)}`,
            text:
              locale === 'vi'
                ? `${r.n} tỷ lệ tái nghiện đo trên nhóm người xác định, từ ${r.documents} tài liệu, nằm trong khoảng ${formatPercent(num(r.low), locale)} đến ${formatPercent(num(r.high), locale)}; chúng đo những nhóm người, thời gian theo dõi và cách đo khác nhau. ${r.unmeasured} tỷ lệ khác là phát biểu hoặc con số dẫn lại.`
                : `${r.n} relapse rates measured on a defined group, from ${r.documents} documents, range from ${formatPercent(num(r.low), locale)} to ${formatPercent(num(r.high), locale)}; they measure different groups, follow-up times and methods. ${r.unmeasured} other rates are statements or repeated figures.`,
            links: [{ href: localePath(locale, '/relapse/'), text: locale === 'vi' ? 'tái nghiện, kèm định nghĩa' : 'relapse, with definitions' }],
          }
        : null,
  },
  {
    id: 'checks',
    sql: `-- Checks of the published arithmetic and how many do not add up.
SELECT count(*)::INTEGER AS n, count(*) FILTER (WHERE verdict = 'mismatch')::INTEGER AS mismatches FROM checks`,
    render: ([r], locale) =>
      r && num(r.n) > 0
        ? {
            figure: `${r.mismatches}/${r.n}`,
            text:
              locale === 'vi'
                ? `${r.mismatches} trên ${r.n} phép kiểm tra số học của số liệu công bố không khớp (tổng khác các thành phần, tỷ lệ khác số đếm). Cả hai số được giữ nguyên.`
                : `${r.mismatches} of ${r.n} checks of the published arithmetic do not add up (a total unlike its parts, a percentage unlike its counts). Both numbers are kept.`,
            links: [{ href: localePath(locale, '/checks/'), text: locale === 'vi' ? 'xem các phép kiểm tra' : 'see the checks' }],
          }
        : null,
  },
];

export async function findings(locale: Locale): Promise<Finding[]> {
  const out: Finding[] = [];
  for (const f of FINDINGS) {
    const rendered = f.render(await publishedQuery<Row>(f.sql), locale);
    if (rendered) out.push({ id: f.id, sql: f.sql, ...rendered });
  }
  return out;
}
