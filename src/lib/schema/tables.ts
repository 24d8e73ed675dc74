// The published tables: their names, columns, types and descriptions. This is
// the one definition the build writes from, datapackage.json is generated from,
// and the site and the SQL console describe the data with.

export type ColumnType = 'VARCHAR' | 'DOUBLE' | 'BIGINT' | 'DATE' | 'BOOLEAN';

export interface Column {
  name: string;
  type: ColumnType;
  description: string;
  /** False when every row has a value. */
  nullable?: boolean;
}

export interface TableDefinition {
  name: string;
  title: string;
  description: string;
  /** Columns that identify a row. */
  primaryKey: string[];
  /** True when every value in the table is computed by the build, not printed by a source. */
  derived: boolean;
  columns: Column[];
}

const citationColumns: Column[] = [
  { name: 'source_id', type: 'VARCHAR', nullable: false, description: 'Id of the source document (see the sources table).' },
  { name: 'source_publisher', type: 'VARCHAR', nullable: false, description: 'Who published the source document.' },
  { name: 'source_title', type: 'VARCHAR', nullable: false, description: 'Title of the source document as published.' },
  {
    name: 'source_published',
    type: 'DATE',
    description: 'Publication date printed on the source; null when the source prints none (see sources.published_note).',
  },
  { name: 'source_url', type: 'VARCHAR', description: 'Address of the source document; null when none is known (see sources.url_note).' },
];

