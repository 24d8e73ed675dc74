// Text of the links into the explorer (place, chart and methodology pages)
// and of the browsing aids of the charts and sources indexes, in both
// languages. Kept apart from explore.ts, which the explorer's browser script
// carries.

const vi = {
  'explore.link.compare': 'So sánh với các địa bàn khác',
  'explore.link.explore': 'Khám phá các con số này',
  'explore.link.measure': 'Xem mọi con số của chỉ tiêu này',
  'explore.link.chart': 'Khám phá “{measure}” theo địa bàn và năm',
  'explore.link.placeIntro': 'Đặt {place} cạnh các địa bàn khác, theo từng chỉ tiêu:',
  'browse.charts.variant.map': 'bản đồ',
  'browse.charts.variant.bars': 'xếp hạng',
  'browse.charts.variant.63': '63 tỉnh',
  'browse.charts.variant.34': '34 tỉnh',
  'browse.charts.variant.count': 'số người',
  'browse.charts.variant.per100k': 'trên 100.000 dân',
  'browse.charts.thin': 'chưa đủ số liệu để vẽ: danh sách kèm nguồn',
  'browse.sources.filter': 'Lọc tài liệu',
  'browse.sources.province': 'Tỉnh, thành phố',
  'browse.sources.year': 'Năm đăng',
  'browse.sources.kind': 'Loại tài liệu',
  'browse.sources.any': 'Tất cả',
  'browse.sources.undated': 'Không in ngày',
  'browse.sources.national': 'Toàn quốc',
  'browse.sources.shown': 'Đang hiện {n} trên {total} tài liệu.',
  'browse.sources.noMatch': 'Không có tài liệu nào khớp với bộ lọc.',
  'browse.sources.all': 'Hiện cả {n} tài liệu (trang đang hiện {m} tài liệu mới nhất; bộ lọc luôn tìm trong tất cả)',
};

const en: Record<keyof typeof vi, string> = {
  'explore.link.compare': 'Compare with other places',
  'explore.link.explore': 'Explore these figures',
  'explore.link.measure': 'See every figure of this measure',
  'explore.link.chart': 'Explore “{measure}” by place and year',
  'explore.link.placeIntro': 'Put {place} beside other places, measure by measure:',
  'browse.charts.variant.map': 'map',
  'browse.charts.variant.bars': 'ranking',
  'browse.charts.variant.63': '63 provinces',
  'browse.charts.variant.34': '34 provinces',
  'browse.charts.variant.count': 'persons',
  'browse.charts.variant.per100k': 'per 100,000',
  'browse.charts.thin': 'too few figures to draw: the cited list',
  'browse.sources.filter': 'Filter the documents',
  'browse.sources.province': 'Province',
  'browse.sources.year': 'Year published',
  'browse.sources.kind': 'Kind of document',
  'browse.sources.any': 'All',
  'browse.sources.undated': 'No date printed',
  'browse.sources.national': 'National',
  'browse.sources.shown': 'Showing {n} of {total} documents.',
  'browse.sources.noMatch': 'No document matches the filter.',
  'browse.sources.all': 'Show all {n} documents (the page shows the {m} newest; the filter always searches them all)',
};

export const browseStrings = { vi, en };
