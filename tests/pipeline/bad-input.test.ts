// Every kind of bad input stops the build with a message that names the file,
// the figure and the field, exits non-zero, and leaves what was published
// before byte for byte as it was. The cases run the command in-process
// (runCli, what `npm run data` runs); one runs it as its own process, as a
// reader would.

import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fingerprint, ROOT, runBuild, runBuildInProcess, tempDir } from '../helpers/build.ts';

const FIXTURES = path.join(ROOT, 'tests/fixtures');

interface Expectation {
  file: string;
  figure?: string;
  field: string;
  message: RegExp;
}

const CASES: Record<string, Expectation> = {
  'unknown-place': { file: 'unknown-place.yaml', figure: 'admitted', field: 'place', message: /unknown place "province:99"/ },
  'unknown-measure': { file: 'unknown-measure.yaml', figure: 'admitted', field: 'measure', message: /unknown measure "intake_by_magic"/ },
  'malformed-date': { file: 'malformed-date.yaml', field: 'citation.published', message: /not a real calendar date/ },
  'malformed-period': { file: 'malformed-period.yaml', figure: 'admitted', field: 'period', message: /"quý 5\/2022" is not one the build reads/ },
  'not-a-number': { file: 'not-a-number.yaml', figure: 'admitted', field: 'printed', message: /no number found/ },
  'percent-out-of-range': {
    file: 'percent-out-of-range.yaml',
    figure: 'relapse',
    field: 'printed',
    message: /160% is outside what actual figures of relapse_rate allow \(0% to 100%\)/,
  },
  'non-https-url': { file: 'non-https-url.yaml', field: 'citation.url', message: /must be an https:\/\/ URL/ },
  'duplicate-figure-id': { file: 'duplicate-figure-id.yaml', figure: 'admitted', field: 'id', message: /is used twice in this file/ },
  'duplicate-address': { file: 'b-copy.yaml', field: 'citation.url', message: /is the same document as .*a-original\.yaml/ },
  'duplicate-source-id': { file: 'b-second.yaml', field: 'id', message: /source id "example-source" is already used by .*a-first\.yaml/ },
  'missing-citation-field': { file: 'missing-citation-field.yaml', field: 'citation.publisher', message: /expected string, received undefined|Invalid input/ },
  'invalid-yaml': { file: 'invalid-yaml.yaml', field: '', message: /is not valid YAML/ },
  'locator-too-long': { file: 'locator-too-long.yaml', figure: 'admitted', field: 'locator', message: /at most 12 words/ },
  'unit-mismatch': { file: 'unit-mismatch.yaml', figure: 'admitted', field: 'unit', message: /printed in person-times, but unit is persons/ },
  'relapse-without-claim': { file: 'relapse-without-claim.yaml', figure: 'relapse', field: 'claim', message: /is required for a relapse measure/ },
  'measured-without-cohort': { file: 'measured-without-cohort.yaml', figure: 'relapse', field: 'cohort', message: /is required when claim is measured/ },
  'retired-measure': {
    file: 'retired-measure.yaml',
    figure: 'admitted',
    field: 'measure',
    message: /measure "intake_new" is retired; record instead .*subgroup: new/,
  },
  'unknown-cohort': {
    file: 'unknown-cohort.yaml',
    figure: 'relapse',
    field: 'cohort',
    message: /names cohort "returnees-2021", which this file does not have \(cohorts: returnees-2022\)/,
  },
};

describe('bad input', () => {
  let out: string;
  let published: Record<string, string>;

  beforeAll(async () => {
    out = path.join(tempDir('bad'), 'data');
    const first = await runBuildInProcess({ sources: path.join(FIXTURES, 'valid'), out });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    published = fingerprint(out);
    expect(Object.keys(published)).toContain('figures.parquet');
  });

  it('has a fixture for every case and a case for every fixture', () => {
    expect(readdirSync(path.join(FIXTURES, 'bad-input')).sort()).toEqual(Object.keys(CASES).sort());
  });

  for (const [name, expected] of Object.entries(CASES)) {
    it(`stops on ${name}, naming the file, figure and field, and publishes nothing`, async () => {
      const result = await runBuildInProcess({ sources: path.join(FIXTURES, 'bad-input', name), out });
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/Build stopped; nothing was published/);
      const line = result.stderr.split('\n').find((l) => l.includes(expected.file));
      expect(line, result.stderr).toBeDefined();
      expect(line).toMatch(new RegExp(`tests/fixtures/bad-input/${name}/${expected.file}(:\\d+)?`));
      if (expected.figure) expect(line).toContain(`figure "${expected.figure}"`);
      if (expected.field) expect(line).toContain(`field "${expected.field}"`);
      expect(line).toMatch(expected.message);
      expect(fingerprint(out)).toEqual(published);
      // No staging directory is left behind next to the published one.
      expect(readdirSync(path.dirname(out)).filter((n) => n.includes('staging'))).toEqual([]);
    });
  }

  it('points at the line of the offending field, from the command run as its own process', () => {
    const result = runBuild({ sources: path.join(FIXTURES, 'bad-input', 'unknown-measure'), out });
    expect(result.code).toBe(1);
    // The fixture's first figure has its measure on line 14.
    expect(result.stderr).toContain('unknown-measure.yaml:14, figure "admitted", field "measure"');
  });

  it('publishes into a directory that did not exist before', async () => {
    const fresh = path.join(tempDir('fresh'), 'nested', 'data');
    const result = await runBuildInProcess({ sources: path.join(FIXTURES, 'valid'), out: fresh });
    expect(result.code).toBe(0);
    expect(existsSync(path.join(fresh, 'datapackage.json'))).toBe(true);
  });
});
