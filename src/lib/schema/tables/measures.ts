// The measures table: what each measure counts, its family and its kind.

import { MEASURE_FAMILY_IDS, MEASURE_KIND_IDS } from '../vocabulary.ts';
import type { TableDefinition } from '../table-types.ts';

export const measuresTable = {
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
} as const satisfies TableDefinition;
