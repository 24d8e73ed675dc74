// The shape of one file in data/sources/: a published document, its citation
// and every figure extracted from it, as printed. The build checks each file
// against this schema; rules that need other files (known places, measures)
// are checked by the build afterwards.

import { z } from 'zod';
import { BASIS_IDS, CLAIM_IDS, LANGUAGE_IDS, NOT_STATED, PERIOD_KIND_IDS, QUALIFIER_IDS, RELAPSE_METHOD_IDS, SOURCE_KIND_IDS, UNIT_IDS } from './vocabulary.ts';

export const MAX_LOCATOR_WORDS = 12;

export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, 'must be lower-case letters, digits and single hyphens (e.g. "qn-2021-intake")');

/** Checks an ISO date string (YYYY-MM-DD) names a real day. */
export function isRealIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/u, 'must be a date written YYYY-MM-DD')
  .refine(isRealIsoDate, 'is not a real calendar date');

export const httpsUrl = z.string().refine((s) => {
  try {
    return new URL(s).protocol === 'https:';
  } catch {
    return false;
  }
}, 'must be an https:// URL (write what the address was in url_note if only http:// is known)');

const text = z.string().min(1);

/**
 * A prose field written in both languages, `<name>_en` and `<name>_vi`: the
 * site shows each page in its own language, so a note exists in both. Where
 * the source is Vietnamese, the Vietnamese text quotes or paraphrases its own
 * words; a quotation in double quotes is always the source's words, in the
 * source's language (the site marks it with that language).
 */
export function bilingualText<N extends string>(name: N) {
  return { [`${name}_en`]: text.optional(), [`${name}_vi`]: text.optional() } as { [K in `${N}_en` | `${N}_vi`]: z.ZodOptional<z.ZodString> };
}

/** The names of the `_en`/`_vi` pairs of an input object where one language is given and the other is not. */
export function untranslated(item: Record<string, unknown>, names: readonly string[]): string[] {
  const given = (v: unknown) => typeof v === 'string' && v.length > 0 && v !== NOT_STATED;
  return names.flatMap((n) => {
    const en = given(item[`${n}_en`]);
    const vi = given(item[`${n}_vi`]);
    return en === vi ? [] : [en ? `${n}_vi` : `${n}_en`];
  });
}

export const wordCount = (s: string) => s.trim().split(/\s+/u).filter(Boolean).length;

export const CitedDocument = z.strictObject({
  number: z.string().min(1).optional(),
  title: z.string().min(1),
  issuer: z.string().min(1).optional(),
  date: isoDate.optional(),
});

export const Citation = z
  .strictObject({
    publisher: z.string().min(1),
    /** Evidence for the publisher when the page does not name it plainly. */
    ...bilingualText('publisher_note'),
    title: z.string().min(1),
    url: httpsUrl.nullable(),
    /** Why there is no URL, or anything a reader needs to know about it. */
    ...bilingualText('url_note'),
    /** The publication date when the page prints one; null when it does not. */
    published: isoDate.nullable(),
    /** The date as the page printed it, e.g. "13:09 25/03/2020". */
    published_as_printed: z.string().min(1).optional(),
    /** When `published` is null: what is known about the date, and from what evidence. */
    ...bilingualText('published_note'),
    kind: z.enum(SOURCE_KIND_IDS),
    language: z.enum(LANGUAGE_IDS),
    author: z.string().min(1).optional(),
    /** Official documents the source reports on, e.g. a provincial plan number. */
    documents_cited: z.array(CitedDocument).optional(),
    /** A copy of the same text elsewhere (a mirror or a repost), if one was used. */
    also_at: z.array(z.string().min(1)).optional(),
  })
  .superRefine((c, ctx) => {
    if (c.url === null && !c.url_note_en) {
      ctx.addIssue({ code: 'custom', path: ['url_note_en'], message: 'is required when url is null: say why there is no URL' });
    }
    if (c.published === null && !c.published_note_en) {
      ctx.addIssue({
        code: 'custom',
        path: ['published_note_en'],
        message: 'is required when published is null: say what is known about the date and how',
      });
    }
  });

export const PeriodInput = z.union([
  z.string().min(1),
  z.strictObject({
    as_printed: z.string().min(1),
    kind: z.enum(PERIOD_KIND_IDS).optional(),
    start: isoDate.nullable().optional(),
    end: isoDate.nullable().optional(),
    /** The year the wording leaves out ("9 tháng" in a 2022 report). */
    year: z.number().int().min(1990).max(2100).optional(),
  }),
]);

