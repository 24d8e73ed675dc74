// Targets and attainment: results set against their targets (the derived
// attainment table, printed and computed shares side by side), and every
// published target with whether a result was found for it.

import type { Locale } from '../../../i18n/ui.ts';
import { sourcePath } from '../../data/paths.ts';
import { formatPercent, formatValue, partialLabel, periodLabel } from '../../format.ts';
import { rowSchema, selectList } from '../../schema/rows.ts';
import type { TableRow } from '../../schema/tables.ts';
import { attainmentDots, attainmentRowLabel } from '../attainment-dots.ts';
import { FIGURE_COLUMNS, valueText } from '../columns.ts';
import { describeRanking } from '../describe.ts';
import { figureDots } from '../figure-dots.ts';
import { FIGURE_POINT_COLUMNS, FigurePoint } from '../figure-point.ts';
import { valueLegend } from '../marks.ts';
import { ATTAINMENT_COLORS } from '../palette.ts';
import type { ChartDefinition } from '../types.ts';
import { byPlaceThenTime, placePeriodLabel } from './intake.ts';
import { dotSwatch, figureTitle, measuresOf, sourcesOf } from './shared.ts';

const ATTAINMENT_FIELDS = [
  'attainment_id',
  'place_id',
  'place_name_vi',
  'place_name_en',
  'measure_id',
  'unit',
  'actual_value',
  'actual_qualifier',
  'actual_period_as_printed',
  'target_value',
  'target_period_as_printed',
  'computed_pct',
  'printed_pct',
  'verdict',
  'actual_source_id',
  'target_source_id',
] as const satisfies ReadonlyArray<keyof TableRow<'attainment'>>;

/** An attainment row with the names, the actual's period (as the figures table publishes it) and whether it is partial. */
export const AttainmentChartRow = rowSchema('attainment')
  .pick(Object.fromEntries(ATTAINMENT_FIELDS.map((k) => [k, true])) as { [K in (typeof ATTAINMENT_FIELDS)[number]]: true })
  .extend(
    rowSchema('figures').pick({
      measure_label_vi: true,
      measure_label_en: true,
      period_kind: true,
      period_start: true,
      period_end: true,
      period_open_at_publication: true,
      year: true,
      year_basis: true,
    }).shape,
  )
  .extend({ partial: rowSchema('attainment').shape.partial_period, printed_source_id: rowSchema('figures').shape.source_id.nullable() });
export type AttainmentChartRow = Pick<TableRow<'attainment'>, (typeof ATTAINMENT_FIELDS)[number]> &
  Pick<
    TableRow<'figures'>,
    'measure_label_vi' | 'measure_label_en' | 'period_kind' | 'period_start' | 'period_end' | 'period_open_at_publication' | 'year' | 'year_basis'
  > & {
    partial: boolean;
    printed_source_id: string | null;
  };

const pct = (v: number | null, locale: Locale) => (v === null ? '—' : formatPercent(v, locale));
const say = (locale: Locale, text: Record<Locale, string>) => text[locale];

function attainmentTitle(r: AttainmentChartRow, locale: Locale): string {
  const partial = partialLabel(r, locale);
  return [
    attainmentRowLabel(r, locale),
    `${say(locale, { vi: 'Kết quả', en: 'Actual' })}: ${formatValue({ value: r.actual_value, unit: r.unit, qualifier: r.actual_qualifier }, locale)} (${r.actual_period_as_printed})${partial ? `, ${partial}` : ''}`,
    r.target_value !== null
      ? `${say(locale, { vi: 'Chỉ tiêu', en: 'Target' })}: ${formatValue({ value: r.target_value, unit: r.unit, qualifier: 'exact' }, locale)} (${r.target_period_as_printed})`
      : '',
    `${say(locale, { vi: 'Tính ở đây', en: 'Computed here' })}: ${pct(r.computed_pct, locale)} · ${say(locale, { vi: 'nguồn in', en: 'printed' })}: ${pct(r.printed_pct, locale)}`,
  ]
    .filter(Boolean)
    .join('\n');
}