export const TABLES: TableDefinition[] = [
  {
    name: 'figures',
    title: 'Published figures',
    description:
      'One row per number printed in a source document, in the source’s own unit, period and level, with its citation. Nothing here is computed: derived numbers are in the attainment and checks tables.',
    primaryKey: ['figure_id'],
    derived: false,
    columns: [
      { name: 'figure_id', type: 'VARCHAR', nullable: false, description: 'Unique id: source id and the figure’s id within it, joined by "/".' },
      { name: 'place_id', type: 'VARCHAR', nullable: false, description: 'Place the figure is about (see the places table), e.g. "province:22", "district:004", "facility:…".' },
      { name: 'place_level', type: 'VARCHAR', nullable: false, description: 'Level of the place: country, province, province_2025, district, ward, ward_group or facility.' },
      { name: 'place_code', type: 'VARCHAR', description: 'Official GSO code of the place; null for facilities and groups of wards.' },
      { name: 'place_name_vi', type: 'VARCHAR', nullable: false, description: 'Name of the place in Vietnamese.' },
      { name: 'place_name_en', type: 'VARCHAR', nullable: false, description: 'Name of the place in English.' },
      {
        name: 'province_code',
        type: 'VARCHAR',
        description:
          'Code of the pre-2025 province (63-system) the place lies in or, for a facility, the province that runs it; null for national figures and post-2025 provinces.',
      },
      { name: 'period_kind', type: 'VARCHAR', nullable: false, description: 'year, months (part of a year), multi_year, as_of (up to a date), date_range or unstated.' },
      { name: 'period_start', type: 'DATE', description: 'First day the figure covers; null when the source does not say (as_of, unstated).' },
      { name: 'period_end', type: 'DATE', description: 'Last day the figure covers, or the date of a stock; null when unstated.' },
      { name: 'period_as_printed', type: 'VARCHAR', nullable: false, description: 'The period in the source’s words, e.g. "6 tháng đầu năm 2022".' },
      { name: 'measure_id', type: 'VARCHAR', nullable: false, description: 'What is counted (see the measures table).' },
      { name: 'measure_family', type: 'VARCHAR', nullable: false, description: 'Group of related measures, e.g. intake, outcomes, post_rehab.' },
      { name: 'measure_label_vi', type: 'VARCHAR', nullable: false, description: 'Label of the measure in Vietnamese.' },
      { name: 'measure_label_en', type: 'VARCHAR', nullable: false, description: 'Label of the measure in English.' },
      {
        name: 'subgroup',
        type: 'VARCHAR',
        description: 'When the figure counts a part of the measure’s population (e.g. "minors", "with_fixed_residence"): that part. Null for the whole; filter on subgroup IS NULL for totals.',
      },
      { name: 'basis', type: 'VARCHAR', nullable: false, description: 'actual (a result), target (a plan’s number), attainment (a printed % of target) or change (against another period).' },
      { name: 'value', type: 'DOUBLE', nullable: false, description: 'The number as printed, normalised (for a range, its low end). Never corrected.' },
      { name: 'value_high', type: 'DOUBLE', description: 'High end of a printed range; null otherwise.' },
      { name: 'unit', type: 'VARCHAR', nullable: false, description: 'persons, person_times, percent, vnd, facilities, teams, clubs, points… Persons and person-times are never added together.' },
      { name: 'qualifier', type: 'VARCHAR', nullable: false, description: 'exact, about, nearly, more_than, at_least, less_than, at_most or range, as printed.' },
      { name: 'printed', type: 'VARCHAR', nullable: false, description: 'The number exactly as the source printed it, e.g. "96,3%", "hơn 60%".' },
      { name: 'locator', type: 'VARCHAR', nullable: false, description: 'A short excerpt of the source (at most 12 words, as printed) to find the number.' },
      { name: 'note', type: 'VARCHAR', description: 'What a careful reader needs to know about this figure.' },
      ...citationColumns,
    ],
  },
  {
    name: 'sources',
    title: 'Source documents',
    description: 'One row per published document that figures were extracted from, with its citation.',
    primaryKey: ['source_id'],
    derived: false,
    columns: [
      { name: 'source_id', type: 'VARCHAR', nullable: false, description: 'Id of the source; the file data/sources/<source_id>.yaml holds its figures.' },
      { name: 'publisher', type: 'VARCHAR', nullable: false, description: 'Who published the document (outlet or authority).' },
      { name: 'publisher_note', type: 'VARCHAR', description: 'Evidence for the publisher when the copy used does not name it plainly.' },
      { name: 'title', type: 'VARCHAR', nullable: false, description: 'Title as published.' },
      { name: 'kind', type: 'VARCHAR', nullable: false, description: 'news, plan, report, decision or statistics.' },
      { name: 'language', type: 'VARCHAR', nullable: false, description: 'Language of the document: vi or en.' },
      { name: 'published', type: 'DATE', description: 'Publication date printed on the document; null when none is printed.' },
      { name: 'published_as_printed', type: 'VARCHAR', description: 'The publication date as printed on the page.' },
      { name: 'published_note', type: 'VARCHAR', description: 'When no date is printed: what is known about it, and from what evidence.' },
      { name: 'url', type: 'VARCHAR', description: 'Address of the document (https); null when none is known.' },
      { name: 'url_note', type: 'VARCHAR', description: 'Why there is no URL, or what to know about it.' },
      { name: 'author', type: 'VARCHAR', description: 'Author or byline, as printed.' },
      { name: 'documents_cited', type: 'VARCHAR', description: 'Official documents the source reports on (number, title, issuer, date), separated by " | ".' },
      { name: 'also_at', type: 'VARCHAR', description: 'Other copies of the same text (mirrors, reposts), separated by " | ".' },
      { name: 'notes', type: 'VARCHAR', description: 'What a reader of the whole document needs to know.' },
      { name: 'figure_count', type: 'BIGINT', nullable: false, description: 'Number of figures extracted from the document.' },
      { name: 'file', type: 'VARCHAR', nullable: false, description: 'Path of the extraction file in the repository.' },
    ],
  },
  {
    name: 'places',
    title: 'Places',
    description:
      'Administrative units, named groups of wards and rehab facilities that figures refer to, with the 2025 crosswalk, regions and 2019 census population for provinces.',
    primaryKey: ['place_id'],
    derived: false,
    columns: [
      { name: 'place_id', type: 'VARCHAR', nullable: false, description: 'Id used in figures.place_id: "<level>:<code or slug>".' },
      { name: 'level', type: 'VARCHAR', nullable: false, description: 'country, province, province_2025, district, ward, ward_group or facility.' },
      { name: 'code', type: 'VARCHAR', description: 'Official GSO code; null for groups and facilities. Province codes were reused in 2025: use place_id or level with it.' },
      { name: 'name_vi', type: 'VARCHAR', nullable: false, description: 'Name in Vietnamese.' },
      { name: 'name_en', type: 'VARCHAR', nullable: false, description: 'Name in English.' },
      { name: 'parent_id', type: 'VARCHAR', description: 'The unit this one lies in; for a facility, the province that runs it.' },
      { name: 'host_place_id', type: 'VARCHAR', description: 'For a facility: the province where it stands (may differ from the one that runs it).' },
      { name: 'province_code', type: 'VARCHAR', description: 'The pre-2025 province (63-system) this place lies in or is run by.' },
      { name: 'province_2025_code', type: 'VARCHAR', description: 'The province from 1 July 2025 (34-system) that the pre-2025 province became part of.' },
      { name: 'region6_en', type: 'VARCHAR', description: 'GSO socio-economic region (6 regions) of the province, in English.' },
      { name: 'region6_vi', type: 'VARCHAR', description: 'GSO socio-economic region (6 regions) of the province, in Vietnamese.' },
      { name: 'population_2019', type: 'BIGINT', description: 'Resident population at the 2019 census (GSO), for provinces (63 and 34 systems) and the country.' },
      { name: 'valid_from', type: 'DATE', description: 'First day the unit existed in this form, where known.' },
      { name: 'valid_to', type: 'DATE', description: 'Last day the unit existed in this form, where known.' },
      { name: 'members', type: 'VARCHAR', description: 'For a group of wards: the member place ids, separated by " | ".' },
      { name: 'note', type: 'VARCHAR', description: 'What to know about the place.' },
    ],
  },
  {
    name: 'measures',
    title: 'Measures',
    description: 'The controlled vocabulary of what figures count, with labels and definitions in Vietnamese and English.',
    primaryKey: ['measure_id'],
    derived: false,
    columns: [
      { name: 'measure_id', type: 'VARCHAR', nullable: false, description: 'Id used in figures.measure_id.' },
      { name: 'family', type: 'VARCHAR', nullable: false, description: 'Group of related measures.' },
      { name: 'family_label_vi', type: 'VARCHAR', nullable: false, description: 'Label of the family in Vietnamese.' },
      { name: 'family_label_en', type: 'VARCHAR', nullable: false, description: 'Label of the family in English.' },
      { name: 'kind', type: 'VARCHAR', nullable: false, description: 'flow (over a period), stock (at a date), share, rate, count, money or change.' },
      { name: 'units', type: 'VARCHAR', nullable: false, description: 'Units figures of this measure may be printed in, separated by " | ".' },
      { name: 'label_vi', type: 'VARCHAR', nullable: false, description: 'Label in Vietnamese.' },
      { name: 'label_en', type: 'VARCHAR', nullable: false, description: 'Label in English.' },
      { name: 'definition_vi', type: 'VARCHAR', nullable: false, description: 'Definition in Vietnamese.' },
      { name: 'definition_en', type: 'VARCHAR', nullable: false, description: 'Definition in English.' },
      { name: 'figure_count', type: 'BIGINT', nullable: false, description: 'Number of published figures of this measure.' },
    ],
  },
  {
    name: 'attainment',
    title: 'Target attainment (derived)',
    description:
      'Actual results set against targets for the same place, measure and unit, where the target’s period covers the actual’s, with the attainment the source printed beside the one computed here. Every number in computed columns is derived by this project.',
    primaryKey: ['attainment_id'],
    derived: true,
    columns: [
      { name: 'attainment_id', type: 'VARCHAR', nullable: false, description: 'Id of this pairing.' },
      { name: 'place_id', type: 'VARCHAR', nullable: false, description: 'Place of the actual and the target.' },
      { name: 'place_name_vi', type: 'VARCHAR', nullable: false, description: 'Name of the place in Vietnamese.' },
      { name: 'place_name_en', type: 'VARCHAR', nullable: false, description: 'Name of the place in English.' },
      { name: 'measure_id', type: 'VARCHAR', nullable: false, description: 'Measure of the actual and the target.' },
      { name: 'subgroup', type: 'VARCHAR', description: 'Part of the population both count (see figures.subgroup); null for the whole.' },
      { name: 'unit', type: 'VARCHAR', nullable: false, description: 'Unit of the actual and the target.' },
      { name: 'year', type: 'BIGINT', description: 'Calendar year of the actual, when it lies within one year.' },
      { name: 'actual_figure_id', type: 'VARCHAR', nullable: false, description: 'The actual result (figures.figure_id).' },
      { name: 'actual_value', type: 'DOUBLE', nullable: false, description: 'The actual result as printed.' },
      { name: 'actual_qualifier', type: 'VARCHAR', nullable: false, description: 'Qualifier printed with the actual.' },
      { name: 'actual_period_start', type: 'DATE', description: 'Start of the actual’s period.' },
      { name: 'actual_period_end', type: 'DATE', description: 'End of the actual’s period.' },
      { name: 'actual_period_as_printed', type: 'VARCHAR', nullable: false, description: 'The actual’s period in the source’s words.' },
      { name: 'target_figure_id', type: 'VARCHAR', description: 'The target (figures.figure_id); null when the source printed an attainment without the target.' },
      { name: 'target_value', type: 'DOUBLE', description: 'The target as printed.' },
      { name: 'target_period_as_printed', type: 'VARCHAR', description: 'The target’s period in the source’s words.' },
      {
        name: 'partial_period',
        type: 'BOOLEAN',
        nullable: false,
        description: 'True when the actual covers less than the target’s period (e.g. 9 months against a full-year target): not a final result.',
      },
      { name: 'computed_pct', type: 'DOUBLE', description: 'Derived: actual / target × 100, unrounded. Null without a target.' },
      { name: 'printed_figure_id', type: 'VARCHAR', description: 'The attainment percentage the source printed (figures.figure_id), if any.' },
      { name: 'printed_pct', type: 'DOUBLE', description: 'The attainment percentage as printed, if any.' },
      {
        name: 'implied_target',
        type: 'DOUBLE',
        description: 'Derived: the target implied by the printed attainment (actual / printed % × 100) when no target was printed. Approximate; never a printed number.',
      },
      { name: 'verdict', type: 'VARCHAR', description: 'consistent, mismatch or indeterminate when both a printed and a computed percentage exist; null otherwise.' },
      { name: 'actual_source_id', type: 'VARCHAR', nullable: false, description: 'Source of the actual.' },
      { name: 'target_source_id', type: 'VARCHAR', description: 'Source of the target (may be a different document, e.g. the plan).' },
    ],
  },
  {
    name: 'checks',
    title: 'Checks of the published arithmetic (derived)',
    description:
      'Each check compares a number a source printed with the one its own parts give: parts against a printed total, a printed percentage against its counts, a printed attainment against actual and target. Both numbers are kept; the source is never corrected.',
    primaryKey: ['check_id'],
    derived: true,
    columns: [
      { name: 'check_id', type: 'VARCHAR', nullable: false, description: 'Id of the check.' },
      { name: 'kind', type: 'VARCHAR', nullable: false, description: 'sum (parts against a printed total), share (a printed % against its counts) or attainment (a printed % of target against actual and target).' },
      { name: 'source_id', type: 'VARCHAR', nullable: false, description: 'Source the printed number comes from.' },
      { name: 'subject_figure_id', type: 'VARCHAR', nullable: false, description: 'The printed number being checked (figures.figure_id).' },
      { name: 'input_figure_ids', type: 'VARCHAR', nullable: false, description: 'The figures it is checked against, separated by " | ".' },
      { name: 'printed_value', type: 'DOUBLE', nullable: false, description: 'The number as printed.' },
      { name: 'computed_value', type: 'DOUBLE', nullable: false, description: 'Derived: the number the inputs give, unrounded.' },
      { name: 'difference', type: 'DOUBLE', nullable: false, description: 'Derived: printed minus computed.' },
      { name: 'tolerance', type: 'DOUBLE', nullable: false, description: 'Largest difference explained by the rounding of the printed number.' },
      { name: 'verdict', type: 'VARCHAR', nullable: false, description: 'consistent, mismatch or indeterminate.' },
      { name: 'explanation_en', type: 'VARCHAR', nullable: false, description: 'The check in words, in English.' },
      { name: 'explanation_vi', type: 'VARCHAR', nullable: false, description: 'The check in words, in Vietnamese.' },
    ],
  },
];

export const tableByName = (name: string): TableDefinition => {
  const table = TABLES.find((t) => t.name === name);
  if (!table) throw new Error(`no published table named ${name}`);
  return table;
};

export type Row = Record<string, string | number | boolean | null>;
