// Relapse and outcomes: every published relapse rate drawn by the kind of
// evidence it is (measured on a cohort, an authority's statement, repeated
// from elsewhere), every relapse figure with its cohort, and the outcomes and
// post-rehab figures as a cited list.

import type { Locale } from '../../../i18n/ui.ts';
import { formatValue, inLocale, periodLabel, termLabel } from '../../format.ts';
import { CLAIM_IDS, type Claim } from '../../schema/vocabulary.ts';
import { claimText, cohortSizeText, FIGURE_COLUMNS, RELAPSE_COLUMNS } from '../columns.ts';
import { describeRanking } from '../describe.ts';
import { figureDots } from '../figure-dots.ts';
import { FIGURE_POINT_COLUMNS, FigurePoint, placeName, RELAPSE_POINT_COLUMNS, RelapsePoint } from '../figure-point.ts';
import { valueLegend } from '../marks.ts';
import { CLAIM_COLORS, NEUTRAL } from '../palette.ts';
import type { ChartDefinition } from '../types.ts';
import { byPlaceThenTime, placePeriodLabel } from './intake.ts';
import { dotSwatch, figureTitle, measuresOf, sourcesOf } from './shared.ts';

const say = (locale: Locale, text: Record<Locale, string>) => text[locale];

/** "Hải Phòng · 2013 · n=216" (the cohort's size when it is known). */
const relapseLabel = (r: RelapsePoint, locale: Locale) =>
  `${placeName(r, locale)} · ${periodLabel(r, locale)}${r.cohort_size !== null ? ` · ${sizeLabel(r, locale)}` : ''}`;

/** "n=216", and "n>11.500" rather than "n=>11.500" when the size was printed with a qualifier. */
function sizeLabel(r: RelapsePoint, locale: Locale): string {
  const size = cohortSizeText(r, locale);
  return /^[<>≤≥≈]/u.test(size) ? `n${size}` : `n=${size}`;
}

function relapseTitle(r: RelapsePoint, locale: Locale): string {
  const cohort = inLocale(r, 'cohort', locale);
  const follow = inLocale(r, 'follow_up', locale);
  return `${figureTitle(r, locale)}\n${claimText(r, locale)}\n${cohort ?? ''}; ${follow ?? ''}`;
}

/** How many figures of each kind of evidence: "5 đo trên nhóm người xác định, 12 phát biểu chính thức, 3 dẫn lại". */
function byClaim(rows: RelapsePoint[], locale: Locale): string {
  const count = (c: Claim) => rows.filter((r) => r.claim === c).length;
  return say(locale, {
    vi: `${count('measured')} đo trên nhóm người xác định, ${count('official')} phát biểu chính thức, ${count('second_hand')} dẫn lại`,
    en: `${count('measured')} measured on a defined group, ${count('official')} official statements, ${count('second_hand')} repeated from elsewhere`,
  });
}

