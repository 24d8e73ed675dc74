// SVG snapshots a reviewer can open: floats rounded, ids already stable (the
// renderer numbers them), one file per chart in tests/lib/charts/snapshots/.
// On a mismatch the new drawing is written beside it as <name>-changed.svg.
// A missing snapshot is written on a developer's machine but fails in CI, so
// CI never passes by creating its own expectation.

import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'snapshots');

/** Floats in attribute values (coordinates, paths) rounded to 2 decimals; text is left alone ("10.000" is ten thousand in Vietnamese). */
export const normaliseSvg = (svg: string): string =>
  `${svg
    .replace(/="([^"]*)"/gu, (_, value: string) => `="${value.replace(/-?\d+\.\d{3,}/gu, (n) => String(Number(Number(n).toFixed(2))))}"`)
    .replace(/></gu, '>\n<')}\n`;

export function expectSvgSnapshot(name: string, svg: string): void {
  const file = path.join(DIR, `${name}.svg`);
  const changed = path.join(DIR, `${name}-changed.svg`);
  const actual = normaliseSvg(svg.includes('xmlns=') ? svg : svg.replace('<svg ', '<svg xmlns="http://www.w3.org/2000/svg" '));
  if (!existsSync(file)) {
    if (process.env.CI) throw new Error(`no snapshot ${path.relative(process.cwd(), file)}: run the tests locally and commit it`);
    writeFileSync(file, actual);
    return;
  }
  const expected = readFileSync(file, 'utf8');
  if (expected !== actual) writeFileSync(changed, actual);
  else rmSync(changed, { force: true });
  expect(actual, `${name}: see ${path.relative(process.cwd(), changed)}`).toBe(expected);
}
