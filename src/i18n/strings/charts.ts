// Words drawn into charts, their tables and take-away files, and the period and
// cohort words of the presentation vocabulary (src/lib/format.ts), in both
// languages. Kept apart from ui.ts: the explorer's browser script draws with
// the chart builders and carries these strings, not every string of the site.

import { fill } from '../fill.ts';

const vi = {
  // Periods (format.ts periodLabel, partialLabel)
  'period.firstMonths': '{months} tháng {year}',
  'period.published': 'đăng {year}',
  'period.unknown': 'không rõ năm',
  'period.openAtPublication': 'kỳ chưa kết thúc khi đăng',
  'period.partYear': 'một phần năm',
  // Cohorts and evidence (format.ts statedOrNot, columns.ts)
  'cohort.notStated': 'nguồn không nêu',
  'claim.citedFrom': '{claim} (dẫn từ {by})',
  'claim.by': '{claim} ({by})',
  // Marks and notes on charts
  'chart.target': 'chỉ tiêu',
  'chart.rank': 'thứ {rank} trên {of} tỉnh có số liệu',
  'chart.per100k': 'trên 100.000 dân',
  'compare.sumPeriod': '{year} (Σ {n} tỉnh cũ)',
  'chart.cannotAdd': '{place}: số liệu các tỉnh cũ không cộng được (khác năm hoặc thiếu)',
  'chart.noFigure': '{place}: không tìm thấy số liệu công bố',
  'compare.sumFrom': ' — tổng do trang này cộng từ {predecessors}',
  'compare.shown': '{n} trên {total} tỉnh có số liệu công bố. ',
  'compare.sumsShown': '{n} tỉnh mới hiển thị tổng do trang này cộng.',
  'compare.sumRule':
    'Tỉnh mới chưa có số liệu riêng thì hiển thị tổng số liệu của các tỉnh cũ hợp thành, chỉ khi tất cả các tỉnh cũ cùng công bố số liệu trong một năm: đó là số do trang này cộng, không phải số của nguồn (gạch chéo trên biểu đồ cột). Không cộng số liệu khác năm hay khác định nghĩa; số tồn ở các ngày khác nhau trong cùng năm vẫn có thể lệch nhau.',
  'compare.latestRule':
    'Mỗi tỉnh hiển thị con số công bố mới nhất, có thể thuộc năm khác với tỉnh bên cạnh: đọc năm ghi bên cạnh trước khi so sánh. Tỉnh không có số liệu không có nghĩa là bằng 0.',
  // Take-away files and citations
  'cite.noDate': 'không ghi ngày',
  'cite.viaSite': 'Trích từ: {source} Qua {site}, phiên bản dữ liệu {version}, {url} ({licence}).',
  'cite.view': '{site}, "{title}", {url} (dữ liệu ngày {built}), {licence}. Mỗi con số thuộc về tài liệu nguồn của nó: hãy dẫn cả nguồn.',
  'cite.dataset': '{site} ({year}). Số liệu cai nghiện ma túy Việt Nam: số liệu đã công bố, phiên bản {version}. {url} ({licence}).',
  'file.percent': 'tỷ lệ',
  'file.sheetData': 'so-lieu',
  'file.sheetAbout': 'gioi-thieu',
  'file.title': 'Tiêu đề',
  'file.cite': 'Trích dẫn',
  'file.licence': 'Giấy phép',
  'file.dataOf': 'Ngày dữ liệu',
  'file.sources': 'Nguồn',
  'file.explore': 'kham-pha',
  'file.per100k': 'tren-100000-dan',
};

const en: Record<keyof typeof vi, string> = {
  'period.firstMonths': '{months} mo. {year}',
  'period.published': 'publ. {year}',
  'period.unknown': 'year unknown',
  'period.openAtPublication': 'period not over when published',
  'period.partYear': 'part of a year',
  'cohort.notStated': 'not stated',
  'claim.citedFrom': '{claim} (from {by})',
  'claim.by': '{claim} ({by})',
  'chart.target': 'target',
  'chart.rank': '{rank} of {of} provinces with a figure',
  'chart.per100k': 'per 100,000',
  'compare.sumPeriod': '{year} (Σ {n} old provinces)',
  'chart.cannotAdd': "{place}: predecessors' figures cannot be added (different years or missing)",
  'chart.noFigure': '{place}: no published figure found',
  'compare.sumFrom': ' — sum computed here from {predecessors}',
  'compare.shown': '{n} of {total} provinces have a published figure. ',
  'compare.sumsShown': '{n} new provinces show a sum computed here.',
  'compare.sumRule':
    "A new province without its own figure shows the sum of its predecessors' figures only when every predecessor published one for the same year: a number added up by this site, not by a source (hatched in the bar chart). Figures of different years or definitions are never added; stocks at different dates within one year may still differ.",
  'compare.latestRule':
    "Each province shows its latest published figure, which may be for a different year from its neighbour's: read the year beside it before comparing. A province without a figure is not zero.",
  'cite.noDate': 'n.d.',
  'cite.viaSite': 'From: {source} Via {site}, data version {version}, {url} ({licence}).',
  'cite.view': '{site}, "{title}", {url} (data of {built}), {licence}. Each number belongs to its source document: cite it too.',
  'cite.dataset': '{site} ({year}). Drug rehabilitation in Viet Nam: published figures, version {version}. {url} ({licence}).',
  'file.percent': 'percent',
  'file.sheetData': 'data',
  'file.sheetAbout': 'about',
  'file.title': 'Title',
  'file.cite': 'How to cite',
  'file.licence': 'Licence',
  'file.dataOf': 'Data of',
  'file.sources': 'Sources',
  'file.explore': 'explore',
  'file.per100k': 'per-100000',
};

export const chartStrings = { vi, en };
export type ChartKey = keyof typeof vi;

/** A chart string in a language, with {name} placeholders filled in. */
export function chartText(locale: 'vi' | 'en', key: ChartKey, values: Record<string, string | number> = {}): string {
  return fill(chartStrings[locale][key], values);
}
