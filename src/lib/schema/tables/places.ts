// The places table: the country, provinces (63 before the 2025 merger, 34 after), districts, wards and facilities.

import { PLACE_LEVEL_IDS } from '../vocabulary.ts';
import type { TableDefinition } from '../table-types.ts';

export const placesTable = {
  name: 'places',
  title: 'Places',
  title_vi: 'Địa bàn',
  description:
    'Administrative units, named groups of wards and rehab facilities that figures refer to, with the 2025 crosswalk, regions and 2019 census population for provinces.',
  description_vi:
    'Các đơn vị hành chính, nhóm xã, phường có tên gọi và cơ sở cai nghiện mà các con số nói tới, kèm bảng đối chiếu sang đơn vị hành chính sau sắp xếp năm 2025, vùng và dân số theo Tổng điều tra năm 2019 của các tỉnh.',
  primaryKey: ['place_id'],
  foreignKeys: [
    { field: 'parent_id', table: 'places', key: 'place_id' },
    { field: 'host_place_id', table: 'places', key: 'place_id' },
  ],
  derived: false,
  columns: [
    {
      name: 'place_id',
      type: 'VARCHAR',
      nullable: false,
      description: 'Id used in figures.place_id: "<level>:<code or slug>".',
      description_vi: 'Mã dùng trong figures.place_id, dạng "<cấp>:<mã hoặc tên rút gọn>".',
    },
    {
      name: 'level',
      type: 'VARCHAR',
      values: PLACE_LEVEL_IDS,
      nullable: false,
      description: 'country, province, province_2025, district, ward, ward_group or facility.',
      description_vi:
        'Cấp: country (toàn quốc), province (tỉnh, hệ 63 tỉnh), province_2025 (tỉnh, hệ 34 tỉnh), district (huyện), ward (xã, phường), ward_group (nhóm xã, phường) hoặc facility (cơ sở cai nghiện).',
    },
    {
      name: 'code',
      type: 'VARCHAR',
      description: 'Official GSO code; null for groups and facilities. Province codes were reused in 2025: use place_id or level with it.',
      description_vi:
        'Mã chính thức của Tổng cục Thống kê; để trống (null) với nhóm xã, phường và cơ sở cai nghiện. Một số mã tỉnh được dùng lại từ năm 2025: dùng place_id, hoặc dùng mã kèm cột level.',
    },
    {
      name: 'name_vi',
      type: 'VARCHAR',
      nullable: false,
      description: 'Name in Vietnamese.',
      description_vi: 'Tên bằng tiếng Việt.',
    },
    {
      name: 'name_en',
      type: 'VARCHAR',
      nullable: false,
      description: 'Name in English.',
      description_vi: 'Tên bằng tiếng Anh.',
    },
    {
      name: 'parent_id',
      type: 'VARCHAR',
      description: 'The unit this one lies in; for a facility, the province that runs it.',
      description_vi: 'Đơn vị cấp trên chứa đơn vị này; với cơ sở cai nghiện là tỉnh quản lý cơ sở.',
    },
    {
      name: 'host_place_id',
      type: 'VARCHAR',
      description: 'For a facility: the province where it stands (may differ from the one that runs it).',
      description_vi: 'Với cơ sở cai nghiện: tỉnh nơi đặt cơ sở (có thể khác tỉnh quản lý cơ sở).',
    },
    {
      name: 'province_code',
      type: 'VARCHAR',
      description: 'The pre-2025 province (63-system) this place lies in or is run by.',
      description_vi: 'Tỉnh cũ (hệ 63 tỉnh, trước 2025) nơi có địa bàn này, hoặc tỉnh quản lý nó.',
    },
    {
      name: 'province_2025_code',
      type: 'VARCHAR',
      description: 'The province from 1 July 2025 (34-system) that the pre-2025 province became part of.',
      description_vi: 'Tỉnh từ ngày 1/7/2025 (hệ 34 tỉnh) mà tỉnh cũ (trước 2025) thuộc về sau khi sắp xếp lại.',
    },
    {
      name: 'region6_en',
      type: 'VARCHAR',
      description: 'GSO socio-economic region (6 regions) of the province, in English.',
      description_vi: 'Vùng kinh tế - xã hội của tỉnh theo Tổng cục Thống kê (6 vùng), bằng tiếng Anh.',
    },
    {
      name: 'region6_vi',
      type: 'VARCHAR',
      description: 'GSO socio-economic region (6 regions) of the province, in Vietnamese.',
      description_vi: 'Vùng kinh tế - xã hội của tỉnh theo Tổng cục Thống kê (6 vùng), bằng tiếng Việt.',
    },
    {
      name: 'population_2019',
      type: 'BIGINT',
      description: 'Resident population at the 2019 census (GSO), for provinces (63 and 34 systems) and the country.',
      description_vi: 'Dân số thường trú theo Tổng điều tra dân số và nhà ở năm 2019 (Tổng cục Thống kê), cho các tỉnh (hệ 63 và hệ 34 tỉnh) và cả nước.',
    },
    {
      name: 'valid_from',
      type: 'DATE',
      description: 'First day the unit existed in this form, where known.',
      description_vi: 'Ngày đầu tiên đơn vị tồn tại với hình thức này, nếu biết.',
    },
    {
      name: 'valid_to',
      type: 'DATE',
      description: 'Last day the unit existed in this form, where known.',
      description_vi: 'Ngày cuối cùng đơn vị tồn tại với hình thức này, nếu biết.',
    },
    {
      name: 'members',
      type: 'VARCHAR',
      description: 'For a group of wards: the member place ids, separated by " | ".',
      description_vi: 'Với nhóm xã, phường: mã địa bàn (place_id) của các xã, phường trong nhóm, phân cách bằng " | ".',
    },
    {
      name: 'note_en',
      type: 'VARCHAR',
      description: 'What to know about the place, in English.',
      description_vi: 'Điều cần biết về địa bàn, bằng tiếng Anh.',
    },
    {
      name: 'note_vi',
      type: 'VARCHAR',
      description: 'What to know about the place, in Vietnamese.',
      description_vi: 'Điều cần biết về địa bàn, bằng tiếng Việt.',
    },
  ],
} as const satisfies TableDefinition;
