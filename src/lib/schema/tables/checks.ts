// The checks table: where a source's own arithmetic, or two sources, disagree.

import { CHECK_KIND_IDS, CHECK_VERDICT_IDS } from '../vocabulary.ts';
import type { TableDefinition } from '../table-types.ts';

export const checksTable = {
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
} as const satisfies TableDefinition;