const relapseRates: ChartDefinition<RelapsePoint> = {
  id: 'relapse-rates',
  topic: 'relapse',
  fileName: { vi: 'ty-le-tai-nghien-da-cong-bo', en: 'published-relapse-rates' },
  title: { vi: 'Tỷ lệ tái nghiện đã công bố, theo loại bằng chứng', en: 'Published relapse rates, by kind of evidence' },
  subtitle: {
    vi: 'Phần trăm người tái nghiện, như nguồn in. Xanh: đo trên một nhóm người xác định; cam: phát biểu của cơ quan chức năng; xám: nguồn dẫn lại từ nơi khác. Mũi tên: "hơn" (cao hơn) hoặc "lên tới" (thấp hơn). Các tỷ lệ đo những nhóm người, thời gian theo dõi và cách đo khác nhau: xem bảng.',
    en: 'Percent of people who relapsed, as printed. Blue: measured on a defined group; orange: an authority’s statement; grey: repeated from elsewhere. Arrows: "more than" (higher) or "up to" (lower). The rates measure different groups, follow-up times and methods: see the table.',
  },
  sql: `-- Every published relapse rate (share of people who used drugs again), with what kind of evidence it is
-- (claim: measured on a cohort, official statement, or second_hand) and the cohort it is about.
SELECT ${RELAPSE_POINT_COLUMNS}
FROM figures f
WHERE f.measure_id = 'relapse_rate' AND f.unit = 'percent' AND f.basis = 'actual'
ORDER BY f.claim, f.value DESC, f.figure_id`,
  row: RelapsePoint,
  build: figureDots<RelapsePoint>({
    rowLabel: relapseLabel,
    rowKey: (r) => r.figure_id,
    colorKey: (r) => r.claim ?? '',
    colors: CLAIM_COLORS,
    sort: (a, b) => CLAIM_IDS.indexOf(a.claim!) - CLAIM_IDS.indexOf(b.claim!) || b.value - a.value || a.figure_id.localeCompare(b.figure_id),
    title: relapseTitle,
    valueLabels: true,
  }),
  describe: (rows, locale) => {
    const measured = rows.filter((r) => r.claim === 'measured');
    const head = say(locale, { vi: `${rows.length} tỷ lệ: ${byClaim(rows, locale)}.`, en: `${rows.length} rates: ${byClaim(rows, locale)}.` });
    if (measured.length === 0) return head;
    return `${head} ${say(locale, { vi: 'Trong các tỷ lệ đo được:', en: 'Among measured rates:' })} ${describeRanking(
      measured,
      (r) => placeName(r, locale),
      (r) => periodLabel(r, locale),
      locale,
      (r) => r.value,
      (r) => formatValue(r, locale),
    )}`;
  },
  columns: RELAPSE_COLUMNS,
  legend: (rows) => [
    ...CLAIM_IDS.filter((c) => rows.some((r) => r.claim === c)).map((c) => ({
      swatch: dotSwatch(CLAIM_COLORS[c]),
      label: { vi: termLabel('claim', c, 'vi'), en: termLabel('claim', c, 'en') },
    })),
    ...valueLegend(rows, NEUTRAL, { whole: false }),
  ],
  notes: (_rows, locale) => [
    say(locale, {
      vi: 'Không có hai tỷ lệ nào đo cùng một thứ: nhóm người (học viên về từ cơ sở bắt buộc, bệnh nhân methadone, người nghiện có hồ sơ của một huyện), thời gian theo dõi và cách đo (tự khai, xét nghiệm nước tiểu, tái nhập cơ sở) khác nhau. Đừng xếp hạng các tỉnh theo những con số này. "Đo lường" nghĩa là chính nguồn báo cáo một nhóm người mà nó hoặc một cơ quan, nghiên cứu có tên đã theo dõi, có số người hoặc mẫu số, hoặc có cách đo.',
      en: 'No two rates measure the same thing: the group (returnees from compulsory centres, methadone patients, a district’s registered users), the follow-up time and the method (self-report, urine test, readmission) differ. Do not rank provinces by these numbers. "Measured" means the source itself reports a group that it, or a named body or study, followed, with a count or a denominator, or a stated method.',
    }),
  ],
  sourceIds: sourcesOf,
  measureIds: measuresOf,
  minRows: 8,
  widths: { narrow: 340, wide: 760 },
};

/**
 * The relapse rates of one kind of evidence: a reader who trusts only rates
 * measured on a cohort sees those alone, with their own table and downloads.
 */
function relapseRatesOf(claim: Claim): ChartDefinition<RelapsePoint> {
  const kind = { vi: termLabel('claim', claim, 'vi'), en: termLabel('claim', claim, 'en') };
  const slug = claim.replaceAll('_', '-');
  return {
    ...relapseRates,
    id: `relapse-rates-${slug}`,
    fileName: { vi: `${relapseRates.fileName.vi}-${slugVi[claim]}`, en: `${relapseRates.fileName.en}-${slug}` },
    title: { vi: `Tỷ lệ tái nghiện đã công bố, chỉ loại "${kind.vi}"`, en: `Published relapse rates: ${kind.en} only` },
    sql: relapseRates.sql
      .replace('-- Every published relapse rate', `-- The published relapse rates whose claim is '${claim}'`)
      .replace("AND f.basis = 'actual'", `AND f.basis = 'actual' AND f.claim = '${claim}'`),
    minRows: 1,
    viewOf: { chart: relapseRates.id, label: kind, by: { vi: 'Loại bằng chứng', en: 'Kind of evidence' } },
  };
}
const slugVi: Record<Claim, string> = { measured: 'do-luong', official: 'chinh-thuc', second_hand: 'dan-lai' };

