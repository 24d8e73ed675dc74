// The attainment table: targets set against results, with the percentage the build computes.

import { CHECK_VERDICT_IDS, QUALIFIER_IDS, UNIT_IDS } from '../vocabulary.ts';
import type { TableDefinition } from '../table-types.ts';
import { placeNameColumns } from './shared-columns.ts';

export const attainmentTable = {
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
} as const satisfies TableDefinition;
