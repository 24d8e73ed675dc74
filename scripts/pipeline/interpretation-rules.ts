// Rules about how a figure is interpreted that the build can check only
// approximately: each finding is a warning (printed by `npm run data` with the
// file, line, figure and field), not an error. The data tests require that the
// published data raises none.
//
// - New counts: a locator that says "mới" (or "new") on a figure whose
//   subgroup does not say `new` (data/sources/README.md, "New counts").
// - Partial totals: a declared sum whose total is a measure of several rehab
//   modalities while its parts leave one out (Hà Nội's 1.482 = compulsory +
//   voluntary at facilities, recorded as all rehab).

import type { Measure, Modality } from '../../src/lib/schema/reference.ts';
import type { CheckInput, FigureInput } from '../../src/lib/schema/source.ts';

/**
 * Phrases where "mới" does not mark a new count: "đổi mới" (renovation), "mới có / mới chỉ / mới đạt"
 * (only), "nông thôn mới" (the New Rural Development programme), "năm mới" (new year), "cuộc sống mới"
 * (a new life), and a negation ("không thành lập mới": none newly set up). Place names ("Chợ Mới") are
 * capitalised and never match, since the test is case-sensitive.
 */
const NOT_NEW_VI = [/đổi mới/gu, /mới (?:có|chỉ|đạt)(?=\s|$)/gu, /nông thôn mới/gu, /năm mới/gu, /(?:cuộc sống|đời sống) mới/gu, /không (?:\S+ ){0,3}mới/gu];
const NOT_NEW_EN = [/\bnew (?:rural|year|life)\b/gu, /\bno (?:\S+ ){0,3}new\b/gu];

/** The word the locator uses to call the count new, or null. */
export function newWordIn(locator: string): string | null {
  let vi = locator;
  for (const re of NOT_NEW_VI) vi = vi.replace(re, ' ');
  // Vietnamese letters are outside \b's word characters: delimit "mới" by spaces and punctuation.
  const m = /(?:^|[\s(“"'])(mới)(?=$|[\s,.;:)”"'])/u.exec(vi);
  if (m) return m[1];
  let en = locator;
  for (const re of NOT_NEW_EN) en = en.replace(re, ' ');
  const e = /\b(new|newly)\b/u.exec(en);
  return e ? e[1] : null;
}

/** A subgroup that marks a new count: `new`, or a label with `new` as one of its words (`private_new`). */
export const marksNew = (subgroup: string | undefined): boolean => subgroup?.split('_').includes('new') ?? false;

export interface Finding {
  field: string;
  message: string;
}

export function newCountFinding(f: FigureInput): Finding | null {
  const word = newWordIn(f.locator);
  if (!word || marksNew(f.subgroup)) return null;
  return {
    field: 'subgroup',
    message: `the locator says "${word}", but the figure's subgroup does not say new: a count the source calls new is recorded under the measure of what it counts with subgroup: new (data/sources/README.md, "New counts"); if "${word}" does not mean new here, choose a locator without it`,
  };
}

/** Modalities a declared sum's total measure has that none of its parts counts, or null when complete or unknown. */
export function missingModalities(
  check: Extract<CheckInput, { kind: 'sum' }>,
  figures: Map<string, FigureInput>,
  measures: Map<string, Measure>,
): { total: Measure; missing: Modality[] } | null {
  const totalFigure = figures.get(check.total);
  const total = totalFigure && measures.get(totalFigure.measure);
  if (!total?.modalities || total.modalities.length < 2) return null;
  const covered = new Set<Modality>();
  for (const id of check.parts) {
    const part = figures.get(id);
    if (!part) return null;
    // A part of the same measure (a subgroup such as minors) splits the total another way: it covers all of it.
    if (part.measure === total.id) return null;
    for (const m of measures.get(part.measure)?.modalities ?? []) covered.add(m);
  }
  const missing = total.modalities.filter((m) => !covered.has(m));
  return missing.length > 0 ? { total, missing } : null;
}
