// What the explorer (/explore/) reads: the files the site build writes for it
// (src/pages/explore/data/, made by build-data.ts) and the state a reader
// picks. Types only and a few constants: this module is shared by the build,
// the browser script and the tests, and imports nothing that runs.

import type { FigurePoint } from '../charts/figure-point.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { Claim } from '../schema/vocabulary.ts';

/** One published figure: the columns of a chart's figure point (a pick of the figures table) and its kind of evidence. */
export type ExploreRow = FigurePoint & { claim: Claim | null };

export const VIEWS = ['chart', 'map', 'table'] as const;
export type View = (typeof VIEWS)[number];

/** Persons as printed, or per 100,000 inhabitants (2019 census), where a population exists. */
export const PERS = ['persons', '100k'] as const;
export type Per = (typeof PERS)[number];

/**
 * Which kinds of evidence a view shows, for measures whose figures carry one
 * (relapse figures): every figure, or only measured rates, official
 * statements or figures repeated from elsewhere (data/METHODOLOGY.md).
 */
export const EVIDENCES = ['all', 'measured', 'official', 'second_hand'] as const satisfies ReadonlyArray<'all' | Claim>;
export type EvidenceFilter = (typeof EVIDENCES)[number];

/** A view of the explorer: every part of it is in the address (state.ts). */
export interface ExploreState {
  measure: string;
  /** Place ids as in the places table, in the reader's order (the order of colours). */
  places: string[];
  from: number;
  to: number;
  view: View;
  per: Per;
  /** 'all' unless the measure's figures carry a kind of evidence. */
  evidence: EvidenceFilter;
}

export interface CatalogMeasure {
  label_vi: string;
  label_en: string;
  family: string;
  /** Figures of the measure, dated or not. */
  count: number;
  /** First and last year of its dated figures; null when none has a year. */
  years: [number, number] | null;
  /** True when it has counts of people (persons, person-times): those can be put per 100,000. */
  perCapita: boolean;
  /** The kinds of evidence its figures carry (relapse figures), in the vocabulary's order; empty for other measures. */
  claims: Claim[];
  /** The view a measure opens with (drawn at build time into its page). */
  defaults: { places: string[]; from: number; to: number };
}

export interface CatalogPlace {
  level: string;
  code: string | null;
  name_vi: string;
  name_en: string;
  /** 2019 census; provinces (63 and 34) and the country only. */
  population: number | null;
}

/** What a place has published, per measure: [measure id, figures, first year, last year]. */
export type PlaceMeasure = [string, number, number | null, number | null];

/** /explore/data/catalog.json: every measure with figures, every place, what each place has. */
export interface ExploreCatalog {
  /** The data's date (datapackage.json's created). */
  built: string;
  measures: Record<string, CatalogMeasure>;
  places: Record<string, CatalogPlace>;
  placeMeasures: Record<string, PlaceMeasure[]>;
}

export interface ExploreSource {
  source_id: string;
  author: string | null;
  publisher: string;
  title: string;
  published: string | null;
  url: string | null;
}

/** /explore/data/<measure>.json: every figure of one measure, and the sources they come from. */
export interface ExploreMeasureData {
  measure: string;
  rows: ExploreRow[];
  sources: Record<string, ExploreSource>;
}

/** The file names of the explorer's data (served under /explore/data/). */
export const CATALOG_FILE = 'catalog.json';
export const measureFile = (measureId: string): string => `${measureId.replace(/_/gu, '-')}.json`;
export const provincesFile = (system: '63' | '34'): string => `provinces-${system}.json`;

export type Localized = Record<Locale, string>;

/** The columns of a row, in the order the take-away files write them (the figures table's own names). */
export const ROW_COLUMNS = [
  'figure_id',
  'place_id',
  'place_level',
  'place_name_vi',
  'place_name_en',
  'measure_id',
  'measure_label_vi',
  'measure_label_en',
  'subgroup',
  'subgroup_label_vi',
  'subgroup_label_en',
  'basis',
  'unit',
  'value',
  'value_high',
  'qualifier',
  'printed',
  'period_kind',
  'period_start',
  'period_end',
  'period_as_printed',
  'period_open_at_publication',
  'year',
  'year_basis',
  'partial',
  'source_id',
  'source_title',
  'source_publisher',
  'source_published',
  'source_url',
  'source_language',
  'claim',
] as const satisfies ReadonlyArray<keyof ExploreRow>;

// Every column of a row is written: a field added to the figure point and not here is a type error.
type Missing = Exclude<keyof ExploreRow, (typeof ROW_COLUMNS)[number]>;
export const ROW_COLUMNS_COMPLETE: [Missing] extends [never] ? true : Missing = true;
