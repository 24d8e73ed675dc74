// The closed vocabularies every figure is written in. The build, the parsers
// in src/lib/parse/, the pages and the SQL console all read them from here,
// with their labels in both languages. Nothing here imports from the parsers.

export interface Term {
  vi: string;
  en: string;
  /** What a reader needs to know to use the term, in English and Vietnamese. */
  definition_en: string;
  definition_vi: string;
}

export const UNITS = {
  persons: {
    vi: 'người',
    en: 'persons',
    definition_en: 'Distinct people. Never added to person-times.',
    definition_vi: 'Số người (mỗi người tính một lần). Không cộng với lượt người.',
  },
  person_times: {
    vi: 'lượt người',
    en: 'person-times',
    definition_en: 'Admissions or services counted each time: one person admitted twice counts twice.',
    definition_vi: 'Số lượt: một người được tiếp nhận hai lần tính hai lượt.',
  },
  percent: {
    vi: '%',
    en: 'percent',
    definition_en: 'A percentage as printed; what it is a percentage of is given by the measure and the basis.',
    definition_vi: 'Tỷ lệ phần trăm như nguồn in; tỷ lệ của cái gì do chỉ tiêu và loại số liệu cho biết.',
  },
  vnd: {
    vi: 'đồng',
    en: 'VND',
    definition_en: 'Vietnamese đồng, nominal (not adjusted for inflation).',
    definition_vi: 'Đồng Việt Nam, giá trị danh nghĩa (chưa điều chỉnh lạm phát).',
  },
  facilities: {
    vi: 'cơ sở',
    en: 'facilities',
    definition_en: 'Institutions such as rehab centres or methadone clinics.',
    definition_vi: 'Số cơ sở, ví dụ cơ sở cai nghiện hay cơ sở điều trị methadone.',
  },
  teams: {
    vi: 'đội',
    en: 'teams',
    definition_en: 'Organised teams, e.g. volunteer social work teams.',
    definition_vi: 'Số đội, ví dụ đội công tác xã hội tình nguyện.',
  },
  clubs: {
    vi: 'câu lạc bộ',
    en: 'clubs',
    definition_en: 'Clubs, e.g. post-rehab support clubs.',
    definition_vi: 'Số câu lạc bộ, ví dụ câu lạc bộ hỗ trợ người sau cai nghiện.',
  },
  points: {
    vi: 'điểm',
    en: 'service points',
    definition_en: 'Service points such as community counselling points or dispensing points.',
    definition_vi: 'Số điểm dịch vụ, ví dụ điểm tư vấn tại cộng đồng hay điểm cấp phát thuốc.',
  },
  models: {
    vi: 'mô hình',
    en: 'models',
    definition_en: 'Pilot or standing programme models ("mô hình").',
    definition_vi: 'Số mô hình (thí điểm hoặc duy trì).',
  },
  communes: {
    vi: 'xã, phường',
    en: 'communes/wards',
    definition_en: 'Commune-level administrative units (xã, phường, thị trấn).',
    definition_vi: 'Số đơn vị hành chính cấp xã (xã, phường, thị trấn).',
  },
  districts: {
    vi: 'huyện, quận',
    en: 'districts',
    definition_en: 'District-level administrative units (abolished 1 July 2025).',
    definition_vi: 'Số đơn vị hành chính cấp huyện (bãi bỏ từ 1/7/2025).',
  },
  events: {
    vi: 'cuộc, hội nghị, lớp',
    en: 'events',
    definition_en: 'Meetings, conferences, training courses or campaigns held.',
    definition_vi: 'Số cuộc họp, hội nghị, lớp tập huấn hay đợt tuyên truyền.',
  },
  cases: {
    vi: 'vụ',
    en: 'cases',
    definition_en: 'Criminal or administrative cases.',
    definition_vi: 'Số vụ (hình sự hoặc hành chính).',
  },
  kilograms: {
    vi: 'kg',
    en: 'kilograms',
    definition_en: 'Mass in kilograms.',
    definition_vi: 'Khối lượng tính bằng kilôgam.',
  },
  beds: {
    vi: 'chỗ',
    en: 'places',
    definition_en: 'Places (beds) a facility is designed or equipped for.',
    definition_vi: 'Số chỗ (giường) mà cơ sở được thiết kế hoặc trang bị.',
  },
} as const satisfies Record<string, Term>;
export type Unit = keyof typeof UNITS;
export const UNIT_IDS = Object.keys(UNITS) as [Unit, ...Unit[]];

