// Reference data written by hand in data/reference/: the measure vocabulary,
// facilities and named groups of wards. Administrative units come from the
// CSV files copied from shared/geo (see data/reference/PROVENANCE.md).

import { z } from 'zod';
import { MEASURE_FAMILY_IDS, UNIT_IDS } from './vocabulary.ts';
import { isoDate, slug } from './source.ts';

export const MeasureKind = z.enum([
  'flow', // counted over a period
  'stock', // counted at a date
  'share', // a percentage of a whole
  'rate', // a rate such as relapse
  'count', // institutions, teams, events at a date or in a period
  'money',
  'change', // a change against another period
]);

/** The ways rehab is organised, as the intake measures split it. */
export const MODALITIES = ['compulsory', 'voluntary_facility', 'community'] as const;
export type Modality = (typeof MODALITIES)[number];

export const Measure = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/u, 'must be snake_case'),
  family: z.enum(MEASURE_FAMILY_IDS),
  kind: MeasureKind,
  units: z.array(z.enum(UNIT_IDS)).min(1),
  label_vi: z.string().min(1),
  label_en: z.string().min(1),
  definition_vi: z.string().min(10),
  definition_en: z.string().min(10),
  /** Highest percentage an actual or target of this measure may take (100 for shares). */
  percent_max: z.number().positive().optional(),
  /** Phrases sources use for it, to help extractors match wording to measures. */
  wording: z.array(z.string().min(1)).optional(),
  /**
   * The rehab modalities the measure counts (intake family). A total whose declared sum parts
   * leave out one of its modalities is a partial sum recorded as a total: the build warns.
   */
  modalities: z.array(z.enum(MODALITIES)).optional(),
});
export type Measure = z.infer<typeof Measure>;

/** A measure id no longer in use, and what to record instead. */
export const RetiredMeasure = z.strictObject({ id: z.string().min(1), use: z.string().min(10) });

export const MeasuresFile = z.strictObject({
  measures: z.array(Measure).min(1),
  retired: z.array(RetiredMeasure).optional(),
});

export const Facility = z.strictObject({
  id: slug,
  name_vi: z.string().min(1),
  name_en: z.string().min(1),
  /** The province (63-system code) whose authorities run it. */
  operator_province: z.string().regex(/^\d{2}$/u),
  /** The province (63-system code) where it stands. */
  host_province: z.string().regex(/^\d{2}$/u),
  note: z.string().min(1).optional(),
});
export type Facility = z.infer<typeof Facility>;

export const FacilitiesFile = z.strictObject({ facilities: z.array(Facility) });

export const WardGroup = z.strictObject({
  id: slug,
  name_vi: z.string().min(1),
  name_en: z.string().min(1),
  province: z.string().regex(/^\d{2}$/u),
  /** Ward place ids ("ward:20239"). */
  members: z.array(z.string().regex(/^ward:\d{5}$/u)).min(2),
  valid_from: isoDate.optional(),
  valid_to: isoDate.optional(),
  note: z.string().min(1).optional(),
});
export type WardGroup = z.infer<typeof WardGroup>;

export const WardGroupsFile = z.strictObject({ ward_groups: z.array(WardGroup) });
