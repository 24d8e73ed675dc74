// Reads the console's status line back into stages, from the same strings
// the page shows (src/i18n/ui.ts), in either language.

import { LOCALES, t, type UiKey } from '../../../../src/i18n/ui.ts';

export type StatusStage = 'loadingEngine' | 'loadingEngineProgress' | 'loadingTables' | 'lockdown' | 'running' | 'done' | 'failed' | 'refused';

const KEYS: Record<StatusStage, UiKey> = {
  loadingEngine: 'sql.status.loadingEngine',
  loadingEngineProgress: 'sql.status.loadingEngineProgress',
  loadingTables: 'sql.status.loadingTables',
  lockdown: 'sql.status.lockdown',
  running: 'sql.status.running',
  done: 'sql.status.done',
  failed: 'sql.status.failed',
  refused: 'sql.status.refused',
};

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** "{rows} rows in {ms} ms." becomes /^(?<rows>.+?) rows in (?<ms>.+?) ms\.$/ */
function pattern(template: string): RegExp {
  const parts = template.split(/\{(\w+)\}/u);
  const source = parts.map((part, i) => (i % 2 === 1 ? `(?<${part}>.+?)` : escapeRegExp(part))).join('');
  return new RegExp(`^${source}$`, 'u');
}

const PATTERNS = LOCALES.flatMap((locale) =>
  (Object.entries(KEYS) as Array<[StatusStage, UiKey]>).map(([stage, key]) => ({ stage, re: pattern(t(locale, key)) })),
);

export interface StatusReading {
  stage: StatusStage;
  values: Record<string, string>;
}

export function readStatus(text: string): StatusReading | null {
  const trimmed = text.trim();
  for (const { stage, re } of PATTERNS) {
    const match = re.exec(trimmed);
    if (match) return { stage, values: { ...match.groups } };
  }
  return null;
}

/** A whole number as the page formats it ("1.661", "1,661", "12"). */
export const wholeNumber = (text: string | undefined): number | null => {
  const digits = (text ?? '').replace(/\D/gu, '');
  return digits === '' ? null : Number(digits);
};
