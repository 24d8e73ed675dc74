// Every colour a chart draws with, in one place. Categorical colours are
// Okabe–Ito, darkened until each reaches 4.5:1 on white; the map's sequence
// is ColorBrewer's Blues.

export const INK = '#1d2430';
/** Secondary text: subtitles, source lines, notes in images. */
export const MUTED = '#4f5b6b';
/** Axis rules at zero. */
export const RULE = '#8a94a3';
/** A mark without a category. */
export const NEUTRAL = '#3b4757';
export const ACCENT = '#0b5cad';
/** A bar for a period not yet complete. */
export const ACCENT_PALE = '#8fb3db';

/** The rehab modalities. */
export const MODALITY_COLORS = {
  intake_compulsory: '#0b5cad',
  intake_voluntary_facility: '#c35a00',
  intake_community: '#00795a',
  intake_no_fixed_residence: '#a2478a',
  intake_facility: '#5b6573',
  intake_total: '#1d2430',
} as const;

/** Measured cohorts, official statements and second-hand figures. */
export const CLAIM_COLORS = { measured: '#0b5cad', official: '#c35a00', second_hand: '#6b7480' } as const;

/** Attainment: the share computed here, and the share the source printed. */
export const ATTAINMENT_COLORS = { computed: '#0b5cad', printed: '#9a3412' } as const;

/** Five blues, light to dark (ColorBrewer Blues). */
export const MAP_COLORS = ['#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'] as const;
/** The hatching of a province without a published figure. */
export const NO_DATA = '#9aa3ad';
/** A province outside the reader's selection (the explorer's maps). */
export const OUTSIDE = '#e4e8ec';
/** The ground of hatched areas. */
export const HATCH_GROUND = '#f1f3f5';
