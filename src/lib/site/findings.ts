// The home page's findings: each registered finding (src/lib/charts/registry/
// findings.ts) rendered from its rows, which the build queries once whatever
// the number of languages.

import type { Locale } from '../../i18n/ui.ts';
import { queryRows } from '../charts/build-time.ts';
import { FINDINGS, type Finding } from '../charts/registry/findings.ts';

export type { Finding };

export async function findings(locale: Locale): Promise<Finding[]> {
  const out: Finding[] = [];
  for (const f of FINDINGS) {
    const rendered = f.render(await queryRows(f), locale);
    if (rendered) out.push({ id: f.id, sql: f.sql, ...rendered });
  }
  return out;
}