/** Every figure of a relapse measure (rates, counts, methadone drug use, repeat admissions), for the cited list. */
const relapseFigures: ChartDefinition<RelapsePoint> = {
  ...relapseRates,
  id: 'relapse-figures',
  fileName: { vi: 'moi-con-so-ve-tai-nghien', en: 'every-relapse-figure' },
  title: { vi: 'Mọi con số về tái nghiện, kèm định nghĩa', en: 'Every relapse figure, with its definition' },
  subtitle: {
    vi: 'Tỷ lệ và số người tái nghiện, sử dụng ma túy trong khi điều trị methadone, và tỷ lệ người đã cai nghiện nhiều lần: mỗi con số một dòng, với nhóm người, thời gian theo dõi và cách đo.',
    en: 'Relapse rates and counts, drug use during methadone treatment, and shares of people admitted more than once: one row per figure, with its group, follow-up and method.',
  },
  describe: (rows, locale) => {
    const measures = new Set(rows.map((r) => r.measure_id)).size;
    const places = new Set(rows.map((r) => r.place_id)).size;
    return say(locale, {
      vi: `${rows.length} con số của ${measures} chỉ tiêu về tái nghiện, ${places} địa bàn: ${byClaim(rows, locale)}.`,
      en: `${rows.length} figures of ${measures} relapse measures for ${places} places: ${byClaim(rows, locale)}.`,
    });
  },
  notes: undefined,
  sql: `-- Every figure of a relapse measure, with what kind of evidence it is and the cohort it is about.
SELECT ${RELAPSE_POINT_COLUMNS}
FROM figures f
WHERE f.measure_id LIKE 'relapse\\_%' ESCAPE '\\'
ORDER BY f.measure_id, f.claim, f.place_name_vi, f.figure_id`,
  listOnly: true,
};

const outcomesFigures: ChartDefinition<FigurePoint> = {
  id: 'outcomes-figures',
  topic: 'relapse',
  fileName: { vi: 'hoan-thanh-cai-nghien-va-ho-tro-sau-cai', en: 'completion-and-post-rehab-support' },
  title: { vi: 'Hoàn thành cai nghiện, quản lý và hỗ trợ sau cai', en: 'Completion, post-rehab management and support' },
  subtitle: {
    vi: 'Mọi con số đã công bố về kết quả cai nghiện (trừ tái nghiện) và quản lý, hỗ trợ sau cai, như nguồn in.',
    en: 'Every published figure on rehab outcomes (other than relapse) and post-rehab management and support, as printed.',
  },
  sql: `-- Outcomes other than relapse, and post-rehab management and support, as printed.
SELECT ${FIGURE_POINT_COLUMNS}
FROM figures f
WHERE f.measure_family IN ('outcomes', 'post_rehab') AND f.measure_id NOT LIKE 'relapse\\_%' ESCAPE '\\'
ORDER BY f.measure_id, f.place_name_vi, f.period_end NULLS LAST, f.figure_id`,
  row: FigurePoint,
  build: figureDots<FigurePoint>({ rowLabel: placePeriodLabel, sort: byPlaceThenTime, title: figureTitle }),
  describe: (rows, locale) => {
    const places = new Set(rows.map((r) => r.place_id)).size;
    const measures = new Set(rows.map((r) => r.measure_id)).size;
    return say(locale, {
      vi: `${rows.length} con số của ${measures} chỉ tiêu, ${places} địa bàn.`,
      en: `${rows.length} figures of ${measures} measures for ${places} places.`,
    });
  },
  columns: FIGURE_COLUMNS,
  sourceIds: sourcesOf,
  measureIds: measuresOf,
  listOnly: true,
};

export const RELAPSE_CHARTS: ChartDefinition<any>[] = [relapseRates, ...CLAIM_IDS.map(relapseRatesOf), relapseFigures, outcomesFigures];
