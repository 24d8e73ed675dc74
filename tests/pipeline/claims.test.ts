// The rule for "measured" (data/sources/README.md), case by case: a newspaper
// relaying an unnamed survey and an unattributed programme claim cannot be
// published as measured; a study with its method and an official count with a
// denominator can. Each case is a one-figure source file written here.

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { query, runBuildInProcess, tempDir } from '../helpers/build.ts';

interface Case {
  kind: 'news' | 'study' | 'report';
  cohort: string;
  claim: 'measured' | 'official' | 'second_hand';
  extra?: string;
}

function source({ kind, cohort, claim, extra = '' }: Case): string {
  return `id: claim-case
citation:
  publisher: Báo Ví Dụ
  title: Tài liệu ví dụ cho phép kiểm tra
  url: https://example.org/claim-case
  published: "2022-10-01"
  kind: ${kind}
  language: vi
cohorts:
  - id: group
${cohort}
figures:
  - id: relapse
    place: province:22
    period: năm 2021
    measure: relapse_rate
    claim: ${claim}
    cohort: group
    printed: 60%
    unit: percent
    basis: actual
    locator: tỷ lệ tái nghiện là 60% trong năm
${extra}`;
}

async function build(c: Case) {
  const dir = tempDir('claims');
  const sources = path.join(dir, 'sources');
  mkdirSync(sources);
  writeFileSync(path.join(sources, 'claim-case.yaml'), source(c));
  const out = path.join(dir, 'data');
  const result = await runBuildInProcess({ sources, out });
  return { result, out };
}

const NOT_FOLLOWED = `    who_en: people surveyed
    who_vi: những người được khảo sát
    size: not stated
    follow_up_en: not stated
    method: not_stated
    study_period_en: not stated`;

describe('the rule for measured', () => {
  it('refuses a relayed unnamed survey ("kết quả khảo sát", no surveyor) as measured', async () => {
    const { result } = await build({ kind: 'news', claim: 'measured', cohort: NOT_FOLLOWED });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/field "claim": is measured, but cohort "group" names no one who followed it/u);
  });

  it('accepts the same survey as second-hand, cited from an unnamed survey', async () => {
    const { result } = await build({
      kind: 'news',
      claim: 'second_hand',
      cohort: NOT_FOLLOWED,
      extra: '    cited_from_en: unnamed survey\n    cited_from_vi: khảo sát không nêu tên\n',
    });
    expect(result.code, result.stderr).toBe(0);
  });

  it('refuses an unattributed programme claim (a named body, but no size and no method, in the news) as measured', async () => {
    const { result } = await build({
      kind: 'news',
      claim: 'measured',
      cohort: `${NOT_FOLLOWED}\n    followed_by_en: the programme\n    followed_by_vi: chương trình`,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/gives neither a size nor a method/u);
  });

  it('accepts a study with its method as measured, and publishes who followed the cohort', async () => {
    const { result, out } = await build({
      kind: 'study',
      claim: 'measured',
      cohort: `    who_en: methadone patients
    who_vi: bệnh nhân methadone
    size: not stated
    followed_by_en: the study's authors
    followed_by_vi: nhóm tác giả nghiên cứu
    follow_up_en: 12 months
    follow_up_vi: 12 tháng
    method: urine_test
    study_period_en: "2021"
    study_period_vi: "2021"`,
    });
    expect(result.code, result.stderr).toBe(0);
    const [row] = await query<{ claim: string; cohort_followed_by_vi: string; relapse_method: string }>(
      `SELECT claim, cohort_followed_by_vi, relapse_method FROM '${out}/figures.parquet'`,
    );
    expect(row).toEqual({ claim: 'measured', cohort_followed_by_vi: 'nhóm tác giả nghiên cứu', relapse_method: 'urine_test' });
  });

  it('accepts an official count with a denominator (a named body followed 1.045 people) as measured, with the size as printed', async () => {
    const { result, out } = await build({
      kind: 'report',
      claim: 'measured',
      cohort: `    who_en: people back from rehab
    who_vi: người cai nghiện trở về
    size: 1045
    size_qualifier: more_than
    followed_by_en: the provincial Department of Labour, Invalids and Social Affairs
    followed_by_vi: Sở Lao động – Thương binh và Xã hội tỉnh
    follow_up_en: not stated
    method: records
    study_period_en: not stated`,
    });
    expect(result.code, result.stderr).toBe(0);
    const [row] = await query<{ cohort_size: number; cohort_size_qualifier: string; follow_up_vi: string }>(
      `SELECT cohort_size::INTEGER AS cohort_size, cohort_size_qualifier, follow_up_vi FROM '${out}/figures.parquet'`,
    );
    expect(row).toEqual({ cohort_size: 1045, cohort_size_qualifier: 'more_than', follow_up_vi: 'không nêu' });
  });
});
