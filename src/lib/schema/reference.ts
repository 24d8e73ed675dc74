// Reference data written by hand in data/reference/: the measure vocabulary,
// facilities and named groups of wards. Administrative units come from the
// CSV files copied from shared/geo (see data/reference/PROVENANCE.md).

import { z } from 'zod';
import { MEASURE_FAMILY_IDS, MEASURE_KIND_IDS, UNIT_IDS } from './vocabulary.ts';
import { bilingualText, isoDate, slug } from './source.ts';

export const MeasureKind = z.enum(MEASURE_KIND_IDS);

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
  ...bilingualText('note'),
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
  ...bilingualText('note'),
});
export type WardGroup = z.infer<typeof WardGroup>;

export const WardGroupsFile = z.strictObject({ ward_groups: z.array(WardGroup) });

/**
 * A part of a measure's population that a figure counts ("minors", "new"),
 * with its label in both languages: a subgroup id is never shown as text.
 */
export const Subgroup = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/u, 'must be snake_case'),
  label_vi: z.string().min(1),
  label_en: z.string().min(1),
});
export type Subgroup = z.infer<typeof Subgroup>;

export const SubgroupsFile = z.strictObject({ subgroups: z.array(Subgroup).min(1) });
