// User-facing text in both languages. Vietnamese is the default and lives at
// /, English under /en/. Keys are checked at compile time: a string missing in
// one language is a type error.

export const LOCALES = ['vi', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

const vi = {
  'site.title': 'Số liệu cai nghiện ma túy Việt Nam',
  'site.tagline': 'Số liệu các địa phương đã công bố về cai nghiện ma túy, kèm nguồn để tự kiểm chứng.',
  'nav.home': 'Trang chủ',
  'nav.data': 'Dữ liệu',
  'nav.sql': 'Truy vấn SQL',
  'nav.language': 'English',
  'nav.skip': 'Bỏ qua, tới nội dung chính',
  'home.intro':
    'Các tỉnh, huyện công bố số người được đưa vào cai nghiện, số người đang cai nghiện, tỷ lệ tái nghiện, chỉ tiêu và mức hoàn thành trong tin bài, kế hoạch, báo cáo. Chúng tôi ghi lại từng con số đúng như nguồn in, kèm trích dẫn, và công bố thành bảng dữ liệu mở.',
  'home.counts': 'Hiện có',
  'home.sources': 'tài liệu nguồn',
  'home.figures': 'con số',
  'home.provinces': 'tỉnh, thành phố',
  'home.checks': 'phép kiểm tra số học',
  'home.mismatches': 'không khớp',
  'home.principles': 'Nguyên tắc',
  'home.principle.1': 'Mỗi con số có nguồn: tài liệu, đơn vị công bố, ngày, đoạn trích ngắn đúng như nguồn in.',
  'home.principle.2': 'Giữ nguyên đơn vị (người khác lượt người), kỳ (9 tháng không phải cả năm) và cấp (tỉnh, huyện, cơ sở).',
  'home.principle.3': 'Không sửa số của nguồn. Khi phép tính của nguồn không khớp, chúng tôi ghi cả hai số và đánh dấu.',
  'home.principle.4': 'Số do chúng tôi tính (tỷ lệ hoàn thành, kiểm tra) chỉ nằm trong các bảng dẫn xuất, có ghi rõ.',
  'home.explore': 'Tải dữ liệu và định nghĩa',
  'data.title': 'Dữ liệu',
  'data.intro':
    'Các bảng dưới đây được tạo từ thư mục data/sources của kho mã nguồn bằng lệnh npm run data. Parquet là định dạng gốc; CSV là bản sao. datapackage.json mô tả mọi cột theo chuẩn Frictionless Data Package v2.',
  'data.table': 'Bảng',
  'data.rows': 'số dòng',
  'data.derived': 'dẫn xuất: số do chúng tôi tính',
  'data.columns': 'Các cột',
  'data.column': 'Cột',
  'data.type': 'Kiểu',
  'data.description': 'Mô tả',
  'data.download': 'Tải về',
  'data.package': 'Mô tả gói dữ liệu (datapackage.json)',
  'data.cite': 'Cách trích dẫn',
  'data.citeText':
    'Khi dùng một con số, hãy trích dẫn tài liệu nguồn của nó (cột source_title, source_publisher, source_published, source_url) và bộ dữ liệu này, kèm phiên bản.',
  'data.version': 'Phiên bản dữ liệu',
  'data.measures': 'Định nghĩa các chỉ tiêu',
  'data.measure': 'Chỉ tiêu',
  'data.family': 'Nhóm',
  'data.definition': 'Định nghĩa',
  'data.figureCount': 'Số con số',
  'footer.licence': 'Dữ liệu tổng hợp: CC BY 4.0. Mỗi con số thuộc về nguồn công bố của nó.',
  'footer.map': 'Bản đồ ranh giới tỉnh: Open Development Mekong / Cục Đo đạc và Bản đồ, CC BY-SA 4.0.',
  'footer.census': 'Dân số: Tổng điều tra dân số và nhà ở 2019, Tổng cục Thống kê.',
} as const;

const en: Record<keyof typeof vi, string> = {
  'site.title': 'Viet Nam drug rehabilitation data',
  'site.tagline': 'What provinces have published about drug rehabilitation, with the sources to check it yourself.',
  'nav.home': 'Home',
  'nav.data': 'Data',
  'nav.sql': 'SQL console',
  'nav.language': 'Tiếng Việt',
  'nav.skip': 'Skip to main content',
  'home.intro':
    'Provinces and districts publish how many people were taken into rehab, how many are in treatment, relapse rates, targets and how far they were met, in news articles, plans and reports. We record each number exactly as printed, with its citation, and publish them as open tables.',
  'home.counts': 'So far',
  'home.sources': 'source documents',
  'home.figures': 'figures',
  'home.provinces': 'provinces',
  'home.checks': 'arithmetic checks',
  'home.mismatches': 'mismatches',
  'home.principles': 'Principles',
  'home.principle.1': 'Every number has a source: the document, its publisher, its date and a short excerpt as printed.',
  'home.principle.2': 'Units (persons are not person-times), periods (nine months are not a year) and levels (province, district, facility) are kept as published.',
  'home.principle.3': 'A source’s number is never corrected. When its arithmetic does not add up, both numbers are kept and the mismatch is flagged.',
  'home.principle.4': 'Numbers we compute (attainment, checks) live only in derived tables, marked as such.',
  'home.explore': 'Download the data and read the definitions',
  'data.title': 'Data',
  'data.intro':
    'These tables are built from the repository’s data/sources folder by npm run data. Parquet is the reference format; CSV files are copies. datapackage.json describes every column (Frictionless Data Package v2).',
  'data.table': 'Table',
  'data.rows': 'rows',
  'data.derived': 'derived: numbers computed by this project',
  'data.columns': 'Columns',
  'data.column': 'Column',
  'data.type': 'Type',
  'data.description': 'Description',
  'data.download': 'Download',
  'data.package': 'Data package description (datapackage.json)',
  'data.cite': 'How to cite',
  'data.citeText':
    'When you use a number, cite its source document (columns source_title, source_publisher, source_published, source_url) and this dataset with its version.',
  'data.version': 'Data version',
  'data.measures': 'Measure definitions',
  'data.measure': 'Measure',
  'data.family': 'Family',
  'data.definition': 'Definition',
  'data.figureCount': 'Figures',
  'footer.licence': 'Compiled data: CC BY 4.0. Each number belongs to the source that published it.',
  'footer.map': 'Province boundaries: Open Development Mekong / Department of Survey and Mapping, CC BY-SA 4.0.',
  'footer.census': 'Population: 2019 Population and Housing Census, General Statistics Office.',
};

export type UiKey = keyof typeof vi;
const STRINGS: Record<Locale, Record<UiKey, string>> = { vi, en };

export function t(locale: Locale, key: UiKey): string {
  return STRINGS[locale][key];
}

/** The path of a page in a locale: "/data/" in Vietnamese is "/en/data/" in English. */
export function localePath(locale: Locale, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return locale === 'vi' ? clean : `/en${clean}`;
}

/** The same page in the other language. */
export function alternatePath(locale: Locale, currentPath: string): string {
  const bare = currentPath.replace(/^\/en(?=\/|$)/u, '') || '/';
  return locale === 'vi' ? localePath('en', bare) : bare;
}
