// The compare pages: one per comparable measure; the first is /compare/
// itself. A measure with few provinces still gets its page, which then shows
// the cited list instead of a map.

import { COMPARE_MEASURES } from '../charts/registry/compare.ts';

export const compareMeasurePaths = () =>
  COMPARE_MEASURES.slice(1).map((m) => ({ params: { measure: m.measure_id.replace(/_/gu, '-') }, props: { measure: m, available: COMPARE_MEASURES } }));
