// The sources table: one row per published document, with where and when it was published.

import { LANGUAGE_IDS, SOURCE_KIND_IDS } from '../vocabulary.ts';
import type { TableDefinition } from '../table-types.ts';

export const sourcesTable = {
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
} as const satisfies TableDefinition;
