// The methodology page's prose, in both languages, section by section. The
// vocabularies (units, qualifiers, bases, levels, periods, claims, methods)
// and every measure's definition are generated from the schema and the
// published tables beside it; data/METHODOLOGY.md is the contributors' longer
// version of the same rules.

export interface MethodSection {
  id: string;
  title: { vi: string; en: string };
  vi: string[];
  en: string[];
}

export const METHOD_SECTIONS: MethodSection[] = [
  {
    id: 'figures',
    title: { vi: 'Một con số là gì ở đây', en: 'What a figure is' },
    vi: [
      'Mỗi con số là một số mà một tài liệu đã công bố in ra về cai nghiện ma túy hoặc bối cảnh của nó: số người được đưa vào cai nghiện, số người đang ở cơ sở, người nghiện có hồ sơ quản lý, tái nghiện, chỉ tiêu và tỷ lệ hoàn thành, cơ sở và công suất, điều trị methadone, quản lý và hỗ trợ sau cai, kinh phí.',
      'Con số được ghi đúng đơn vị, kỳ và cấp địa bàn của nguồn, kèm đoạn trích tối đa 12 từ đúng như nguồn in để người đọc tìm lại bằng Ctrl+F, và ghi chú khi cần. Việc trích xuất làm bằng tay; mọi tệp trích xuất nằm trong thư mục `data/sources` của kho mã nguồn.',
      'Mọi ghi chú được viết bằng cả tiếng Việt và tiếng Anh, để mỗi trang đọc trọn trong một ngôn ngữ. Lời trích của nguồn giữ nguyên ngôn ngữ của nguồn, trong ngoặc kép, ở cả hai bản.',
      'Không có con số nào do chúng tôi ước tính, quy ra cả năm, cộng từ các huyện, hay "sửa" lại. Số do chúng tôi tính (tỷ lệ hoàn thành, kiểm tra số học, tổng theo 34 tỉnh mới, tỷ lệ trên 100.000 dân) luôn được ghi rõ là số tính, ở bảng dẫn xuất hoặc ngay trên biểu đồ.',
    ],
    en: [
      'A figure is a number a published document printed about drug rehabilitation or its context: people taken into rehab, people in facilities, registered dependent people, relapse, targets and attainment, facilities and capacity, methadone treatment, post-rehab management and support, funding.',
      'Each is recorded in the source’s own unit, period and level, with an excerpt of at most 12 words as printed so a reader can find it with Ctrl+F, and a note where one is needed. Extraction is by hand; every extraction file is in the repository’s `data/sources` folder.',
      'Every note is written in Vietnamese and in English, so each page reads in one language. Words quoted from the source stay in the source’s language, in quotation marks, in both versions.',
      'No number is estimated, annualised, summed from districts or “corrected” by us. Numbers we compute (attainment, arithmetic checks, sums for the 34 new provinces, rates per 100,000) are always marked as computed, in the derived tables or on the chart itself.',
    ],
  },
  {
    id: 'units',
    title: { vi: 'Người và lượt người', en: 'Persons and person-times' },
    vi: [
      '"Người" và "lượt người" là hai đơn vị khác nhau: một người vào cơ sở hai lần trong năm là một người và hai lượt. Hai đơn vị không bao giờ được cộng với nhau, và biểu đồ không bao giờ vẽ chúng trên cùng một trục. "Đối tượng" và "học viên" đều được tính là người.',
    ],
    en: [
      '“Người” (persons) and “lượt người” (person-times) are different units: one person admitted twice in a year is one person and two person-times. The two are never added and never drawn on one axis. “Đối tượng” (subjects) and “học viên” (residents) both count persons.',
    ],
  },
  {
    id: 'periods',
    title: { vi: 'Kỳ số liệu', en: 'Periods' },
    vi: [
      'Mỗi con số giữ nguyên cách nguồn nêu kỳ và loại kỳ: cả năm, một số tháng (3, 6, 9 tháng, một quý), nhiều năm, tính đến một ngày, từ ngày đến ngày, hoặc không nêu. Số 9 tháng không bao giờ được quy ra cả năm; trên biểu đồ, số của một phần kỳ được vẽ bằng chấm rỗng.',
      'Số tiếp nhận trong kỳ (dòng chảy) và số người đang ở cơ sở tại một ngày (số tồn) được giữ riêng. Cộng số "đã điều trị" của các năm sẽ đếm trùng người chuyển tiếp từ năm trước.',
      'Khi nguồn nêu một kỳ chưa kết thúc lúc công bố (tổng "2016–2020" đăng tháng 8/2020), con số được đánh dấu: nó không thể bao trọn kỳ. Khi nguồn không nêu kỳ, năm hiển thị là năm công bố và ghi rõ như vậy ("đăng 2020").',
      'Mỗi con số được đặt vào một năm, tính một lần khi xây dựng dữ liệu và công bố cùng con số (cột `year`, `year_basis`): năm kết thúc kỳ, hoặc năm công bố khi nguồn không nêu kỳ. Con số là "một phần năm" (cột `partial`) khi nó bao ít hơn một năm: số của một số tháng, của một khoảng ngày ngắn hơn một năm dù trải qua hai năm (10/2021–03/2022 là sáu tháng, không phải "2021–2022"), hoặc của một kỳ chưa kết thúc lúc công bố. Số tồn tại một ngày không bao giờ là một phần năm.',
    ],
    en: [
      'Each figure keeps the period in the source’s words and its kind: a year, some months (3, 6, 9 months, a quarter), several years, up to a date, a date range, or unstated. Nine months are never annualised; on charts, part-period figures are open dots.',
      'Admissions over a period (flows) and people in a facility at a date (stocks) are kept apart. Summing yearly “treated” figures double-counts people carried over from the year before.',
      'When a source names a period that had not ended when it was published (a “2016–2020” total in August 2020), the figure is flagged: it cannot cover the whole period. When a source gives no period, the year shown is the year of publication, and says so (“publ. 2020”).',
      'Each figure is placed in one year, computed once by the build and published with it (columns `year`, `year_basis`): the year its period ends, or the year of publication when the source gives no period. A figure is “part of a year” (column `partial`) when it covers less than a year: some months, a date range shorter than a year even across two years (10/2021–03/2022 is six months, not “2021–2022”), or a period not over when published. A stock at a date is never partial.',
    ],
  },
  {
    id: 'qualifiers',
    title: { vi: 'Từ chỉ mức: hơn, khoảng, gần', en: 'Qualifiers: more than, about, nearly' },
    vi: [
      'Khoảng một phần tư số liệu có từ chỉ mức. "Hơn 60%" được ghi là 60 với mức "hơn" và vẽ thành một mũi tên từ 60 trở lên, không phải một chấm tại 60. Khoảng giá trị ("250 đến 300") được ghi với cả hai đầu, không bao giờ lấy điểm giữa.',
    ],
    en: [
      'About a quarter of published values carry a qualifier. “More than 60%” is recorded as 60 with the qualifier “more than” and drawn as an arrow from 60 upwards, never as a dot at 60. A range (“250 to 300”) keeps both ends, never a made-up midpoint.',
    ],
  },
  {
    id: 'levels',
    title: { vi: 'Cấp địa bàn và cơ sở cai nghiện', en: 'Levels and facilities' },
    vi: [
      'Địa bàn là đơn vị hành chính có hiệu lực lúc nguồn viết: 63 tỉnh đến 30/6/2025, 34 tỉnh từ 1/7/2025, huyện (bãi bỏ từ 1/7/2025), xã phường, nhóm xã phường có tên, và cơ sở cai nghiện. Mã tỉnh đã được dùng lại năm 2025 (mã 24 trước là Bắc Giang, nay là Bắc Ninh mới), nên mỗi địa bàn có mã theo hệ của nó.',
      'Số liệu của một cơ sở là của riêng cơ sở, gắn với tỉnh quản lý và tỉnh nơi đặt cơ sở: các cơ sở của TP. Hồ Chí Minh đặt ở tỉnh lân cận, và số của chúng không phải của tỉnh đó. Số của huyện, xã không bao giờ được cộng lên tỉnh.',
    ],
    en: [
      'Places are the administrative units in force when the source wrote: 63 provinces until 30 June 2025, 34 from 1 July 2025, districts (abolished 1 July 2025), communes and wards, named groups of wards, and rehab facilities. Province codes were reused in 2025 (24 was Bắc Giang, now the new Bắc Ninh), so each place is identified within its own system.',
      'A facility’s figures are its own, linked to the province that runs it and the one where it stands: Ho Chi Minh City’s centres stand in neighbouring provinces, and their figures are not those provinces’. District and commune figures are never summed into a province.',
    ],
  },
  {
    id: 'breaks',
    title: { vi: 'Định nghĩa thay đổi và cải cách năm 2025', en: 'Definition breaks and the 2025 reforms' },
    vi: [
      'Người nghiện có hồ sơ quản lý và người sử dụng trái phép chất ma túy (nhóm được Luật Phòng, chống ma túy 2021 tách riêng từ 1/1/2022) là các chỉ tiêu khác nhau. Chuỗi số liệu cả nước "nhảy" khi nguồn chuyển từ chỉ tiêu này sang chỉ tiêu kia; những bước nhảy ấy không phải xu hướng.',
      'Quyết định đưa vào cơ sở cai nghiện bắt buộc chuyển từ UBND cấp huyện sang Tòa án nhân dân cấp huyện năm 2014. Lập hồ sơ, quyết định của tòa án và đưa vào cơ sở là các bước khác nhau của cùng một quy trình.',
      'Từ 1/3/2025, các cơ sở cai nghiện chuyển từ Sở Lao động – Thương binh và Xã hội sang Công an tỉnh; số liệu từ 2025 bắt đầu các mốc mới và có thể đếm khác. Từ 1/7/2025, 63 tỉnh sắp xếp thành 34 và cấp huyện bị bãi bỏ: số liệu công bố cho tỉnh mới được ghi theo tỉnh mới, không gộp vào tỉnh cũ.',
    ],
    en: [
      'Registered dependent people and people who use drugs illegally (a group the 2021 Law on Drug Prevention set apart from 1 January 2022) are different measures. National series jump where a source switches between them; such jumps are not trends.',
      'Compulsory rehab decisions moved from district People’s Committees to district People’s Courts in 2014. Dossiers prepared, court decisions and admissions are different stages of one process.',
      'From 1 March 2025 rehab facilities moved from the provincial Departments of Labour, Invalids and Social Affairs to the provincial police; figures from 2025 start new baselines and may count differently. From 1 July 2025 the 63 provinces became 34 and districts were abolished: figures published for a new province are recorded for it, never folded into the old ones.',
    ],
  },
  {
    id: 'relapse',
    title: { vi: 'Tái nghiện', en: 'Relapse' },
    vi: [
      'Một "tỷ lệ tái nghiện 90%" trong một bài phát biểu và một nghiên cứu theo dõi 400 người sau 12 tháng là hai loại bằng chứng khác nhau. Mỗi con số tái nghiện ghi rõ loại: đo trên một nhóm người xác định (kèm nhóm, số người, thời gian theo dõi, cách đo, thời gian nghiên cứu), phát biểu của cơ quan chức năng, hay con số dẫn lại từ nơi khác (kèm nơi được dẫn). Khi nguồn không nêu, trường đó ghi "nguồn không nêu".',
      '"Đo lường" có một quy tắc người đọc tự kiểm tra được: chính nguồn báo cáo một nhóm người mà nó hoặc một cơ quan, nghiên cứu có tên đã theo dõi, có ít nhất số người hoặc mẫu số; hoặc nguồn là một nghiên cứu có tên nêu cách đo. Một tờ báo dẫn "kết quả khảo sát" không nêu ai khảo sát, bao nhiêu người, cách nào, khi nào là con số dẫn lại (từ "một khảo sát không nêu tên"); nhận định của cơ quan hay chương trình không kèm nhóm người được đo là phát biểu chính thức. Khi nguồn in thời gian theo dõi ("trong vòng 18 tháng"), con số giữ thời gian đó dù thuộc loại nào.',
      'Tỷ lệ đo được chỉ so sánh được khi nhóm người, thời gian theo dõi và cách đo giống nhau; phát biểu và số dẫn lại cho biết ai đã nói gì, khi nào, và không tạo thành một chuỗi số liệu. Biểu đồ tỷ lệ tái nghiện và trang khám phá số liệu lọc được theo loại bằng chứng.',
    ],
    en: [
      'A “90% relapse rate” in a speech and a 12-month follow-up of 400 people are different kinds of evidence. Every relapse figure says which it is: measured on a defined group (with the group, its size, the follow-up, the method and the study period), an authority’s statement, or a figure repeated from elsewhere (with whom it cites). Where the text does not say, the field says “not stated”.',
      '“Measured” follows a rule a reader can check: the source itself reports a group that it, or a body or study it names, followed, with at least a count or a denominator; or the source is a named study that states its method. A newspaper relaying a “survey result” without saying who surveyed, how many, how or when is second-hand (from “an unnamed survey”); an authority’s or a programme’s claim without a measured group is an official statement. When the text prints a follow-up window (“within 18 months”), the figure keeps it whatever its kind.',
      'Measured rates are comparable only when their groups, follow-up times and methods are; statements and repeated figures show who said what and when, and are not a series. The relapse-rate chart and the data explorer filter by kind of evidence.',
    ],
  },
  {
    id: 'attainment',
    title: { vi: 'Chỉ tiêu và tỷ lệ hoàn thành', en: 'Targets and attainment' },
    vi: [
      'Chỉ tiêu là con số của kế hoạch, ghi theo kỳ của kế hoạch. Bảng tỷ lệ hoàn thành (dẫn xuất) ghép mỗi kết quả với chỉ tiêu hẹp nhất của cùng địa bàn, cùng chỉ tiêu, cùng đơn vị mà kỳ bao trùm kỳ của kết quả. Kết quả 9 tháng so với chỉ tiêu cả năm được đánh dấu là một phần kỳ: đó là tiến độ, chưa phải kết quả cuối cùng.',
      'Không phải tỷ lệ phần trăm nào cũng là tỷ lệ hoàn thành: "đạt X% kế hoạch" là hoàn thành chỉ tiêu, "bằng X% so với cùng kỳ" là mức thay đổi, "chiếm X%" là tỷ trọng.',
    ],
    en: [
      'A target is a plan’s number, recorded with the plan’s period. The attainment table (derived) pairs each result with the narrowest target of the same place, measure and unit whose period covers the result’s. Nine months against a full-year target is marked as part of a period: progress, not a final result.',
      'Not every percentage is attainment: “đạt X% kế hoạch” is attainment, “bằng X% so với cùng kỳ” is a year-on-year change, “chiếm X%” is a share.',
    ],
  },
  {
    id: 'checks',
    title: { vi: 'Kiểm tra số học', en: 'Arithmetic checks' },
    vi: [
      'Khi nguồn in cả tổng và các thành phần, hoặc một tỷ lệ cùng các số đếm của nó, chúng tôi tính lại và so sánh trong phạm vi làm tròn của nguồn. Kết luận là khớp, không khớp, hoặc không xác định (khi có từ chỉ mức). Số của nguồn không bao giờ bị sửa.',
      'Khi hai tài liệu in hai con số khác nhau cho cùng địa bàn, chỉ tiêu, đơn vị và kỳ (số người nghiện cả nước cuối năm 2013: 183.396 ở một nguồn, 181.396 ở nguồn khác), đó là một kiểm tra loại "các nguồn khác nhau": giữ cả hai con số như nguồn in, không ưu tiên bên nào, và nêu trên trang kiểm tra và trang của cả hai tài liệu.',
    ],
    en: [
      'Where a source prints a total and its parts, or a percentage and its counts, we compute it again and compare within the rounding the source used. The verdict is consistent, mismatch, or indeterminate (when a qualifier makes an exact check impossible). The source’s number is never corrected.',
      'When two documents print different numbers for the same place, measure, unit and period (the national count of dependent people at the end of 2013: 183,396 in one, 181,396 in another), that is a check of the kind “sources disagree”: both numbers kept as printed, neither preferred, listed on the checks page and on both documents’ pages.',
    ],
  },
  {
    id: 'limits',
    title: { vi: 'Giới hạn đã biết', en: 'Known limits' },
    vi: [
      'Số liệu chỉ gồm những gì đã được công bố và tìm thấy: nhiều tỉnh, nhiều năm chưa có con số nào, và điều đó không có nghĩa là bằng 0. Nhiều nguồn là tin bài tường thuật báo cáo của cơ quan nhà nước, không phải bản báo cáo gốc. Một số trang chỉ đọc được phần đầu; ghi chú của tài liệu nói rõ khi đó. Dân số dùng để tính tỷ lệ là của Tổng điều tra 2019, kể cả cho số liệu các năm khác.',
    ],
    en: [
      'The data holds only what was published and found: many provinces and years have no figure yet, and that does not mean zero. Many sources are news reports of official reports, not the reports themselves. Some pages could only be read in part; the source’s notes say so. Rates use the 2019 census population, also for figures of other years.',
    ],
  },
  {
    id: 'licences',
    title: { vi: 'Giấy phép và ghi công', en: 'Licences and attribution' },
    vi: [
      'Dữ liệu tổng hợp được phát hành theo giấy phép CC BY 4.0; mỗi con số thuộc về tài liệu đã công bố nó. Ranh giới 63 tỉnh: Open Development Mekong / Cục Đo đạc và Bản đồ, CC BY-SA 4.0 (bản đồ trên trang này được giản lược từ đó và mang cùng giấy phép). Ranh giới 34 tỉnh được hợp nhất từ cùng lớp dữ liệu theo danh sách sáp nhập; mã và danh mục hành chính: Tổng cục Thống kê, qua kho dữ liệu `thanglequoc/vietnamese-provinces-database` (MIT). Dân số: Tổng điều tra dân số và nhà ở 2019, Tổng cục Thống kê. Phông chữ Be Vietnam Pro: SIL Open Font License.',
    ],
    en: [
      'The compiled data is released under CC BY 4.0; each number belongs to the document that published it. Boundaries of the 63 provinces: Open Development Mekong / Department of Survey and Mapping, CC BY-SA 4.0 (the maps here are simplified from them and carry the same licence). The 34 provinces are dissolved from the same layer following the merger list; administrative codes and lists: General Statistics Office, via the `thanglequoc/vietnamese-provinces-database` repository (MIT). Population: 2019 Population and Housing Census, General Statistics Office. Font Be Vietnam Pro: SIL Open Font License.',
    ],
  },
];