export const BASES = {
  actual: {
    vi: 'kết quả',
    en: 'actual',
    definition_en: 'A result or a state the source reports as having happened or existing.',
    definition_vi: 'Kết quả hoặc hiện trạng mà nguồn báo cáo là đã có.',
  },
  target: {
    vi: 'chỉ tiêu',
    en: 'target',
    definition_en: 'A number a plan sets out to reach ("chỉ tiêu", "phấn đấu", "kế hoạch").',
    definition_vi: 'Con số mà kế hoạch đặt ra ("chỉ tiêu", "phấn đấu").',
  },
  attainment: {
    vi: 'tỷ lệ đạt (nguồn in)',
    en: 'printed attainment',
    definition_en: 'A percentage of a target reached, as the source printed it ("đạt X% kế hoạch"). Our own computation is in the attainment table.',
    definition_vi: 'Tỷ lệ hoàn thành chỉ tiêu như nguồn in ("đạt X% kế hoạch"). Tỷ lệ do chúng tôi tính nằm ở bảng attainment.',
  },
  change: {
    vi: 'mức thay đổi',
    en: 'change',
    definition_en: 'A change against another period as printed ("tăng 5%", "giảm 10%", "so với cùng kỳ"); the note says against what.',
    definition_vi: 'Mức tăng/giảm so với kỳ khác như nguồn in; ghi chú nói so với kỳ nào.',
  },
} as const satisfies Record<string, Term>;
export type Basis = keyof typeof BASES;
export const BASIS_IDS = Object.keys(BASES) as [Basis, ...Basis[]];

export const PERIOD_KINDS = {
  year: {
    vi: 'cả năm',
    en: 'year',
    definition_en: 'A calendar year ("năm 2021").',
    definition_vi: 'Một năm dương lịch ("năm 2021").',
  },
  months: {
    vi: 'một số tháng',
    en: 'months',
    definition_en: 'Part of a year: the first (or last) N months, a quarter or a month ("6 tháng đầu năm 2022", "quý I/2023"). Never annualised.',
    definition_vi: 'Một phần của năm: N tháng đầu (hoặc cuối) năm, một quý hay một tháng ("6 tháng đầu năm 2022", "quý I/2023"). Không quy ra cả năm.',
  },
  multi_year: {
    vi: 'nhiều năm',
    en: 'several years',
    definition_en: 'A programme or a stretch of several years ("giai đoạn 2016-2020").',
    definition_vi: 'Một chương trình hoặc một giai đoạn nhiều năm ("giai đoạn 2016-2020").',
  },
  as_of: {
    vi: 'tính đến ngày',
    en: 'as of a date',
    definition_en: 'A stock, or a cumulative count up to a date; the start is not stated ("tính đến 15/9/2022").',
    definition_vi: 'Số tồn, hoặc số cộng dồn tính đến một ngày; không nêu ngày bắt đầu ("tính đến 15/9/2022").',
  },
  date_range: {
    vi: 'từ ngày đến ngày',
    en: 'date range',
    definition_en: 'Explicit dates that fit none of the other kinds.',
    definition_vi: 'Khoảng thời gian có ngày đầu, ngày cuối cụ thể, không thuộc các loại kỳ khác.',
  },
  unstated: {
    vi: 'không nêu',
    en: 'unstated',
    definition_en: 'The source gives no period for the figure; its note says what the text implies.',
    definition_vi: 'Nguồn không nêu kỳ của con số; ghi chú nói văn bản ngụ ý điều gì.',
  },
} as const satisfies Record<string, Term>;
export type PeriodKind = keyof typeof PERIOD_KINDS;
export const PERIOD_KIND_IDS = Object.keys(PERIOD_KINDS) as [PeriodKind, ...PeriodKind[]];

/**
 * A qualifier's term also says how a chart and a label show it: `sign` goes
 * before the number (">60%", "≈3.300"), and `bound` says whether the number is
 * a lower or an upper bound, never the value itself (charts draw an arrow).
 */
