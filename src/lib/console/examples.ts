// Reviewed example queries for the SQL console. Only these run when a link
// opens the console (?example=<id>); any other SQL in a link waits for the
// reader to press Run. Each one answers a question a journalist or researcher
// asks of the published tables, and orders its rows completely so that the
// browser engine and the build's DuckDB can be compared row by row.

import type { Locale } from '../../i18n/ui.ts';

export interface ConsoleExample {
  id: string;
  title: Readonly<Record<Locale, string>>;
  description: Readonly<Record<Locale, string>>;
  sql: string;
}

export const EXAMPLES = [
  {
    id: 'intake-by-province-year',
    title: {
      vi: 'Tiếp nhận cai nghiện theo tỉnh và năm (người, lượt người)',
      en: 'Intake into rehab by province and year (persons, person-times)',
    },
    description: {
      vi: 'Mọi con số thực hiện về tiếp nhận cai nghiện ở cấp tỉnh, theo năm kết thúc kỳ. Nguồn đếm theo người hoặc theo lượt người (một người vào hai lần là hai lượt): cả hai được liệt kê cạnh nhau, cột unit cho biết, không được cộng với nhau. Các hình thức và kỳ không trọn năm được liệt kê, không cộng dồn.',
      en: 'Every actual intake figure published for a province, by the year its period ends. Sources count persons or person-times (one person admitted twice is two person-times): both are listed side by side, the unit column says which, and they must not be added together. Modalities and part-year periods are listed, not added up.',
    },
    sql: `-- Tiếp nhận cai nghiện, cấp tỉnh, theo năm kết thúc kỳ. Đơn vị (unit): người (persons)
-- hoặc lượt người (person_times), liệt kê cạnh nhau: đừng cộng hai loại với nhau.
-- Intake into rehab, provinces, by the year the period ends. Units side by side:
-- persons and person_times (one person admitted twice is two person-times): never add them.
-- Totals and their parts (modalities, subgroups) are both listed: do not add them up.
-- year and partial are published with each figure: partial = less than a year (or not yet over).
SELECT place_name_vi, place_name_en,
       year, partial,
       value, unit, qualifier,
       measure_id, subgroup, period_kind, period_as_printed,
       source_id, figure_id
FROM figures
WHERE measure_family = 'intake' AND basis = 'actual'
  AND place_level = 'province'
ORDER BY place_name_en, year NULLS LAST, unit, measure_id, figure_id;`,
  },
  {
    id: 'attainment-ranking',
    title: {
      vi: 'Xếp hạng mức hoàn thành chỉ tiêu (đánh dấu kỳ chưa trọn)',
      en: 'Target attainment ranking (partial periods marked)',
    },
    description: {
      vi: 'Kết quả thực hiện so với chỉ tiêu cùng địa phương và chỉ tiêu, cao nhất trước: tỷ lệ do chúng tôi tính khi nguồn in cả hai con số, nếu không thì tỷ lệ nguồn tự in (cột pct_source cho biết). Kỳ chưa trọn (ví dụ 6 tháng so với chỉ tiêu cả năm) chưa phải kết quả cuối cùng.',
      en: 'Actual results against targets for the same place and measure, highest first: computed here when the source printed both numbers, otherwise the percentage the source printed (the pct_source column says which). A partial period (e.g. six months against a full-year target) is not a final result.',
    },
    sql: `-- Mức hoàn thành chỉ tiêu, cao nhất trước: do chúng tôi tính (thực hiện / chỉ tiêu × 100)
-- khi nguồn in cả hai con số, nếu không thì tỷ lệ nguồn tự in (pct_source cho biết).
-- Attainment, highest first: computed here (actual / target × 100) when the source printed
-- both numbers, otherwise the percentage the source printed (pct_source says which).
-- Units side by side: an actual counted in person_times is not one counted in persons.
SELECT place_name_vi, place_name_en, measure_id, unit,
       round(coalesce(computed_pct, printed_pct), 1) AS attainment_pct,
       CASE WHEN computed_pct IS NOT NULL THEN 'computed' ELSE 'printed' END AS pct_source,
       year, actual_value, actual_period_as_printed,
       target_value, target_period_as_printed,
       round(computed_pct, 1) AS computed_pct,
       printed_pct,
       partial_period,
       CASE WHEN partial_period
            THEN 'kỳ chưa trọn / partial period: not a final result'
       END AS caveat
FROM attainment
ORDER BY attainment_pct DESC NULLS LAST, attainment_id;`,
  },
  {
    id: 'relapse',
    title: { vi: 'Số liệu tái nghiện và loại bằng chứng', en: 'Relapse figures and what kind of evidence they are' },
    description: {
      vi: 'Mọi con số về tái nghiện đã công bố, kèm loại bằng chứng (claim), nhóm người được theo dõi, thời gian theo dõi và cách xác định. claim = measured: chính nguồn báo cáo một nhóm người mà nó hoặc một cơ quan, nghiên cứu có tên đã theo dõi; official: nhận định của cơ quan chức năng, không có nhóm người được đo; second_hand: nguồn dẫn lại của người khác (cited_from).',
      en: 'Every published relapse figure, with what kind of evidence it is (claim), who was followed, for how long and how relapse was established. claim = measured: the source reports a group that it or a named body or study followed; official: an authority’s statement without a measured group; second_hand: the source relays someone else’s figure (cited_from).',
    },
    sql: `-- Tái nghiện: mọi con số đã công bố, kèm loại bằng chứng (claim):
--   measured    = nguồn báo cáo một nhóm người mà nó hoặc một cơ quan, nghiên cứu có tên đã theo dõi
--   official    = nhận định của cơ quan chức năng, không gắn với nhóm người được đo lường
--   second_hand = nguồn dẫn lại của người khác (cited_from_vi cho biết của ai)
-- Relapse: every published figure, with what kind of evidence it is (claim):
--   measured = a group the source, or a body or study it names, followed; official = an authority's
--   statement without a measured group; second_hand = relayed from someone else (see cited_from_en).
-- Filter on claim = 'measured' for figures a reader can check against a defined group.
SELECT place_name_vi, place_name_en, period_as_printed,
       measure_label_vi, measure_label_en,
       printed, value, unit, claim, cited_from_vi, cited_from_en,
       cohort_vi, cohort_en, cohort_size, cohort_size_qualifier,
       follow_up_vi, follow_up_en, relapse_method,
       source_publisher, source_title, source_url, figure_id
FROM figures
WHERE measure_id LIKE 'relapse\\_%' ESCAPE '\\'
ORDER BY claim, period_end NULLS LAST, figure_id;`,
  },
  {
    id: 'published-by-province',
    title: { vi: 'Mỗi tỉnh đã công bố những gì', en: 'What each province has published' },
    description: {
      vi: 'Theo tỉnh (63 tỉnh trước 2025): số con số, số tài liệu nguồn, các nhóm chỉ tiêu và khoảng thời gian.',
      en: 'By province (the 63 before 2025): how many figures and source documents, which measure families, and the time span.',
    },
    sql: `-- Theo tỉnh (hệ 63 tỉnh): số con số, tài liệu, nhóm chỉ tiêu, thời gian.
-- By province (63-province system): figures, documents, measure families, time span.
SELECT p.code AS province_code, p.name_vi, p.name_en,
       count(*) AS figures,
       count(DISTINCT f.source_id) AS sources,
       array_to_string(list_sort(list_distinct(list(f.measure_family))), ', ') AS measure_families,
       min(f.period_end) AS earliest_period_end,
       max(f.period_end) AS latest_period_end
FROM figures f
JOIN places p ON p.place_id = 'province:' || f.province_code
GROUP BY p.code, p.name_vi, p.name_en
ORDER BY figures DESC, province_code;`,
  },
  {
    id: 'arithmetic-mismatches',
    title: { vi: 'Phép tính của nguồn không khớp', en: 'Published arithmetic that does not add up' },
    description: {
      vi: 'Các phép kiểm tra có kết quả “không khớp”: số nguồn in và số tính từ các thành phần của chính nguồn đó, cả hai được giữ nguyên.',
      en: 'Checks whose verdict is “mismatch”: the number the source printed and the one its own parts give, both kept as they are.',
    },
    sql: `-- Kiểm tra số học không khớp: số in và số tính được, kèm nguồn.
-- Arithmetic checks that failed: printed and computed numbers, with the source.
SELECT c.kind, c.printed_value, c.computed_value, c.difference, c.tolerance,
       c.explanation_vi, c.explanation_en,
       f.printed, f.source_title, f.source_url, c.check_id
FROM checks c
JOIN figures f ON f.figure_id = c.subject_figure_id
WHERE c.verdict = 'mismatch'
ORDER BY c.source_id, c.check_id;`,
  },
  {
    id: 'rates-per-100k',
    title: {
      vi: 'Tỷ lệ trên 100.000 dân (mẫu số: dân số 2019)',
      en: 'Rates per 100,000 residents (denominator: 2019 population)',
    },
    description: {
      vi: 'Số người nghiện có hồ sơ quản lý và số người được tiếp nhận cai nghiện, chia cho dân số tỉnh theo Tổng điều tra 2019. Chỉ các con số đếm theo người: số lượt người và tỷ lệ phần trăm không phải số người nên không được chia ở đây. Năm của mẫu số có thể khác năm của con số.',
      en: 'Registered dependent people and intake into rehab, divided by the province’s population at the 2019 census. Only figures counted in persons: person-times and percentages are not numbers of people, so they are not divided here. The denominator’s year may differ from the figure’s.',
    },
    sql: `-- Mẫu số: dân số Tổng điều tra 2019 (TCTK), không phải dân số năm của con số.
-- Denominator: 2019 census population (GSO), not the population of the figure's year.
-- Chỉ con số đếm theo người / Only figures in persons: person_times and percentages
-- are not numbers of people (see the intake example for every unit).
SELECT p.name_vi, p.name_en, f.measure_id, f.period_as_printed,
       f.value, f.qualifier,
       p.population_2019 AS population_2019_census,
       round(f.value / p.population_2019 * 100000, 1) AS per_100k_residents_2019,
       f.figure_id
FROM figures f
JOIN places p ON p.place_id = f.place_id
WHERE p.level = 'province' AND p.population_2019 IS NOT NULL
  AND f.basis = 'actual' AND f.unit = 'persons'
  AND f.measure_family IN ('registered', 'intake')
ORDER BY per_100k_residents_2019 DESC, f.figure_id;`,
  },
  {
    id: 'provinces-2025',
    title: {
      vi: 'Gộp theo 34 tỉnh, thành từ ngày 1/7/2025',
      en: 'Grouped into the 34 provinces of 1 July 2025',
    },
    description: {
      vi: 'Con số của tỉnh, huyện, cơ sở trước 2025 được gán cho tỉnh mới mà tỉnh cũ sáp nhập vào (places.province_2025_code). Đây là phép gán, không phải số liệu của cả tỉnh mới.',
      en: 'Figures for pre-2025 provinces, districts and facilities attributed to the province their old province became part of (places.province_2025_code). An attribution, not data about the whole new province.',
    },
    sql: `-- Lưu ý: con số của tỉnh cũ được gán cho tỉnh mới; nó không mô tả cả tỉnh mới.
-- Caveat: a figure for an old province is attributed to the new one it became
-- part of on 1 July 2025; it does not describe the whole new province.
WITH attributed AS (
  SELECT f.*,
         CASE WHEN f.place_level = 'province_2025' THEN f.place_code
              ELSE old.province_2025_code END AS province_2025_code
  FROM figures f
  LEFT JOIN places old ON old.place_id = 'province:' || f.province_code
)
SELECT n.code AS province_2025_code, n.name_vi, n.name_en,
       count(*) AS figures,
       count(DISTINCT a.source_id) AS sources,
       array_to_string(list_sort(list_distinct(list(a.place_name_en))), ', ') AS places_published_for
FROM attributed a
JOIN places n ON n.place_id = 'province2025:' || a.province_2025_code
GROUP BY n.code, n.name_vi, n.name_en
ORDER BY figures DESC, province_2025_code;`,
  },
  {
    id: 'one-source',
    title: { vi: 'Các con số của một tài liệu nguồn', en: 'The figures of one source document' },
    description: {
      vi: 'Mọi con số trích từ một tài liệu, với đoạn trích để tìm lại trong nguồn. Thay source_id để xem tài liệu khác (bảng sources liệt kê tất cả).',
      en: 'Every figure extracted from one document, with the excerpt to find it in the source. Change source_id to see another document (the sources table lists them all).',
    },
    sql: `-- Đổi source_id để xem tài liệu khác. / Change source_id for another document.
SELECT figure_id, place_name_vi, place_name_en, period_as_printed,
       measure_label_vi, measure_label_en, basis,
       value, unit, printed, locator, note_vi, note_en
FROM figures
WHERE source_id = 'vn-bvhttdl-so-nguoi-nghien-5-nam-2011-2015'
ORDER BY figure_id;`,
  },
  {
    id: 'sources-by-year',
    title: { vi: 'Tài liệu nguồn theo năm công bố', en: 'Source documents by year published' },
    description: {
      vi: 'Số tài liệu và số con số theo năm công bố; tài liệu không in ngày được đếm riêng (năm để trống).',
      en: 'Documents and figures by year of publication; documents that print no date are counted apart (empty year).',
    },
    sql: `-- Tài liệu không in ngày có year trống. / Undated documents have an empty year.
SELECT year(published) AS year,
       count(*) AS documents,
       sum(figure_count)::BIGINT AS figures
FROM sources
GROUP BY year(published)
ORDER BY year NULLS LAST;`,
  },
] as const satisfies readonly ConsoleExample[];

export type ExampleId = (typeof EXAMPLES)[number]['id'];

export const EXAMPLE_IDS = EXAMPLES.map((e) => e.id) as [ExampleId, ...ExampleId[]];

export function exampleById(id: string): ConsoleExample | undefined {
  return EXAMPLES.find((e) => e.id === id);
}

/** The example whose SQL is exactly this text, if any: its link can name it by id. */
export function exampleBySql(sql: string): ConsoleExample | undefined {
  const text = sql.trim();
  return EXAMPLES.find((e) => e.sql.trim() === text);
}