const attainment: ChartDefinition<AttainmentChartRow> = {
  id: 'attainment',
  topic: 'targets',
  fileName: { vi: 'ty-le-hoan-thanh-chi-tieu', en: 'target-attainment' },
  title: { vi: 'Kết quả so với chỉ tiêu, theo địa bàn và kỳ', en: 'Results against targets, by place and period' },
  subtitle: {
    vi: 'Phần trăm chỉ tiêu đạt được. Chấm: tính ở đây (kết quả ÷ chỉ tiêu); hình thoi: nguồn in. Hình rỗng: kết quả một phần kỳ so với chỉ tiêu cả kỳ.',
    en: 'Percent of target reached. Dot: computed here (actual ÷ target); diamond: as the source printed it. Open shapes: part of a period against the whole period’s target.',
  },
  sql: `-- Every pairing of a result with its target (the derived attainment table), with the period of the result.
SELECT ${selectList(
    'attainment',
    ATTAINMENT_FIELDS.filter((f) => f !== 'computed_pct'),
    'a',
  )}, round(a.computed_pct, 1) AS computed_pct,
  m.label_vi AS measure_label_vi, m.label_en AS measure_label_en,
  ${selectList('figures', ['period_kind', 'period_start', 'period_end', 'period_open_at_publication', 'year', 'year_basis'], 'f')},
  a.partial_period AS partial, p.source_id AS printed_source_id
FROM attainment a
JOIN measures m USING (measure_id)
JOIN figures f ON f.figure_id = a.actual_figure_id
LEFT JOIN figures p ON p.figure_id = a.printed_figure_id
ORDER BY a.place_name_vi, f.period_end, a.measure_id, a.attainment_id`,
  row: AttainmentChartRow as never,
  build: attainmentDots<AttainmentChartRow>({ title: attainmentTitle }),
  describe: (rows, locale) => {
    const shown = rows.map((r) => ({ ...r, value: r.computed_pct ?? r.printed_pct ?? 0, value_high: null, unit: 'percent', qualifier: r.actual_qualifier }));
    const below = shown.filter((r) => r.value < 100 && !r.partial).length;
    const partial = shown.filter((r) => r.partial).length;
    const lead = say(locale, {
      vi: `${rows.length} cặp kết quả – chỉ tiêu; ${partial} là kết quả một phần kỳ; ${below} kết quả cả kỳ dưới 100%.`,
      en: `${rows.length} results set against targets; ${partial} are part-period results; ${below} whole-period results are below 100%.`,
    });
    return `${lead} ${describeRanking(
      shown,
      (r) => attainmentRowLabel(r, locale),
      (r) => periodLabel(r, locale),
      locale,
    )}`;
  },
  columns: [
    { label: { vi: 'Địa bàn · chỉ tiêu', en: 'Place · measure' }, essential: true, cell: (r, locale) => ({ text: attainmentRowLabel(r, locale) }) },
    {
      label: { vi: 'Kết quả', en: 'Actual' },
      essential: true,
      cell: (r, locale) => ({
        text: valueText({ value: r.actual_value, value_high: null, unit: r.unit, qualifier: r.actual_qualifier, basis: 'actual' }, locale),
        numeric: true,
        href: sourcePath(locale, r.actual_source_id),
      }),
    },
    {
      label: { vi: 'Kỳ của kết quả', en: 'Period of the actual' },
      cell: (r, locale) => ({ text: `${periodLabel(r, locale)}${partialLabel(r, locale) ? ` (${partialLabel(r, locale)})` : ''}` }),
    },
    {
      label: { vi: 'Chỉ tiêu', en: 'Target' },
      cell: (r, locale) =>
        r.target_value === null
          ? { text: say(locale, { vi: 'nguồn không in', en: 'not printed' }) }
          : {
              text: valueText({ value: r.target_value, value_high: null, unit: r.unit, qualifier: 'exact', basis: 'actual' }, locale),
              numeric: true,
              href: r.target_source_id ? sourcePath(locale, r.target_source_id) : undefined,
            },
    },
    { label: { vi: 'Tính ở đây', en: 'Computed here' }, essential: true, cell: (r, locale) => ({ text: pct(r.computed_pct, locale), numeric: true }) },
    {
      label: { vi: 'Nguồn in', en: 'Printed' },
      cell: (r, locale) => ({
        text: pct(r.printed_pct, locale),
        numeric: true,
        href: r.printed_source_id ? sourcePath(locale, r.printed_source_id) : undefined,
      }),
    },
  ],
  legend: (rows) => [
    { swatch: dotSwatch(ATTAINMENT_COLORS.computed), label: { vi: 'tính ở đây: kết quả ÷ chỉ tiêu', en: 'computed here: actual ÷ target' } },
    {
      swatch: `<svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false"><path d="M7 1L13 7L7 13L1 7Z" fill="${ATTAINMENT_COLORS.printed}" fill-opacity="0.35" stroke="${ATTAINMENT_COLORS.printed}" stroke-width="2"/></svg>`,
      label: { vi: 'tỷ lệ nguồn in ("đạt X% kế hoạch")', en: 'as the source printed it ("đạt X% kế hoạch")' },
    },
    ...valueLegend(
      rows.map((r) => ({ value: r.computed_pct ?? 0, value_high: null, qualifier: r.actual_qualifier, partial: r.partial })),
      ATTAINMENT_COLORS.computed,
      { whole: false },
    ),
  ],
  notes: (_rows, locale) => [
    say(locale, {
      vi: 'Tỷ lệ "tính ở đây" chỉ có khi nguồn in cả kết quả lẫn chỉ tiêu của cùng địa bàn, chỉ tiêu và đơn vị. Kết quả 6 hay 9 tháng so với chỉ tiêu cả năm chưa phải kết quả cuối cùng.',
      en: 'A "computed here" share exists only where sources printed both the result and the target for the same place, measure and unit. Six or nine months against a full-year target is not a final result.',
    }),
  ],
  sourceIds: (rows) => [...new Set(rows.flatMap((r) => [r.actual_source_id, r.target_source_id, r.printed_source_id].filter((s): s is string => s !== null)))],
  measureIds: measuresOf,
  minRows: 1,
  widths: { narrow: 340, wide: 760 },
};