export interface QualifierTerm extends Term {
  sign: string;
  bound: 'lower' | 'upper' | null;
}

export const QUALIFIERS = {
  exact: { vi: 'chính xác', en: 'exact', sign: '', bound: null, definition_en: 'Printed as an exact number.', definition_vi: 'Nguồn in con số cụ thể.' },
  about: { vi: 'khoảng', en: 'about', sign: '≈', bound: null, definition_en: '"khoảng", "xấp xỉ": about.', definition_vi: '"khoảng", "xấp xỉ".' },
  nearly: {
    vi: 'gần',
    en: 'nearly',
    sign: '≈',
    bound: null,
    definition_en: '"gần": nearly, a little under.',
    definition_vi: '"gần": gần đạt, thấp hơn một chút.',
  },
  more_than: { vi: 'hơn', en: 'more than', sign: '>', bound: 'lower', definition_en: '"hơn", "trên": more than.', definition_vi: '"hơn", "trên".' },
  at_least: {
    vi: 'ít nhất',
    en: 'at least',
    sign: '≥',
    bound: 'lower',
    definition_en: '"ít nhất", "từ … trở lên": at least.',
    definition_vi: '"ít nhất", "từ … trở lên".',
  },
  less_than: { vi: 'dưới', en: 'less than', sign: '<', bound: 'upper', definition_en: '"dưới", "chưa đến": less than.', definition_vi: '"dưới", "chưa đến".' },
  at_most: {
    vi: 'tối đa',
    en: 'at most',
    sign: '≤',
    bound: 'upper',
    definition_en: '"tối đa", "không quá": at most.',
    definition_vi: '"tối đa", "không quá".',
  },
  range: {
    vi: 'khoảng giá trị',
    en: 'range',
    sign: '',
    bound: null,
    definition_en: 'A range printed as low and high ends; value is the low end, value_high the high end.',
    definition_vi: 'Khoảng giá trị: value là cận dưới, value_high là cận trên.',
  },
} as const satisfies Record<string, QualifierTerm>;
/** The word printed with a number: "hơn" (more than), "khoảng" (about), a range… */
export type Qualifier = keyof typeof QUALIFIERS;
export const QUALIFIER_IDS = Object.keys(QUALIFIERS) as [Qualifier, ...Qualifier[]];

export const SOURCE_KINDS = {
  news: { vi: 'tin bài', en: 'news article', definition_en: 'A news report.', definition_vi: 'Tin, bài báo.' },
  plan: {
    vi: 'kế hoạch',
    en: 'plan',
    definition_en: 'A plan, or an article reporting one, that sets targets.',
    definition_vi: 'Kế hoạch, hoặc bài viết đưa tin về kế hoạch, có đặt chỉ tiêu.',
  },
  report: {
    vi: 'báo cáo',
    en: 'report',
    definition_en: 'A results report or a review conference, or an article reporting one.',
    definition_vi: 'Báo cáo kết quả, hội nghị sơ kết/tổng kết, hoặc bài viết đưa tin về chúng.',
  },
  decision: {
    vi: 'quyết định',
    en: 'decision',
    definition_en: 'A legal or administrative decision.',
    definition_vi: 'Quyết định, văn bản quy phạm.',
  },
  statistics: {
    vi: 'số liệu thống kê',
    en: 'statistics',
    definition_en: 'A statistical release or table.',
    definition_vi: 'Số liệu thống kê công bố.',
  },
  study: {
    vi: 'nghiên cứu',
    en: 'study',
    definition_en:
      'A peer-reviewed article, a thesis or a health-programme report that measures a cohort; its figures say who was followed, how many, for how long and how relapse was measured.',
    definition_vi:
      'Bài báo khoa học, luận văn, luận án hoặc báo cáo của chương trình y tế có đo lường trên một nhóm đối tượng (cohort); số liệu ghi rõ theo dõi ai, bao nhiêu người, trong bao lâu và xác định tái nghiện bằng cách nào.',
  },
} as const satisfies Record<string, Term>;
export type SourceKind = keyof typeof SOURCE_KINDS;
export const SOURCE_KIND_IDS = Object.keys(SOURCE_KINDS) as [SourceKind, ...SourceKind[]];

