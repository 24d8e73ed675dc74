// The published tables: their names, columns, types and descriptions. This is
// the one definition the build writes from, datapackage.json is generated from,
// the pipeline's row types are derived from (`TableRow<'figures'>`), and the
// site and the SQL console describe the data with. Every table and every column
// is described in English (`description`, the Frictionless field) and in
// Vietnamese (`description_vi`), the site's default language: a column without
// its Vietnamese description is a type error.

import type { Locale } from '../../i18n/ui.ts';
import {
  BASIS_IDS,
  CHECK_KIND_IDS,
  CHECK_VERDICT_IDS,
  CLAIM_IDS,
  LANGUAGE_IDS,
  MEASURE_FAMILY_IDS,
  MEASURE_KIND_IDS,
  PERIOD_KIND_IDS,
  PLACE_LEVEL_IDS,
  QUALIFIER_IDS,
  RELAPSE_METHOD_IDS,
  SOURCE_KIND_IDS,
  UNIT_IDS,
  YEAR_BASIS_IDS,
} from './vocabulary.ts';

export type ColumnType = 'VARCHAR' | 'DOUBLE' | 'BIGINT' | 'DATE' | 'BOOLEAN';

export interface Column {
  name: string;
  type: ColumnType;
  /** What the column holds, in English. */
  description: string;
  /** What the column holds, in Vietnamese. */
  description_vi: string;
  /** False when every row has a value. */
  nullable?: boolean;
  /** The closed vocabulary a VARCHAR column's values come from; the build refuses any other value. */
  values?: readonly string[];
}

export interface ForeignKey {
  field: string;
  /** The table pointed at, and its key column. */
  table: string;
  key: string;
}

export interface TableDefinition {
  name: string;
  /** Title in English. */
  title: string;
  /** Title in Vietnamese. */
  title_vi: string;
  /** What a row is, in English. */
  description: string;
  /** What a row is, in Vietnamese. */
  description_vi: string;
  /** Columns that identify a row. */
  primaryKey: readonly string[];
  /** Columns that point at another table's key (written to datapackage.json as Frictionless foreign keys). */
  foreignKeys?: readonly ForeignKey[];
  /** True when every value in the table is computed by the build, not printed by a source. */
  derived: boolean;
  columns: readonly Column[];
}

/** The TypeScript type of one cell: from the column's vocabulary if it has one, else from its SQL type. */
interface CellTypes {
  VARCHAR: string;
  DOUBLE: number;
  BIGINT: number;
  DATE: string;
  BOOLEAN: boolean;
}
type ValueOf<C extends Column> = C extends { values: readonly (infer V)[] } ? V : CellTypes[C['type']];
type CellOf<C extends Column> = C extends { nullable: false } ? ValueOf<C> : ValueOf<C> | null;

/** A row of a table, derived from its column definitions: a column is written once, here. */
export type RowOf<T extends { columns: readonly Column[] }> = { [C in T['columns'][number] as C['name']]: CellOf<C> };

/** Anything described in both languages: a table, a column, a datapackage resource or field. */
interface Described {
  description: string;
  description_vi: string;
}

/** The title of a table (or datapackage resource) in the given language. */
export const titleIn = (item: { title: string; title_vi: string }, locale: Locale): string => (locale === 'vi' ? item.title_vi : item.title);

/** The description of a table or a column (or datapackage resource or field) in the given language. */
export const descriptionIn = (item: Described, locale: Locale): string => (locale === 'vi' ? item.description_vi : item.description);

const citationColumns = [
  {
    name: 'source_id',
    type: 'VARCHAR',
    nullable: false,
    description: 'Id of the source document (see the sources table).',
    description_vi: 'Mã của tài liệu nguồn (xem bảng sources).',
  },
  {
    name: 'source_publisher',
    type: 'VARCHAR',
    nullable: false,
    description: 'Who published the source document.',
    description_vi: 'Cơ quan, đơn vị hoặc tờ báo đã công bố tài liệu nguồn.',
  },
  {
    name: 'source_title',
    type: 'VARCHAR',
    nullable: false,
    description: 'Title of the source document as published.',
    description_vi: 'Tiêu đề của tài liệu nguồn, đúng như khi công bố.',
  },
  {
    name: 'source_published',
    type: 'DATE',
    description: 'Publication date printed on the source; null when the source prints none (see sources.published_note_en).',
    description_vi: 'Ngày công bố in trên tài liệu nguồn; để trống (null) khi nguồn không in ngày (xem sources.published_note_vi).',
  },
  {
    name: 'source_url',
    type: 'VARCHAR',
    description: 'Address of the source document; null when none is known (see sources.url_note_en).',
    description_vi: 'Địa chỉ (URL) của tài liệu nguồn; để trống (null) khi không biết địa chỉ nào (xem sources.url_note_vi).',
  },
  {
    name: 'source_language',
    type: 'VARCHAR',
    values: LANGUAGE_IDS,
    nullable: false,
    description: 'Language of the source document (vi or en): the language of printed, locator and period_as_printed.',
    description_vi: 'Ngôn ngữ của tài liệu nguồn (vi hoặc en): ngôn ngữ của các cột printed, locator và period_as_printed.',
  },
] as const satisfies readonly Column[];

const placeNameColumns = [
  {
    name: 'place_name_vi',
    type: 'VARCHAR',
    nullable: false,
    description: 'Name of the place in Vietnamese.',
    description_vi: 'Tên địa bàn bằng tiếng Việt.',
  },
  {
    name: 'place_name_en',
    type: 'VARCHAR',
    nullable: false,
    description: 'Name of the place in English.',
    description_vi: 'Tên địa bàn bằng tiếng Anh.',
  },
] as const satisfies readonly Column[];

