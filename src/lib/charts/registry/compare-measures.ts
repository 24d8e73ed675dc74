// The measures compared across provinces: stocks with the widest provincial
// cover, with their labels and the start of their charts' file names.

import type { Localized } from '../types.ts';

export interface CompareMeasure {
  measure_id: string;
  unit: 'persons';
  label: Localized;
  /** What one person counted is, for the per-100,000 label. */
  short: Localized;
  /** The start of its charts' file names. */
  file: Localized;
}

/** Stocks with the widest provincial cover; a measure shows on the site once three provinces have a figure. */
export const COMPARE_MEASURES: CompareMeasure[] = [
  {
    measure_id: 'registered_dependent',
    unit: 'persons',
    label: { vi: 'Người nghiện có hồ sơ quản lý', en: 'Registered dependent people' },
    short: { vi: 'người nghiện', en: 'dependent people' },
    file: { vi: 'nguoi-nghien-co-ho-so', en: 'registered-dependent-people' },
  },
  {
    measure_id: 'methadone_patients',
    unit: 'persons',
    label: { vi: 'Bệnh nhân điều trị methadone', en: 'Methadone patients' },
    short: { vi: 'bệnh nhân', en: 'patients' },
    file: { vi: 'benh-nhan-methadone', en: 'methadone-patients' },
  },
  {
    measure_id: 'in_treatment_facility',
    unit: 'persons',
    label: { vi: 'Người đang cai nghiện tại cơ sở (số liệu cấp tỉnh)', en: 'People in rehab facilities (province totals)' },
    short: { vi: 'người', en: 'people' },
    file: { vi: 'so-nguoi-tai-co-so-cai-nghien', en: 'people-in-rehab-facilities' },
  },
];