/** What a cohort field says when the text does not give it. */
export const NOT_STATED = 'not stated';
/** The same, in a Vietnamese column. */
export const NOT_STATED_VI = 'không nêu';

/** Where a figure (every relapse figure, and any other that gives one) comes from as evidence. */
export const CLAIMS = {
  measured: {
    vi: 'đo lường',
    en: 'measured',
    definition_en:
      'A rate or count for a defined cohort: a study, or an official count with a stated denominator ("785/1.045 người tái nghiện"). The cohort columns say who, how many, for how long and how.',
    definition_vi:
      'Tỷ lệ hoặc số đếm trên một nhóm đối tượng xác định: một nghiên cứu, hoặc số liệu chính thức có nêu mẫu số ("785/1.045 người tái nghiện"). Các cột về nhóm đối tượng cho biết ai, bao nhiêu người, theo dõi bao lâu và đo bằng cách nào.',
  },
  official: {
    vi: 'nhận định chính thức',
    en: 'official statement',
    definition_en: 'An authority\'s statement or target without a measured cohort ("tỷ lệ tái nghiện trên 90%"): how it was computed is not stated.',
    definition_vi:
      'Nhận định hoặc chỉ tiêu của cơ quan chức năng, không gắn với một nhóm đối tượng được đo lường ("tỷ lệ tái nghiện trên 90%"): không nêu cách tính.',
  },
  second_hand: {
    vi: 'dẫn lại',
    en: 'second-hand',
    definition_en: 'The source attributes the figure to someone else ("international reports say 80%"); cited_from says to whom. Not evidence in itself.',
    definition_vi:
      'Nguồn dẫn lại con số của người khác ("báo cáo quốc tế cho biết 80%"); cột cited_from ghi nguồn được dẫn. Bản thân nó không phải là bằng chứng.',
  },
} as const satisfies Record<string, Term>;
export type Claim = keyof typeof CLAIMS;
export const CLAIM_IDS = Object.keys(CLAIMS) as [Claim, ...Claim[]];

/** How a cohort's relapse (or other outcome) was established. */
export const RELAPSE_METHODS = {
  self_report: {
    vi: 'tự khai báo',
    en: 'self-report',
    definition_en: 'People said whether they had used drugs again (interview, questionnaire).',
    definition_vi: 'Người được hỏi tự cho biết có sử dụng lại ma túy hay không (phỏng vấn, bảng hỏi).',
  },
  urine_test: {
    vi: 'xét nghiệm nước tiểu',
    en: 'urine test',
    definition_en: 'A urine (or other biological) test for drugs.',
    definition_vi: 'Xét nghiệm nước tiểu (hoặc mẫu sinh học khác) tìm chất ma túy.',
  },
  readmission: {
    vi: 'tái nhập cơ sở',
    en: 'readmission',
    definition_en: 'Relapse counted as a return to rehab or treatment.',
    definition_vi: 'Tái nghiện được tính bằng việc quay lại cơ sở cai nghiện hoặc điều trị.',
  },
  records: {
    vi: 'hồ sơ quản lý',
    en: 'records',
    definition_en: 'Relapse taken from administrative records (local registers of people who use drugs, police or commune files).',
    definition_vi: 'Tái nghiện lấy từ hồ sơ quản lý (danh sách người nghiện của địa phương, hồ sơ của công an, xã).',
  },
  mixed: {
    vi: 'kết hợp',
    en: 'mixed',
    definition_en: 'Several of the above together; the method note says which.',
    definition_vi: 'Kết hợp nhiều cách trên; ghi chú về phương pháp cho biết những cách nào.',
  },
  not_stated: {
    vi: 'không nêu',
    en: 'not stated',
    definition_en: 'The source does not say how relapse was established.',
    definition_vi: 'Nguồn không nêu cách xác định tái nghiện.',
  },
} as const satisfies Record<string, Term>;
export type RelapseMethod = keyof typeof RELAPSE_METHODS;
export const RELAPSE_METHOD_IDS = Object.keys(RELAPSE_METHODS) as [RelapseMethod, ...RelapseMethod[]];

/** Figures of these measures are relapse figures: they need a claim and publish their cohort. */
export const isRelapseMeasure = (measureId: string): boolean => measureId.startsWith('relapse_');