export const TargetPoint = FigurePoint.extend({ has_result: rowSchema('attainment').shape.partial_period });
export type TargetPoint = FigurePoint & { has_result: boolean };

const targetsList: ChartDefinition<TargetPoint> = {
  id: 'targets-list',
  topic: 'targets',
  fileName: { vi: 'moi-chi-tieu-ke-hoach', en: 'every-published-target' },
  title: { vi: 'Mọi chỉ tiêu kế hoạch đã công bố', en: 'Every published target' },
  subtitle: {
    vi: 'Các con số kế hoạch ("chỉ tiêu", "phấn đấu"), kể cả những chỉ tiêu chưa tìm thấy kết quả tương ứng.',
    en: 'The plans’ numbers ("chỉ tiêu", "phấn đấu"), including targets whose result has not been found.',
  },
  sql: `-- Every target a source printed, and whether a result has been paired with it (attainment table).
SELECT ${FIGURE_POINT_COLUMNS},
  EXISTS (SELECT 1 FROM attainment a WHERE a.target_figure_id = f.figure_id) AS has_result
FROM figures f
WHERE f.basis = 'target'
ORDER BY f.place_level, f.place_name_vi, f.period_end NULLS LAST, f.measure_id, f.figure_id`,
  row: TargetPoint as never,
  build: figureDots<TargetPoint>({ rowLabel: placePeriodLabel, sort: byPlaceThenTime, title: figureTitle }),
  describe: (rows, locale) => {
    const paired = rows.filter((r) => r.has_result).length;
    const places = new Set(rows.map((r) => r.place_id)).size;
    return say(locale, {
      vi: `${rows.length} chỉ tiêu của ${places} địa bàn; ${paired} đã có kết quả được ghép.`,
      en: `${rows.length} targets for ${places} places; ${paired} have a result paired with them.`,
    });
  },
  columns: [
    ...FIGURE_COLUMNS.slice(0, 5),
    {
      label: { vi: 'Đã có kết quả', en: 'Result found' },
      cell: (r, locale) => ({ text: r.has_result ? say(locale, { vi: 'có', en: 'yes' }) : say(locale, { vi: 'chưa tìm thấy', en: 'not yet found' }) }),
    },
    FIGURE_COLUMNS[FIGURE_COLUMNS.length - 1],
  ],
  sourceIds: sourcesOf,
  measureIds: measuresOf,
  listOnly: true,
};

export const TARGET_CHARTS: ChartDefinition<any>[] = [attainment, targetsList];