export const TABLE_DEFINITIONS = [
  {
    name: 'figures',
    title: 'Published figures',
    title_vi: 'Số liệu đã công bố',
    description:
      'One row per number printed in a source document, in the source’s own unit, period and level, with its citation. Nothing here is computed: derived numbers are in the attainment and checks tables.',
    description_vi:
      'Mỗi dòng là một con số in trong một tài liệu nguồn, giữ nguyên đơn vị, kỳ và cấp địa bàn của nguồn, kèm trích dẫn. Bảng này không có số nào do chúng tôi tính: các số dẫn xuất nằm ở bảng attainment và checks.',
    primaryKey: ['figure_id'],
    foreignKeys: [
      { field: 'place_id', table: 'places', key: 'place_id' },
      { field: 'measure_id', table: 'measures', key: 'measure_id' },
      { field: 'source_id', table: 'sources', key: 'source_id' },
    ],
    derived: false,
    columns: [
      {
        name: 'figure_id',
        type: 'VARCHAR',
        nullable: false,
        description: 'Unique id: source id and the figure’s id within it, joined by "/".',
        description_vi: 'Mã duy nhất: mã nguồn và mã của con số trong nguồn đó, nối bằng dấu "/".',
      },
      {
        name: 'place_id',
        type: 'VARCHAR',
        nullable: false,
        description: 'Place the figure is about (see the places table), e.g. "province:22", "district:004", "facility:…".',
        description_vi: 'Địa bàn mà con số nói về (xem bảng places), ví dụ "province:22", "district:004", "facility:…".',
      },
      {
        name: 'place_level',
        type: 'VARCHAR',
        values: PLACE_LEVEL_IDS,
        nullable: false,
        description: 'Level of the place: country, province, province_2025, district, ward, ward_group or facility.',
        description_vi:
          'Cấp của địa bàn: country (toàn quốc), province (tỉnh, hệ 63 tỉnh), province_2025 (tỉnh, hệ 34 tỉnh), district (huyện), ward (xã, phường), ward_group (nhóm xã, phường) hoặc facility (cơ sở cai nghiện).',
      },
      {
        name: 'place_code',
        type: 'VARCHAR',
        description: 'Official GSO code of the place; null for facilities and groups of wards.',
        description_vi: 'Mã chính thức của địa bàn theo Tổng cục Thống kê; để trống (null) với cơ sở cai nghiện và nhóm xã, phường.',
      },
      ...placeNameColumns,
      {
        name: 'province_code',
        type: 'VARCHAR',
        description:
          'Code of the pre-2025 province (63-system) the place lies in or, for a facility, the province that runs it; null for national figures and post-2025 provinces.',
        description_vi:
          'Mã tỉnh cũ (hệ 63 tỉnh, trước 2025) nơi có địa bàn, hoặc với cơ sở cai nghiện là tỉnh quản lý cơ sở; để trống (null) với số liệu toàn quốc và tỉnh mới (hệ 34 tỉnh, từ 2025).',
      },
      {
        name: 'period_kind',
        type: 'VARCHAR',
        values: PERIOD_KIND_IDS,
        nullable: false,
        description: 'year, months (part of a year), multi_year, as_of (up to a date), date_range or unstated.',
        description_vi:
          'Loại kỳ: year (cả năm), months (một số tháng trong năm), multi_year (nhiều năm), as_of (tính đến một ngày), date_range (từ ngày đến ngày) hoặc unstated (nguồn không nêu).',
      },
      {
        name: 'period_start',
        type: 'DATE',
        description: 'First day the figure covers; null when the source does not say (as_of, unstated).',
        description_vi: 'Ngày đầu của kỳ mà con số bao quát; để trống (null) khi nguồn không nêu (as_of, unstated).',
      },
      {
        name: 'period_end',
        type: 'DATE',
        description: 'Last day the figure covers, or the date of a stock; null when unstated.',
        description_vi: 'Ngày cuối của kỳ mà con số bao quát, hoặc ngày chốt của số tồn (số tại một thời điểm); để trống (null) khi nguồn không nêu.',
      },
      {
        name: 'period_as_printed',
        type: 'VARCHAR',
        nullable: false,
        description: 'The period in the source’s words, e.g. "6 tháng đầu năm 2022".',
        description_vi: 'Kỳ theo đúng lời của nguồn, ví dụ "6 tháng đầu năm 2022".',
      },
      {
        name: 'period_open_at_publication',
        type: 'BOOLEAN',
        description:
          'For results (not targets): true when the source was published before the period it names had ended (e.g. a 2016–2020 total reported in August 2020), so the figure cannot cover the whole period. Null for targets and when the publication date or the period’s end is unknown.',
        description_vi:
          'Với số kết quả (không phải chỉ tiêu): đúng (true) khi nguồn được công bố trước khi kỳ mà nó nêu kết thúc (ví dụ tổng giai đoạn 2016–2020 đưa tin tháng 8/2020), nên con số không thể bao quát trọn kỳ. Để trống (null) với chỉ tiêu và khi không biết ngày công bố hoặc ngày cuối kỳ.',
      },
      {
        name: 'year',
        type: 'BIGINT',
        description:
          'Derived: the calendar year a chart places the figure in: the year its period ends, or, when the source gives no period end, the year the source was published (year_basis says which). Null when neither is known.',
        description_vi:
          'Dẫn xuất: năm dương lịch mà biểu đồ đặt con số vào: năm kỳ của con số kết thúc, hoặc, khi nguồn không nêu ngày cuối kỳ, năm nguồn được đăng (cột year_basis cho biết là năm nào). Để trống (null) khi không biết cả hai.',
      },
      {
        name: 'year_basis',
        type: 'VARCHAR',
        values: YEAR_BASIS_IDS,
        description: 'Derived: period (year is the year the period ends) or published (the source gives no period end: year is the year of publication).',
        description_vi: 'Dẫn xuất: period (year là năm kết thúc kỳ) hoặc published (nguồn không nêu ngày cuối kỳ: year là năm đăng).',
      },
      {
        name: 'partial',
        type: 'BOOLEAN',
        nullable: false,
        description:
          'Derived: true when the figure covers less than the year it is compared with: a flow over part of a year (months, or a date range shorter than a year, whatever years it spans), or a period that had not ended when the source was published. A stock at a date is never partial. Charts draw it open and labels say so.',
        description_vi:
          'Dẫn xuất: đúng (true) khi con số chỉ bao quát một phần của năm mà nó được so sánh: số phát sinh trong một phần năm (một số tháng, hoặc một khoảng ngày ngắn hơn một năm, dù nằm trong năm nào), hoặc kỳ chưa kết thúc khi nguồn được đăng. Số tồn tại một ngày không bao giờ là một phần kỳ. Biểu đồ vẽ chấm rỗng và nhãn ghi rõ.',
      },
      {
        name: 'measure_id',
        type: 'VARCHAR',
        nullable: false,
        description: 'What is counted (see the measures table).',
        description_vi: 'Chỉ tiêu: con số đếm cái gì (xem bảng measures).',
      },
      {
        name: 'measure_family',
        type: 'VARCHAR',
        values: MEASURE_FAMILY_IDS,
        nullable: false,
        description: 'Group of related measures, e.g. intake, outcomes, post_rehab.',
        description_vi:
          'Nhóm các chỉ tiêu liên quan, ví dụ intake (tiếp nhận cai nghiện), outcomes (kết quả, tái nghiện), post_rehab (quản lý, hỗ trợ sau cai).',
      },
      {
        name: 'measure_label_vi',
        type: 'VARCHAR',
        nullable: false,
        description: 'Label of the measure in Vietnamese.',
        description_vi: 'Tên chỉ tiêu bằng tiếng Việt.',
      },
      {
        name: 'measure_label_en',
        type: 'VARCHAR',
        nullable: false,
        description: 'Label of the measure in English.',
        description_vi: 'Tên chỉ tiêu bằng tiếng Anh.',
      },
      {
        name: 'subgroup',
        type: 'VARCHAR',
        description:
          'When the figure counts a part of the measure’s population (e.g. "minors", "with_fixed_residence"): that part. Null for the whole; filter on subgroup IS NULL for totals.',
        description_vi:
          'Khi con số chỉ đếm một phần đối tượng của chỉ tiêu (ví dụ "minors": người chưa thành niên, "with_fixed_residence": người có nơi cư trú ổn định): phần đó. Để trống (null) khi đếm toàn bộ; lọc subgroup IS NULL để lấy số tổng.',
      },
      {
        name: 'subgroup_label_vi',
        type: 'VARCHAR',
        description: 'The subgroup in Vietnamese words (data/reference/subgroups.yaml); null for the whole.',
        description_vi: 'Tên phần đối tượng bằng tiếng Việt (data/reference/subgroups.yaml); để trống (null) khi đếm toàn bộ.',
      },
      {
        name: 'subgroup_label_en',
        type: 'VARCHAR',
        description: 'The subgroup in English words; null for the whole.',
        description_vi: 'Tên phần đối tượng bằng tiếng Anh; để trống (null) khi đếm toàn bộ.',
      },
      {
        name: 'basis',
        type: 'VARCHAR',
        values: BASIS_IDS,
        nullable: false,
        description: 'actual (a result), target (a plan’s number), attainment (a printed % of target) or change (against another period).',
        description_vi:
          'Loại số liệu: actual (kết quả), target (chỉ tiêu kế hoạch), attainment (tỷ lệ % hoàn thành chỉ tiêu do nguồn in) hoặc change (mức thay đổi so với kỳ khác).',
      },
      {
        name: 'value',
        type: 'DOUBLE',
        nullable: false,
        description: 'The number as printed, normalised (for a range, its low end). Never corrected.',
        description_vi: 'Con số như nguồn in, đã chuẩn hóa cách viết (với khoảng giá trị: cận dưới). Không bao giờ bị sửa.',
      },
      {
        name: 'value_high',
        type: 'DOUBLE',
        description: 'High end of a printed range; null otherwise.',
        description_vi: 'Cận trên của khoảng giá trị nguồn in; để trống (null) trong các trường hợp khác.',
      },
      {
        name: 'unit',
        type: 'VARCHAR',
        values: UNIT_IDS,
        nullable: false,
        description: 'persons, person_times, percent, vnd, facilities, teams, clubs, points… Persons and person-times are never added together.',
        description_vi:
          'Đơn vị: persons (người), person_times (lượt người), percent (%), vnd (đồng), facilities (cơ sở), teams (đội), clubs (câu lạc bộ), points (điểm)… Không bao giờ cộng số người với số lượt người.',
      },
      {
        name: 'qualifier',
        type: 'VARCHAR',
        values: QUALIFIER_IDS,
        nullable: false,
        description: 'exact, about, nearly, more_than, at_least, less_than, at_most or range, as printed.',
        description_vi:
          'Từ chỉ mức đi kèm con số, đúng như nguồn in: exact (chính xác), about (khoảng), nearly (gần), more_than (hơn), at_least (ít nhất), less_than (dưới), at_most (tối đa) hoặc range (khoảng giá trị).',
      },
      {
        name: 'printed',
        type: 'VARCHAR',
        nullable: false,
        description: 'The number exactly as the source printed it, e.g. "96,3%", "hơn 60%".',
        description_vi: 'Con số đúng từng ký tự như nguồn in, ví dụ "96,3%", "hơn 60%".',
      },
      {
        name: 'locator',
        type: 'VARCHAR',
        nullable: false,
        description: 'A short excerpt of the source (at most 12 words, as printed) to find the number.',
        description_vi: 'Đoạn trích ngắn của nguồn (tối đa 12 từ, đúng như nguồn in) để tìm thấy con số.',
      },
      {
        name: 'note_en',
        type: 'VARCHAR',
        description: 'What a careful reader needs to know about this figure, in English. Text in double quotes is the source’s own words.',
        description_vi: 'Những điều người đọc cần lưu ý về con số này, bằng tiếng Anh. Phần trong ngoặc kép là lời của nguồn.',
      },
      {
        name: 'note_vi',
        type: 'VARCHAR',
        description: 'The same note in Vietnamese.',
        description_vi: 'Ghi chú trên, bằng tiếng Việt.',
      },
      {
        name: 'claim',
        type: 'VARCHAR',
        values: CLAIM_IDS,
        description:
          'What kind of evidence the figure is: measured (a rate or count for a defined cohort), official (an authority’s statement or target without a measured cohort) or second_hand (the source attributes it to someone else, see cited_from). Always given for relapse measures; null when not given.',
        description_vi:
          'Loại bằng chứng: measured (đo lường trên một nhóm đối tượng xác định), official (nhận định hoặc chỉ tiêu của cơ quan chức năng, không gắn với nhóm đối tượng được đo lường) hoặc second_hand (nguồn dẫn lại của người khác, xem cited_from). Luôn có với các chỉ tiêu tái nghiện; để trống (null) khi không ghi.',
      },
      {
        name: 'cited_from_en',
        type: 'VARCHAR',
        description: 'For a second_hand figure: whom the source attributes it to, in English. Null otherwise.',
        description_vi:
          'Với số liệu dẫn lại (second_hand): người hoặc tổ chức mà nguồn dẫn lại con số, bằng tiếng Anh. Để trống (null) trong các trường hợp khác.',
      },
      {
        name: 'cited_from_vi',
        type: 'VARCHAR',
        description: 'The same, in Vietnamese.',
        description_vi: 'Như trên, bằng tiếng Việt.',
      },
      {
        name: 'cohort_id',
        type: 'VARCHAR',
        description: 'The cohort the figure is about: source id and the cohort’s id within it, joined by "/". Null when the source gives no cohort.',
        description_vi:
          'Nhóm đối tượng (cohort) mà con số nói về: mã nguồn và mã của nhóm trong nguồn đó, nối bằng dấu "/". Để trống (null) khi nguồn không nêu nhóm đối tượng.',
      },
      {
        name: 'cohort_en',
        type: 'VARCHAR',
        description:
          'Who was followed (e.g. returnees from compulsory rehab centres, methadone patients), in English, or "not stated". Never null for relapse measures; null for other figures without a cohort.',
        description_vi:
          'Nhóm đối tượng được theo dõi (ví dụ người trở về từ cơ sở cai nghiện bắt buộc, bệnh nhân methadone), bằng tiếng Anh, hoặc "not stated" (không nêu). Luôn có với các chỉ tiêu tái nghiện; để trống (null) với số liệu khác không gắn với nhóm đối tượng.',
      },
      {
        name: 'cohort_vi',
        type: 'VARCHAR',
        description: 'Who was followed, in Vietnamese, or "không nêu" (not stated).',
        description_vi: 'Nhóm đối tượng được theo dõi, bằng tiếng Việt, hoặc "không nêu".',
      },
      {
        name: 'cohort_size',
        type: 'BIGINT',
        description: 'Number of people in the cohort as the source states it; null when not stated or when there is no cohort.',
        description_vi: 'Số người trong nhóm đối tượng, như nguồn nêu; để trống (null) khi nguồn không nêu hoặc không có nhóm đối tượng.',
      },
      {
        name: 'cohort_size_qualifier',
        type: 'VARCHAR',
        values: QUALIFIER_IDS,
        description: 'The word printed with the cohort’s size (more_than for "hơn 11.500"); exact when none; null without a size.',
        description_vi: 'Từ chỉ mức in kèm số người trong nhóm (more_than với "hơn 11.500"); exact khi không có; để trống (null) khi không có số người.',
      },
      {
        name: 'cohort_followed_by_en',
        type: 'VARCHAR',
        description: 'The body or study that followed the cohort, as the source names it, in English; null when the source names none.',
        description_vi: 'Cơ quan hoặc nghiên cứu đã theo dõi nhóm đối tượng, như nguồn nêu tên, bằng tiếng Anh; để trống (null) khi nguồn không nêu.',
      },
      {
        name: 'cohort_followed_by_vi',
        type: 'VARCHAR',
        description: 'The same, in Vietnamese.',
        description_vi: 'Như trên, bằng tiếng Việt.',
      },
      {
        name: 'follow_up_en',
        type: 'VARCHAR',
        description: 'How long the cohort was followed (e.g. "12 months after discharge"), in English, or "not stated". Never null for relapse measures.',
        description_vi:
          'Thời gian theo dõi nhóm đối tượng (ví dụ "12 months after discharge"), bằng tiếng Anh, hoặc "not stated" (không nêu). Luôn có với các chỉ tiêu tái nghiện.',
      },
      {
        name: 'follow_up_vi',
        type: 'VARCHAR',
        description: 'How long the cohort was followed, in Vietnamese, or "không nêu" (not stated).',
        description_vi: 'Thời gian theo dõi nhóm đối tượng, bằng tiếng Việt (ví dụ "12 tháng sau khi ra khỏi cơ sở"), hoặc "không nêu".',
      },
      {
        name: 'relapse_method',
        type: 'VARCHAR',
        values: RELAPSE_METHOD_IDS,
        description: 'How relapse was established: self_report, urine_test, readmission, records, mixed or not_stated. Never null for relapse measures.',
        description_vi:
          'Cách xác định tái nghiện: self_report (tự khai báo), urine_test (xét nghiệm nước tiểu), readmission (tái nhập cơ sở), records (hồ sơ quản lý), mixed (kết hợp) hoặc not_stated (không nêu). Luôn có với các chỉ tiêu tái nghiện.',
      },
      {
        name: 'relapse_method_note_en',
        type: 'VARCHAR',
        description: 'Detail on how relapse was established (instrument, definition), if the source gives any, in English.',
        description_vi: 'Chi tiết về cách xác định tái nghiện (công cụ, định nghĩa), nếu nguồn có nêu, bằng tiếng Anh.',
      },
      {
        name: 'relapse_method_note_vi',
        type: 'VARCHAR',
        description: 'The same, in Vietnamese.',
        description_vi: 'Như trên, bằng tiếng Việt.',
      },
      {
        name: 'study_period_en',
        type: 'VARCHAR',
        description: 'When the cohort was studied, as the source gives it, in English, or "not stated". Never null for relapse measures.',
        description_vi:
          'Thời gian nghiên cứu nhóm đối tượng, như nguồn nêu, bằng tiếng Anh, hoặc "not stated" (không nêu). Luôn có với các chỉ tiêu tái nghiện.',
      },
      {
        name: 'study_period_vi',
        type: 'VARCHAR',
        description: 'When the cohort was studied, in Vietnamese, or "không nêu" (not stated).',
        description_vi: 'Thời gian nghiên cứu nhóm đối tượng, bằng tiếng Việt, hoặc "không nêu".',
      },
      ...citationColumns,
    ],
  },
  {
    name: 'sources',
    title: 'Source documents',
    title_vi: 'Tài liệu nguồn',
    description: 'One row per published document that figures were extracted from, with its citation.',
    description_vi: 'Mỗi dòng là một tài liệu đã công bố mà các con số được trích ra, kèm trích dẫn.',
    primaryKey: ['source_id'],
    derived: false,
    columns: [
      {
        name: 'source_id',
        type: 'VARCHAR',
        nullable: false,
        description: 'Id of the source; the file data/sources/<source_id>.yaml holds its figures.',
        description_vi: 'Mã của nguồn; tệp data/sources/<source_id>.yaml chứa các con số trích từ nguồn này.',
      },
      {
        name: 'publisher',
        type: 'VARCHAR',
        nullable: false,
        description: 'Who published the document (outlet or authority).',
        description_vi: 'Đơn vị công bố tài liệu (cơ quan báo chí hoặc cơ quan nhà nước).',
      },
      {
        name: 'publisher_note_en',
        type: 'VARCHAR',
        description: 'Evidence for the publisher when the copy used does not name it plainly, in English.',
        description_vi: 'Căn cứ xác định đơn vị công bố khi bản tài liệu được dùng không ghi rõ, bằng tiếng Anh.',
      },
      {
        name: 'publisher_note_vi',
        type: 'VARCHAR',
        description: 'Evidence for the publisher when the copy used does not name it plainly, in Vietnamese.',
        description_vi: 'Căn cứ xác định đơn vị công bố khi bản tài liệu được dùng không ghi rõ, bằng tiếng Việt.',
      },
      {
        name: 'title',
        type: 'VARCHAR',
        nullable: false,
        description: 'Title as published.',
        description_vi: 'Tiêu đề, đúng như khi công bố.',
      },
      {
        name: 'kind',
        type: 'VARCHAR',
        values: SOURCE_KIND_IDS,
        nullable: false,
        description: 'news, plan, report, decision, statistics or study (a research article, thesis or health-programme report that measures a cohort).',
        description_vi:
          'Loại tài liệu: news (tin bài), plan (kế hoạch), report (báo cáo), decision (quyết định), statistics (số liệu thống kê) hoặc study (nghiên cứu: bài báo khoa học, luận văn hoặc báo cáo chương trình y tế có đo lường trên một nhóm đối tượng).',
      },
      {
        name: 'language',
        type: 'VARCHAR',
        values: LANGUAGE_IDS,
        nullable: false,
        description: 'Language of the document: vi or en.',
        description_vi: 'Ngôn ngữ của tài liệu: vi (tiếng Việt) hoặc en (tiếng Anh).',
      },
      {
        name: 'published',
        type: 'DATE',
        description: 'Publication date printed on the document; null when none is printed.',
        description_vi: 'Ngày công bố in trên tài liệu; để trống (null) khi tài liệu không in ngày.',
      },
      {
        name: 'published_as_printed',
        type: 'VARCHAR',
        description: 'The publication date as printed on the page.',
        description_vi: 'Ngày công bố đúng như in trên trang.',
      },
      {
        name: 'published_note_en',
        type: 'VARCHAR',
        description: 'When no date is printed: what is known about it, and from what evidence, in English.',
        description_vi: 'Khi tài liệu không in ngày: những gì biết được về ngày công bố, và dựa trên căn cứ nào, bằng tiếng Anh.',
      },
      {
        name: 'published_note_vi',
        type: 'VARCHAR',
        description: 'When no date is printed: what is known about it, and from what evidence, in Vietnamese.',
        description_vi: 'Khi tài liệu không in ngày: những gì biết được về ngày công bố, và dựa trên căn cứ nào, bằng tiếng Việt.',
      },
      {
        name: 'url',
        type: 'VARCHAR',
        description: 'Address of the document (https); null when none is known.',
        description_vi: 'Địa chỉ (URL, https) của tài liệu; để trống (null) khi không biết địa chỉ nào.',
      },
      {
        name: 'url_note_en',
        type: 'VARCHAR',
        description: 'Why there is no URL, or what to know about it, in English.',
        description_vi: 'Vì sao không có URL, hoặc điều cần biết về địa chỉ đó, bằng tiếng Anh.',
      },
      {
        name: 'url_note_vi',
        type: 'VARCHAR',
        description: 'Why there is no URL, or what to know about it, in Vietnamese.',
        description_vi: 'Vì sao không có URL, hoặc điều cần biết về địa chỉ đó, bằng tiếng Việt.',
      },
      {
        name: 'author',
        type: 'VARCHAR',
        description: 'Author or byline, as printed.',
        description_vi: 'Tác giả hoặc dòng ký tên, đúng như in.',
      },
      {
        name: 'documents_cited',
        type: 'VARCHAR',
        description: 'Official documents the source reports on (number, title, issuer, date), separated by " | ".',
        description_vi: 'Các văn bản chính thức mà nguồn đưa tin (số hiệu, tên văn bản, cơ quan ban hành, ngày), phân cách bằng " | ".',
      },
      {
        name: 'also_at',
        type: 'VARCHAR',
        description: 'Other copies of the same text (mirrors, reposts), separated by " | ".',
        description_vi: 'Các bản khác của cùng nội dung (bản sao, bài đăng lại), phân cách bằng " | ".',
      },
      {
        name: 'notes_en',
        type: 'VARCHAR',
        description: 'What a reader of the whole document needs to know, in English.',
        description_vi: 'Những điều người đọc cần biết về toàn bộ tài liệu, bằng tiếng Anh.',
      },
      {
        name: 'notes_vi',
        type: 'VARCHAR',
        description: 'What a reader of the whole document needs to know, in Vietnamese.',
        description_vi: 'Những điều người đọc cần biết về toàn bộ tài liệu, bằng tiếng Việt.',
      },
      {
        name: 'figure_count',
        type: 'BIGINT',
        nullable: false,
        description: 'Number of figures extracted from the document.',
        description_vi: 'Số con số được trích từ tài liệu.',
      },
      {
        name: 'file',
        type: 'VARCHAR',
        nullable: false,
        description: 'Path of the extraction file in the repository.',
        description_vi: 'Đường dẫn của tệp trích xuất trong kho mã nguồn.',
      },
    ],
  },
  {
    name: 'places',
    title: 'Places',
    title_vi: 'Địa bàn',
    description:
      'Administrative units, named groups of wards and rehab facilities that figures refer to, with the 2025 crosswalk, regions and 2019 census population for provinces.',
    description_vi:
      'Các đơn vị hành chính, nhóm xã, phường có tên gọi và cơ sở cai nghiện mà các con số nói tới, kèm bảng đối chiếu sang đơn vị hành chính sau sắp xếp năm 2025, vùng và dân số theo Tổng điều tra năm 2019 của các tỉnh.',
    primaryKey: ['place_id'],
    foreignKeys: [
      { field: 'parent_id', table: 'places', key: 'place_id' },
      { field: 'host_place_id', table: 'places', key: 'place_id' },
    ],
    derived: false,
    columns: [
      {
        name: 'place_id',
        type: 'VARCHAR',
        nullable: false,
        description: 'Id used in figures.place_id: "<level>:<code or slug>".',
        description_vi: 'Mã dùng trong figures.place_id, dạng "<cấp>:<mã hoặc tên rút gọn>".',
      },
      {
        name: 'level',
        type: 'VARCHAR',
        values: PLACE_LEVEL_IDS,
        nullable: false,
        description: 'country, province, province_2025, district, ward, ward_group or facility.',
        description_vi:
          'Cấp: country (toàn quốc), province (tỉnh, hệ 63 tỉnh), province_2025 (tỉnh, hệ 34 tỉnh), district (huyện), ward (xã, phường), ward_group (nhóm xã, phường) hoặc facility (cơ sở cai nghiện).',
      },
      {
        name: 'code',
        type: 'VARCHAR',
        description: 'Official GSO code; null for groups and facilities. Province codes were reused in 2025: use place_id or level with it.',
        description_vi:
          'Mã chính thức của Tổng cục Thống kê; để trống (null) với nhóm xã, phường và cơ sở cai nghiện. Một số mã tỉnh được dùng lại từ năm 2025: dùng place_id, hoặc dùng mã kèm cột level.',
      },
      {
        name: 'name_vi',
        type: 'VARCHAR',
        nullable: false,
        description: 'Name in Vietnamese.',
        description_vi: 'Tên bằng tiếng Việt.',
      },
      {
        name: 'name_en',
        type: 'VARCHAR',
        nullable: false,
        description: 'Name in English.',
        description_vi: 'Tên bằng tiếng Anh.',
      },
      {
        name: 'parent_id',
        type: 'VARCHAR',
        description: 'The unit this one lies in; for a facility, the province that runs it.',
        description_vi: 'Đơn vị cấp trên chứa đơn vị này; với cơ sở cai nghiện là tỉnh quản lý cơ sở.',
      },
      {
        name: 'host_place_id',
        type: 'VARCHAR',
        description: 'For a facility: the province where it stands (may differ from the one that runs it).',
        description_vi: 'Với cơ sở cai nghiện: tỉnh nơi đặt cơ sở (có thể khác tỉnh quản lý cơ sở).',
      },
      {
        name: 'province_code',
        type: 'VARCHAR',
        description: 'The pre-2025 province (63-system) this place lies in or is run by.',
        description_vi: 'Tỉnh cũ (hệ 63 tỉnh, trước 2025) nơi có địa bàn này, hoặc tỉnh quản lý nó.',
      },
      {
        name: 'province_2025_code',
        type: 'VARCHAR',
        description: 'The province from 1 July 2025 (34-system) that the pre-2025 province became part of.',
        description_vi: 'Tỉnh từ ngày 1/7/2025 (hệ 34 tỉnh) mà tỉnh cũ (trước 2025) thuộc về sau khi sắp xếp lại.',
      },
      {
        name: 'region6_en',
        type: 'VARCHAR',
        description: 'GSO socio-economic region (6 regions) of the province, in English.',
        description_vi: 'Vùng kinh tế - xã hội của tỉnh theo Tổng cục Thống kê (6 vùng), bằng tiếng Anh.',
      },
      {
        name: 'region6_vi',
        type: 'VARCHAR',
        description: 'GSO socio-economic region (6 regions) of the province, in Vietnamese.',
        description_vi: 'Vùng kinh tế - xã hội của tỉnh theo Tổng cục Thống kê (6 vùng), bằng tiếng Việt.',
      },
      {
        name: 'population_2019',
        type: 'BIGINT',
        description: 'Resident population at the 2019 census (GSO), for provinces (63 and 34 systems) and the country.',
        description_vi: 'Dân số thường trú theo Tổng điều tra dân số và nhà ở năm 2019 (Tổng cục Thống kê), cho các tỉnh (hệ 63 và hệ 34 tỉnh) và cả nước.',
      },
      {
        name: 'valid_from',
        type: 'DATE',
        description: 'First day the unit existed in this form, where known.',
        description_vi: 'Ngày đầu tiên đơn vị tồn tại với hình thức này, nếu biết.',
      },
      {
        name: 'valid_to',
        type: 'DATE',
        description: 'Last day the unit existed in this form, where known.',
        description_vi: 'Ngày cuối cùng đơn vị tồn tại với hình thức này, nếu biết.',
      },
      {
        name: 'members',
        type: 'VARCHAR',
        description: 'For a group of wards: the member place ids, separated by " | ".',
        description_vi: 'Với nhóm xã, phường: mã địa bàn (place_id) của các xã, phường trong nhóm, phân cách bằng " | ".',
      },
      {
        name: 'note_en',
        type: 'VARCHAR',
        description: 'What to know about the place, in English.',
        description_vi: 'Điều cần biết về địa bàn, bằng tiếng Anh.',
      },
      {
        name: 'note_vi',
        type: 'VARCHAR',
        description: 'What to know about the place, in Vietnamese.',
        description_vi: 'Điều cần biết về địa bàn, bằng tiếng Việt.',
      },
    ],
  },
  {
    name: 'measures',
    title: 'Measures',
    title_vi: 'Chỉ tiêu',
    description: 'The controlled vocabulary of what figures count, with labels and definitions in Vietnamese and English.',
    description_vi: 'Danh mục thống nhất các chỉ tiêu (các con số đếm cái gì), kèm tên và định nghĩa bằng tiếng Việt và tiếng Anh.',
    primaryKey: ['measure_id'],
    derived: false,
    columns: [
      {
        name: 'measure_id',
        type: 'VARCHAR',
        nullable: false,
        description: 'Id used in figures.measure_id.',
        description_vi: 'Mã dùng trong figures.measure_id.',
      },
      {
        name: 'family',
        type: 'VARCHAR',
        values: MEASURE_FAMILY_IDS,
        nullable: false,
        description: 'Group of related measures.',
        description_vi: 'Nhóm các chỉ tiêu liên quan.',
      },
      {
        name: 'family_label_vi',
        type: 'VARCHAR',
        nullable: false,
        description: 'Label of the family in Vietnamese.',
        description_vi: 'Tên nhóm bằng tiếng Việt.',
      },
      {
        name: 'family_label_en',
        type: 'VARCHAR',
        nullable: false,
        description: 'Label of the family in English.',
        description_vi: 'Tên nhóm bằng tiếng Anh.',
      },
      {
        name: 'kind',
        type: 'VARCHAR',
        values: MEASURE_KIND_IDS,
        nullable: false,
        description: 'flow (over a period), stock (at a date), share, rate, count, money or change.',
        description_vi:
          'Loại chỉ tiêu: flow (số phát sinh trong kỳ), stock (số tồn tại một ngày), share (tỷ trọng), rate (tỷ lệ), count (số đếm), money (tiền) hoặc change (mức thay đổi).',
      },
      {
        name: 'units',
        type: 'VARCHAR',
        nullable: false,
        description: 'Units figures of this measure may be printed in, separated by " | ".',
        description_vi: 'Các đơn vị mà số liệu của chỉ tiêu này có thể được in, phân cách bằng " | ".',
      },
      {
        name: 'label_vi',
        type: 'VARCHAR',
        nullable: false,
        description: 'Label in Vietnamese.',
        description_vi: 'Tên chỉ tiêu bằng tiếng Việt.',
      },
      {
        name: 'label_en',
        type: 'VARCHAR',
        nullable: false,
        description: 'Label in English.',
        description_vi: 'Tên chỉ tiêu bằng tiếng Anh.',
      },
      {
        name: 'definition_vi',
        type: 'VARCHAR',
        nullable: false,
        description: 'Definition in Vietnamese.',
        description_vi: 'Định nghĩa bằng tiếng Việt.',
      },
      {
        name: 'definition_en',
        type: 'VARCHAR',
        nullable: false,
        description: 'Definition in English.',
        description_vi: 'Định nghĩa bằng tiếng Anh.',
      },
      {
        name: 'figure_count',
        type: 'BIGINT',
        nullable: false,
        description: 'Number of published figures of this measure.',
        description_vi: 'Số con số đã công bố của chỉ tiêu này.',
      },
    ],
  },
  {
    name: 'attainment',
    title: 'Target attainment (derived)',
    title_vi: 'Tỷ lệ hoàn thành chỉ tiêu (dẫn xuất)',
    description:
      'Actual results set against targets for the same place, measure and unit, where the target’s period covers the actual’s, with the attainment the source printed beside the one computed here. A result meets the target its own document printed; another document’s target only when that document is a plan or decision, its source printed no attainment, and no other plan gives a different number. Every number in computed columns is derived by this project.',
    description_vi:
      'Kết quả thực hiện đặt cạnh chỉ tiêu kế hoạch của cùng địa bàn, cùng chỉ tiêu và cùng đơn vị, khi kỳ của kế hoạch bao trùm kỳ của kết quả; tỷ lệ hoàn thành do nguồn in được đặt bên cạnh tỷ lệ tính ở đây. Kết quả được so với chỉ tiêu do chính tài liệu của nó in; chỉ so với chỉ tiêu của tài liệu khác khi tài liệu đó là kế hoạch hoặc quyết định, nguồn của kết quả không in tỷ lệ hoàn thành, và không có kế hoạch nào khác đưa ra con số khác. Mọi số trong các cột tính toán đều do dự án này tính.',
    primaryKey: ['attainment_id'],
    foreignKeys: [
      { field: 'place_id', table: 'places', key: 'place_id' },
      { field: 'measure_id', table: 'measures', key: 'measure_id' },
      { field: 'actual_figure_id', table: 'figures', key: 'figure_id' },
      { field: 'target_figure_id', table: 'figures', key: 'figure_id' },
      { field: 'printed_figure_id', table: 'figures', key: 'figure_id' },
      { field: 'actual_source_id', table: 'sources', key: 'source_id' },
      { field: 'target_source_id', table: 'sources', key: 'source_id' },
    ],
    derived: true,
    columns: [
      {
        name: 'attainment_id',
        type: 'VARCHAR',
        nullable: false,
        description: 'Id of this pairing.',
        description_vi: 'Mã của cặp kết quả – kế hoạch này.',
      },
      {
        name: 'place_id',
        type: 'VARCHAR',
        nullable: false,
        description: 'Place of the actual and the target.',
        description_vi: 'Địa bàn của kết quả và của chỉ tiêu kế hoạch.',
      },
      ...placeNameColumns,
      {
        name: 'measure_id',
        type: 'VARCHAR',
        nullable: false,
        description: 'Measure of the actual and the target.',
        description_vi: 'Chỉ tiêu (xem bảng measures) chung cho kết quả và kế hoạch.',
      },
      {
        name: 'subgroup',
        type: 'VARCHAR',
        description: 'Part of the population both count (see figures.subgroup); null for the whole.',
        description_vi: 'Phần đối tượng mà cả hai số cùng đếm (xem figures.subgroup); để trống (null) khi đếm toàn bộ.',
      },
      {
        name: 'unit',
        type: 'VARCHAR',
        values: UNIT_IDS,
        nullable: false,
        description: 'Unit of the actual and the target.',
        description_vi: 'Đơn vị của kết quả và của chỉ tiêu kế hoạch.',
      },
      {
        name: 'year',
        type: 'BIGINT',
        description: 'Calendar year of the actual, when it lies within one year.',
        description_vi: 'Năm dương lịch của kết quả, khi kỳ của kết quả nằm trọn trong một năm.',
      },
      {
        name: 'actual_figure_id',
        type: 'VARCHAR',
        nullable: false,
        description: 'The actual result (figures.figure_id).',
        description_vi: 'Con số kết quả thực hiện (figures.figure_id).',
      },
      {
        name: 'actual_value',
        type: 'DOUBLE',
        nullable: false,
        description: 'The actual result as printed.',
        description_vi: 'Kết quả thực hiện, như nguồn in.',
      },
      {
        name: 'actual_qualifier',
        type: 'VARCHAR',
        values: QUALIFIER_IDS,
        nullable: false,
        description: 'Qualifier printed with the actual.',
        description_vi: 'Từ chỉ mức in kèm kết quả (xem figures.qualifier).',
      },
      {
        name: 'actual_period_start',
        type: 'DATE',
        description: 'Start of the actual’s period.',
        description_vi: 'Ngày đầu kỳ của kết quả.',
      },
      {
        name: 'actual_period_end',
        type: 'DATE',
        description: 'End of the actual’s period.',
        description_vi: 'Ngày cuối kỳ của kết quả.',
      },
      {
        name: 'actual_period_as_printed',
        type: 'VARCHAR',
        nullable: false,
        description: 'The actual’s period in the source’s words.',
        description_vi: 'Kỳ của kết quả theo đúng lời của nguồn.',
      },
      {
        name: 'target_figure_id',
        type: 'VARCHAR',
        description: 'The target (figures.figure_id); null when the source printed an attainment without the target.',
        description_vi: 'Con số chỉ tiêu kế hoạch (figures.figure_id); để trống (null) khi nguồn in tỷ lệ hoàn thành mà không in chỉ tiêu.',
      },
      {
        name: 'target_value',
        type: 'DOUBLE',
        description: 'The target as printed.',
        description_vi: 'Chỉ tiêu kế hoạch, như nguồn in.',
      },
      {
        name: 'target_period_as_printed',
        type: 'VARCHAR',
        description: 'The target’s period in the source’s words.',
        description_vi: 'Kỳ của chỉ tiêu kế hoạch theo đúng lời của nguồn.',
      },
      {
        name: 'partial_period',
        type: 'BOOLEAN',
        nullable: false,
        description:
          'True when the actual covers less than the target’s period (e.g. 9 months against a full-year target), or, without a printed target, less than a year, or when its period had not ended at publication: not a final result.',
        description_vi:
          'Đúng (true) khi kết quả chỉ bao quát một phần kỳ kế hoạch (ví dụ 9 tháng so với chỉ tiêu cả năm), hoặc, khi không có chỉ tiêu nguồn in, ít hơn một năm, hoặc khi kỳ chưa kết thúc lúc đăng: chưa phải kết quả cuối cùng.',
      },
      {
        name: 'computed_pct',
        type: 'DOUBLE',
        description: 'Derived: actual / target × 100, unrounded. Null without a target.',
        description_vi: 'Dẫn xuất: kết quả / chỉ tiêu × 100, không làm tròn. Để trống (null) khi không có chỉ tiêu.',
      },
      {
        name: 'printed_figure_id',
        type: 'VARCHAR',
        description: 'The attainment percentage the source printed (figures.figure_id), if any.',
        description_vi: 'Tỷ lệ % hoàn thành chỉ tiêu do nguồn in (figures.figure_id), nếu có.',
      },
      {
        name: 'printed_pct',
        type: 'DOUBLE',
        description: 'The attainment percentage as printed, if any.',
        description_vi: 'Tỷ lệ % hoàn thành chỉ tiêu đúng như nguồn in, nếu có.',
      },
      {
        name: 'implied_target',
        type: 'DOUBLE',
        description:
          'Derived: the target implied by the printed attainment (actual / printed % × 100) when no target was printed. Approximate; never a printed number.',
        description_vi:
          'Dẫn xuất: chỉ tiêu suy ra từ tỷ lệ hoàn thành do nguồn in (kết quả / % nguồn in × 100) khi nguồn không in chỉ tiêu. Chỉ là số gần đúng, không phải số do nguồn in.',
      },
      {
        name: 'verdict',
        type: 'VARCHAR',
        values: CHECK_VERDICT_IDS,
        description: 'consistent, mismatch or indeterminate when both a printed and a computed percentage exist; null otherwise.',
        description_vi:
          'consistent (khớp), mismatch (không khớp) hoặc indeterminate (không xác định) khi có cả tỷ lệ do nguồn in lẫn tỷ lệ tính được; để trống (null) trong các trường hợp khác.',
      },
      {
        name: 'actual_source_id',
        type: 'VARCHAR',
        nullable: false,
        description: 'Source of the actual.',
        description_vi: 'Nguồn của kết quả.',
      },
      {
        name: 'target_source_id',
        type: 'VARCHAR',
        description: 'Source of the target (may be a different document, e.g. the plan).',
        description_vi: 'Nguồn của chỉ tiêu kế hoạch (có thể là tài liệu khác, ví dụ bản kế hoạch).',
      },
    ],
  },
  {
    name: 'checks',
    title: 'Checks of the published arithmetic (derived)',
    title_vi: 'Kiểm tra số học của số liệu công bố (dẫn xuất)',
    description:
      'Each check compares a number a source printed with the one its own parts give: parts against a printed total, a printed percentage against its counts, a printed attainment against actual and target. Both numbers are kept; the source is never corrected.',
    description_vi:
      'Mỗi phép kiểm tra so một con số nguồn in với con số tính từ chính các thành phần của nó: các phần so với tổng nguồn in, tỷ lệ % nguồn in so với các số đếm, tỷ lệ hoàn thành nguồn in so với kết quả và chỉ tiêu. Giữ cả hai số; số của nguồn không bao giờ bị sửa.',
    primaryKey: ['check_id'],
    foreignKeys: [
      { field: 'source_id', table: 'sources', key: 'source_id' },
      { field: 'subject_figure_id', table: 'figures', key: 'figure_id' },
    ],
    derived: true,
    columns: [
      {
        name: 'check_id',
        type: 'VARCHAR',
        nullable: false,
        description: 'Id of the check.',
        description_vi: 'Mã của phép kiểm tra.',
      },
      {
        name: 'kind',
        type: 'VARCHAR',
        values: CHECK_KIND_IDS,
        nullable: false,
        description:
          'sum (parts against a printed total), share (a printed % against its counts), attainment (a printed % of target against actual and target) or disagreement (two documents print different numbers for the same place, measure, part, basis, unit and period).',
        description_vi:
          'Loại kiểm tra: sum (các phần so với tổng nguồn in), share (tỷ lệ % nguồn in so với các số đếm), attainment (tỷ lệ % hoàn thành chỉ tiêu nguồn in so với kết quả và chỉ tiêu) hoặc disagreement (hai tài liệu in hai con số khác nhau cho cùng địa bàn, chỉ tiêu, phần đối tượng, loại số liệu, đơn vị và kỳ).',
      },
      {
        name: 'source_id',
        type: 'VARCHAR',
        nullable: false,
        description: 'Source the printed number comes from.',
        description_vi: 'Nguồn in con số được kiểm tra.',
      },
      {
        name: 'subject_figure_id',
        type: 'VARCHAR',
        nullable: false,
        description: 'The printed number being checked (figures.figure_id).',
        description_vi: 'Con số nguồn in đang được kiểm tra (figures.figure_id).',
      },
      {
        name: 'input_figure_ids',
        type: 'VARCHAR',
        nullable: false,
        description: 'The figures it is checked against, separated by " | ".',
        description_vi: 'Các con số dùng để đối chiếu, phân cách bằng " | ".',
      },
      {
        name: 'printed_value',
        type: 'DOUBLE',
        nullable: false,
        description: 'The number as printed.',
        description_vi: 'Con số như nguồn in.',
      },
      {
        name: 'computed_value',
        type: 'DOUBLE',
        nullable: false,
        description: 'Derived: the number the inputs give, unrounded.',
        description_vi: 'Dẫn xuất: con số tính từ các số đầu vào, không làm tròn.',
      },
      {
        name: 'difference',
        type: 'DOUBLE',
        nullable: false,
        description: 'Derived: printed minus computed.',
        description_vi: 'Dẫn xuất: số nguồn in trừ số tính được.',
      },
      {
        name: 'tolerance',
        type: 'DOUBLE',
        nullable: false,
        description: 'Largest difference explained by the rounding of the printed number.',
        description_vi: 'Chênh lệch lớn nhất có thể giải thích bằng việc làm tròn số nguồn in.',
      },
      {
        name: 'verdict',
        type: 'VARCHAR',
        values: CHECK_VERDICT_IDS,
        nullable: false,
        description: 'consistent, mismatch or indeterminate.',
        description_vi: 'Kết luận: consistent (khớp), mismatch (không khớp) hoặc indeterminate (không xác định).',
      },
      {
        name: 'explanation_en',
        type: 'VARCHAR',
        nullable: false,
        description: 'The check in words, in English.',
        description_vi: 'Diễn giải phép kiểm tra bằng lời, tiếng Anh.',
      },
      {
        name: 'explanation_vi',
        type: 'VARCHAR',
        nullable: false,
        description: 'The check in words, in Vietnamese.',
        description_vi: 'Diễn giải phép kiểm tra bằng lời, tiếng Việt.',
      },
    ],
  },
] as const satisfies readonly TableDefinition[];

/** Every published table, in the order the site lists them. */
export const TABLES: TableDefinition[] = [...TABLE_DEFINITIONS];

export type TableName = (typeof TABLE_DEFINITIONS)[number]['name'];

/** The row type of a published table, e.g. `TableRow<'figures'>`. */
export type TableRow<N extends TableName> = RowOf<Extract<(typeof TABLE_DEFINITIONS)[number], { name: N }>>;

export const tableByName = (name: string): TableDefinition => {
  const table = TABLES.find((t) => t.name === name);
  if (!table) throw new Error(`no published table named ${name}`);
  return table;
};

export type Row = Record<string, string | number | boolean | null>;