export const MEASURE_FAMILIES = {
  intake: {
    vi: 'Tiếp nhận cai nghiện',
    en: 'Intake into rehab',
    definition_en: 'People taken into rehab during a period (a flow), by modality.',
    definition_vi: 'Số người được đưa vào cai nghiện trong kỳ (dòng), theo hình thức.',
  },
  compulsory_process: {
    vi: 'Quy trình cai nghiện bắt buộc',
    en: 'Compulsory rehab process',
    definition_en: 'Stages of compulsory rehab: dossiers prepared, court decisions, decisions carried out.',
    definition_vi: 'Các bước cai nghiện bắt buộc: lập hồ sơ, quyết định của tòa án, thi hành quyết định.',
  },
  in_treatment: {
    vi: 'Đang cai nghiện, điều trị',
    en: 'People in treatment',
    definition_en: 'People in rehab at a date (a stock), or treated during a period including those carried over.',
    definition_vi: 'Số người đang cai nghiện tại một thời điểm (tồn), hoặc được điều trị trong kỳ kể cả chuyển tiếp.',
  },
  outcomes: {
    vi: 'Kết quả, tái nghiện',
    en: 'Outcomes and relapse',
    definition_en: 'Completion, relapse and progress of people after or during rehab.',
    definition_vi: 'Hoàn thành cai nghiện, tái nghiện, tiến bộ của người cai nghiện.',
  },
  post_rehab: {
    vi: 'Quản lý, hỗ trợ sau cai',
    en: 'Post-rehab management and support',
    definition_en: 'Management, jobs, vocational training and loans for people after rehab.',
    definition_vi: 'Quản lý, việc làm, dạy nghề, vay vốn cho người sau cai nghiện.',
  },
  registered: {
    vi: 'Người nghiện, người sử dụng có hồ sơ',
    en: 'Registered people who use drugs',
    definition_en: 'People on record: with dependence, or using drugs without dependence. Kept as different measures because definitions changed.',
    definition_vi: 'Số người có hồ sơ quản lý: người nghiện, người sử dụng trái phép. Tách riêng vì định nghĩa thay đổi theo thời gian.',
  },
  methadone: {
    vi: 'Điều trị methadone',
    en: 'Methadone treatment',
    definition_en: 'Opioid substitution treatment with methadone: patients and sites.',
    definition_vi: 'Điều trị nghiện các chất dạng thuốc phiện bằng methadone: bệnh nhân và cơ sở.',
  },
  capacity: {
    vi: 'Cơ sở, công suất',
    en: 'Facilities and capacity',
    definition_en: 'Rehab facilities and what they are built for.',
    definition_vi: 'Số cơ sở cai nghiện và công suất.',
  },
  community_services: {
    vi: 'Dịch vụ, mô hình tại cộng đồng',
    en: 'Community services and models',
    definition_en: 'Volunteer teams, counselling points, clubs and pilot models in communities, and the people they reach.',
    definition_vi: 'Đội tình nguyện, điểm tư vấn, câu lạc bộ, mô hình thí điểm tại cộng đồng và số người tham gia.',
  },
  awareness: {
    vi: 'Tuyên truyền, tập huấn',
    en: 'Awareness and training',
    definition_en: 'Awareness events, training courses and their participants; coverage targets for them.',
    definition_vi: 'Hội nghị tuyên truyền, lớp tập huấn và người tham dự; chỉ tiêu bao phủ.',
  },
  drug_control: {
    vi: 'Phòng, chống tội phạm ma túy',
    en: 'Drug law enforcement',
    definition_en: 'Drug cases, arrests, seizures and drug hot spots: context for the rehab figures.',
    definition_vi: 'Số vụ, người bị bắt, ma túy thu giữ, điểm phức tạp về ma túy: bối cảnh cho số liệu cai nghiện.',
  },
  funding: {
    vi: 'Kinh phí',
    en: 'Funding',
    definition_en: 'Money spent or planned for rehab and related work.',
    definition_vi: 'Kinh phí chi hoặc dự kiến cho công tác cai nghiện và liên quan.',
  },
} as const satisfies Record<string, Term>;
export type MeasureFamily = keyof typeof MEASURE_FAMILIES;
export const MEASURE_FAMILY_IDS = Object.keys(MEASURE_FAMILIES) as [MeasureFamily, ...MeasureFamily[]];

