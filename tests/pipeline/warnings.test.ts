// Rules the build can check only approximately are warnings: the build still
// publishes, and prints each finding on stderr with the file, line, figure and
// field. The real data raises none (tests/data/coverage.test.ts).

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { newWordIn } from '../../scripts/pipeline/interpretation-rules.ts';
import { ROOT, runBuildInProcess, tempDir } from '../helpers/build.ts';

const FIXTURES = path.join(ROOT, 'tests/fixtures/warnings');

const warningsOf = async (name: string) => {
  const result = await runBuildInProcess({ sources: path.join(FIXTURES, name), out: path.join(tempDir('warn'), 'data') });
  expect(result.code, result.stderr).toBe(0);
  expect(result.stdout).toMatch(/^Published /mu);
  return result.stderr.split('\n').filter((l) => l.startsWith('Warning: '));
};

describe('warnings', () => {
  it('a locator that says "mới" on a figure not marked new', async () => {
    const warnings = await warningsOf('new-without-subgroup');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /tests\/fixtures\/warnings\/new-without-subgroup\/new-without-subgroup\.yaml:\d+, figure "sites", field "subgroup": the locator says "mới"/u,
    );
  });

  it('a total measure whose declared parts leave out a modality', async () => {
    const warnings = await warningsOf('partial-total');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /partial-total\.yaml:\d+, figure "all-rehab", field "measure": is intake_total \(compulsory, voluntary_facility, community\), but the parts declared in checks #1 leave out community/u,
    );
  });

  it('reads "mới" and "new" as new only where they mean it', async () => {
    for (const locator of [
      'tiếp nhận mới 278 người',
      'thành lập mới 131 điểm tư vấn',
      '2 cơ sở điều trị Methadone mới được đưa vào',
      '(100 người cai nghiện bắt buộc mới trong năm;',
      'received 187 new students',
    ]) {
      expect(newWordIn(locator), locator).not.toBeNull();
    }
    for (const locator of [
      'huyện Chợ Mới: 18 đối tượng',
      'mới có 155 người đang chấp hành án',
      'Số lượng 13 cơ sở được giữ nguyên, không thành lập mới',
      'công tác đổi mới cai nghiện',
      'xây dựng nông thôn mới',
      'renewed 20 licences',
    ]) {
      expect(newWordIn(locator), locator).toBeNull();
    }
  });
});