export const FigureInput = z.strictObject({
  id: slug,
  place: z.string().min(1),
  period: PeriodInput,
  measure: z.string().min(1),
  /**
   * A part of the measure's population the figure counts, when the source breaks a total down
   * ("minors", "with_fixed_residence", "women"). Absent for the whole: queries for totals keep
   * `subgroup IS NULL`, so a part is never read as the total.
   */
  subgroup: z
    .string()
    .regex(/^[a-z][a-z0-9_]*$/u, 'must be a short snake_case label such as "minors" or "with_fixed_residence"')
    .optional(),
  /** The number exactly as printed, with its qualifier and unit words: "hơn 60%", "440 triệu đồng". */
  printed: z.union([z.string().min(1), z.number()]).transform(String),
  unit: z.enum(UNIT_IDS),
  basis: z.enum(BASIS_IDS),
  /** Only when the qualifier is not next to the number in `printed`. */
  qualifier: z.enum(QUALIFIER_IDS).optional(),
  locator: z
    .string()
    .min(1)
    .refine((s) => wordCount(s) <= MAX_LOCATOR_WORDS, `must be at most ${MAX_LOCATOR_WORDS} words as printed`),
  ...bilingualText('note'),
  /**
   * What kind of evidence the figure is: a measured cohort, an official statement, or a figure the
   * source attributes to someone else. Required for relapse measures (ids starting with relapse_).
   */
  claim: z.enum(CLAIM_IDS).optional(),
  /** The id of a cohort in this file's `cohorts`; required when claim is measured. */
  cohort: slug.optional(),
  /** Whom the source attributes the figure to, as the source names them; required when claim is second_hand. */
  ...bilingualText('cited_from'),
});

/** A text field of a cohort: what the source says, or the literal "not stated". */
const statedOrNot = z.string().min(1);

/**
 * A group of people a figure is about: who, how many, followed for how long,
 * by whom and how. Measured figures need one; official and second-hand claims
 * carry one where the text prints who or a window ("trong 18 tháng"), so the
 * published follow-up says what the text says.
 */
export const CohortInput = z.strictObject({
  /** Unique within the file; figures name it in `cohort`. */
  id: slug,
  /** Who was followed, or "not stated" (then who_vi is not needed). */
  who_en: statedOrNot,
  who_vi: text.optional(),
  /** The number of people as the text states it, or "not stated". */
  size: z.union([z.number().int().positive(), z.literal(NOT_STATED)], { error: `must be a whole number of people, or "${NOT_STATED}"` }),
  /** The word printed with the size ("hơn 11.500" is more_than); exact when absent. */
  size_qualifier: z.enum(QUALIFIER_IDS).optional(),
  /** The body or study that followed the cohort, as the text names it; absent when the text names none. */
  ...bilingualText('followed_by'),
  /** How long after rehab (or treatment start) relapse was looked for, or "not stated". */
  follow_up_en: statedOrNot,
  follow_up_vi: text.optional(),
  method: z.enum(RELAPSE_METHOD_IDS),
  /** Detail on the method (the instrument, the definition of relapse). */
  ...bilingualText('method_note'),
  /** When the study was done, as the text gives it, or "not stated". */
  study_period_en: statedOrNot,
  study_period_vi: text.optional(),
});

export const CheckInput = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('sum'),
    /** The figure printed as the total. */
    total: slug,
    /** The figures printed as its parts. */
    parts: z.array(slug).min(2),
    ...bilingualText('note'),
  }),
  z.strictObject({
    kind: z.literal('share'),
    /** The printed percentage. */
    percent: slug,
    part: slug,
    whole: slug,
    ...bilingualText('note'),
  }),
]);

export const NotExtracted = z.strictObject({
  printed: z.union([z.string().min(1), z.number()]).transform(String),
  reason: z.string().min(1),
});

export const SourceInput = z.strictObject({
  id: slug,
  citation: Citation,
  /** The cohorts the file's measured figures are about. */
  cohorts: z.array(CohortInput).optional(),
  figures: z.array(FigureInput).min(1),
  checks: z.array(CheckInput).optional(),
  /** Numbers in the text deliberately not recorded as figures, each with why. */
  not_extracted: z.array(NotExtracted).optional(),
  /** What a reader of the whole document needs to know. */
  ...bilingualText('notes'),
});

export type SourceInput = z.infer<typeof SourceInput>;
export type FigureInput = z.infer<typeof FigureInput>;
export type CheckInput = z.infer<typeof CheckInput>;
export type CohortInput = z.infer<typeof CohortInput>;