export const PLACE_LEVELS = {
  country: { vi: 'toàn quốc', en: 'country', definition_en: 'Viet Nam as a whole.', definition_vi: 'Cả nước.' },
  province: {
    vi: 'tỉnh (63, đến 30/6/2025)',
    en: 'province (63, until 30 June 2025)',
    definition_en: 'One of the 63 provinces in force until 30 June 2025, by its GSO code.',
    definition_vi: 'Một trong 63 tỉnh, thành phố đến 30/6/2025, theo mã của Tổng cục Thống kê.',
  },
  province_2025: {
    vi: 'tỉnh (34, từ 1/7/2025)',
    en: 'province (34, from 1 July 2025)',
    definition_en: 'One of the 34 provinces in force from 1 July 2025. Some codes were reused: never join across 2025 on the code alone.',
    definition_vi: 'Một trong 34 tỉnh, thành phố từ 1/7/2025. Một số mã được dùng lại: không ghép số liệu trước và sau 2025 chỉ bằng mã.',
  },
  district: {
    vi: 'huyện, quận',
    en: 'district',
    definition_en: 'A district-level unit (abolished 1 July 2025), by its GSO code.',
    definition_vi: 'Đơn vị cấp huyện (bãi bỏ từ 1/7/2025), theo mã thống kê.',
  },
  ward: {
    vi: 'xã, phường',
    en: 'commune/ward',
    definition_en: 'A commune-level unit, by its GSO code.',
    definition_vi: 'Đơn vị cấp xã, theo mã thống kê.',
  },
  ward_group: {
    vi: 'nhóm xã, phường',
    en: 'group of wards',
    definition_en: 'A named group of communes or wards that a source reports on together (e.g. the wards of a pilot).',
    definition_vi: 'Nhóm xã, phường mà nguồn báo cáo chung (ví dụ các phường thí điểm).',
  },
  facility: {
    vi: 'cơ sở cai nghiện',
    en: 'facility',
    definition_en:
      'A named rehab facility. Its figures are its own, never a province total: it is linked to the province that runs it and the one where it stands.',
    definition_vi: 'Một cơ sở cai nghiện cụ thể. Số liệu của cơ sở không phải số liệu của tỉnh: gắn với tỉnh quản lý và tỉnh nơi đặt cơ sở.',
  },
} as const satisfies Record<string, Term>;
export type PlaceLevel = keyof typeof PLACE_LEVELS;
export const PLACE_LEVEL_IDS = Object.keys(PLACE_LEVELS) as [PlaceLevel, ...PlaceLevel[]];

export const CHECK_VERDICTS = {
  consistent: {
    vi: 'khớp',
    en: 'consistent',
    definition_en: 'The printed number agrees with the one its parts give, within the rounding the source used.',
    definition_vi: 'Số nguồn in khớp với số tính từ các thành phần, trong phạm vi làm tròn.',
  },
  mismatch: {
    vi: 'không khớp',
    en: 'mismatch',
    definition_en: 'The printed number disagrees with the one its parts give. Both are kept; nothing is corrected.',
    definition_vi: 'Số nguồn in không khớp với số tính từ các thành phần. Giữ nguyên cả hai, không sửa.',
  },
  indeterminate: {
    vi: 'không xác định',
    en: 'indeterminate',
    definition_en: 'A qualifier ("more than", "about") or a range means the arithmetic cannot be checked exactly.',
    definition_vi: 'Có từ chỉ mức ("hơn", "khoảng") hoặc khoảng giá trị nên không kiểm tra chính xác được.',
  },
} as const satisfies Record<string, Term>;
export type CheckVerdict = keyof typeof CHECK_VERDICTS;
export const CHECK_VERDICT_IDS = Object.keys(CHECK_VERDICTS) as [CheckVerdict, ...CheckVerdict[]];

