// Tells a refusal by the lockdown apart from an ordinary SQL error, so the
// console can say why: a shared link must never make the reader's browser
// fetch another site, install or load an extension, attach or write files, or
// change the engine's settings. DuckDB's own message is always shown as well.

export type Refusal = 'network-or-files' | 'extensions' | 'settings';

const RULES: Array<[Refusal, RegExp]> = [
  ['settings', /lock_configuration|configuration (has been|is) locked|Cannot change .*(setting|configuration)|while (the )?database is running/iu],
  ['extensions', /extension/iu],
  ['network-or-files', /Permission Error|disabled (by|through) configuration|external access|allowed_paths|file system operations are disabled/iu],
];

export function refusalKind(message: string): Refusal | null {
  for (const [kind, pattern] of RULES) if (pattern.test(message)) return kind;
  return null;
}
