// The figures table: one row per number a source printed, in its own unit and period, with its citation.

import {
  BASIS_IDS,
  CLAIM_IDS,
  MEASURE_FAMILY_IDS,
  PERIOD_KIND_IDS,
  PLACE_LEVEL_IDS,
  QUALIFIER_IDS,
  RELAPSE_METHOD_IDS,
  UNIT_IDS,
  YEAR_BASIS_IDS,
} from '../vocabulary.ts';
import type { TableDefinition } from '../table-types.ts';
import { citationColumns, placeNameColumns } from './shared-columns.ts';

export const figuresTable = {
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
      description_vi: 'Nhóm các chỉ tiêu liên quan, ví dụ intake (tiếp nhận cai nghiện), outcomes (kết quả, tái nghiện), post_rehab (quản lý, hỗ trợ sau cai).',
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
      description_vi: 'Thời gian nghiên cứu nhóm đối tượng, như nguồn nêu, bằng tiếng Anh, hoặc "not stated" (không nêu). Luôn có với các chỉ tiêu tái nghiện.',
    },
    {
      name: 'study_period_vi',
      type: 'VARCHAR',
      description: 'When the cohort was studied, in Vietnamese, or "không nêu" (not stated).',
      description_vi: 'Thời gian nghiên cứu nhóm đối tượng, bằng tiếng Việt, hoặc "không nêu".',
    },
    ...citationColumns,
  ],
} as const satisfies TableDefinition;