export const CHECK_KINDS = {
  sum: {
    vi: 'tổng',
    en: 'sum',
    definition_en: 'Parts printed by a source against the total it printed.',
    definition_vi: 'Các phần nguồn in so với tổng nguồn in.',
  },
  share: {
    vi: 'tỷ lệ',
    en: 'share',
    definition_en: 'A printed percentage against the counts it is a share of.',
    definition_vi: 'Tỷ lệ % nguồn in so với các số đếm mà nó là tỷ lệ.',
  },
  attainment: {
    vi: 'hoàn thành chỉ tiêu',
    en: 'attainment',
    definition_en: 'A printed percentage of target against the actual and the target.',
    definition_vi: 'Tỷ lệ % hoàn thành chỉ tiêu nguồn in so với kết quả và chỉ tiêu.',
  },
  disagreement: {
    vi: 'các nguồn khác nhau',
    en: 'sources disagree',
    definition_en:
      'Two documents print different numbers for the same place, measure, part, basis, unit and period. Both are kept as printed; neither is preferred.',
    definition_vi:
      'Hai tài liệu in hai con số khác nhau cho cùng địa bàn, chỉ tiêu, phần đối tượng, loại số liệu, đơn vị và kỳ. Giữ nguyên cả hai như nguồn in; không ưu tiên bên nào.',
  },
} as const satisfies Record<string, Term>;
export type CheckKind = keyof typeof CHECK_KINDS;
export const CHECK_KIND_IDS = Object.keys(CHECK_KINDS) as [CheckKind, ...CheckKind[]];

export const MEASURE_KINDS = {
  flow: { vi: 'số phát sinh trong kỳ', en: 'flow', definition_en: 'Counted over a period.', definition_vi: 'Đếm trong một kỳ.' },
  stock: { vi: 'số tồn tại một thời điểm', en: 'stock', definition_en: 'Counted at a date.', definition_vi: 'Đếm tại một ngày.' },
  share: { vi: 'tỷ trọng', en: 'share', definition_en: 'A percentage of a whole.', definition_vi: 'Tỷ lệ % của một tổng thể.' },
  rate: { vi: 'tỷ lệ', en: 'rate', definition_en: 'A rate, such as relapse.', definition_vi: 'Tỷ lệ, ví dụ tỷ lệ tái nghiện.' },
  count: {
    vi: 'số đếm',
    en: 'count',
    definition_en: 'Institutions, teams or events, at a date or in a period.',
    definition_vi: 'Số cơ sở, đội, sự kiện, tại một ngày hoặc trong một kỳ.',
  },
  money: { vi: 'tiền', en: 'money', definition_en: 'An amount of money.', definition_vi: 'Số tiền.' },
  change: { vi: 'mức thay đổi', en: 'change', definition_en: 'A change against another period.', definition_vi: 'Mức thay đổi so với kỳ khác.' },
} as const satisfies Record<string, Term>;
export type MeasureKind = keyof typeof MEASURE_KINDS;
export const MEASURE_KIND_IDS = Object.keys(MEASURE_KINDS) as [MeasureKind, ...MeasureKind[]];

/** What a figure's `year` is the year of. */
export const YEAR_BASES = {
  period: {
    vi: 'năm kết thúc kỳ',
    en: 'end of period',
    definition_en: 'The year the figure’s period ends in.',
    definition_vi: 'Năm mà kỳ của con số kết thúc.',
  },
  published: {
    vi: 'năm đăng',
    en: 'year published',
    definition_en: 'The source gives no period end: the year the source was published.',
    definition_vi: 'Nguồn không nêu ngày cuối kỳ: năm nguồn được đăng.',
  },
} as const satisfies Record<string, Term>;
export type YearBasis = keyof typeof YEAR_BASES;
export const YEAR_BASIS_IDS = Object.keys(YEAR_BASES) as [YearBasis, ...YearBasis[]];

export const LANGUAGES = {
  vi: { vi: 'tiếng Việt', en: 'Vietnamese', definition_en: 'Vietnamese.', definition_vi: 'Tiếng Việt.' },
  en: { vi: 'tiếng Anh', en: 'English', definition_en: 'English.', definition_vi: 'Tiếng Anh.' },
} as const satisfies Record<string, Term>;
export type Language = keyof typeof LANGUAGES;
export const LANGUAGE_IDS = Object.keys(LANGUAGES) as [Language, ...Language[]];
