// Columns several published tables carry the same way: a figure's citation
// and its place's names.

import type { Column } from '../table-types.ts';
import { LANGUAGE_IDS } from '../vocabulary.ts';

export const citationColumns = [
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

export const placeNameColumns = [
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
