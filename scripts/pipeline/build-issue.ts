// Problems found in the inputs. Each names the file, and where it applies the
// figure and the field, so a contributor can go straight to the line to fix.

export interface BuildIssue {
  file: string;
  line?: number;
  figure?: string;
  field?: string;
  message: string;
}

export function formatIssue(issue: BuildIssue): string {
  const where = [issue.line ? `${issue.file}:${issue.line}` : issue.file];
  if (issue.figure) where.push(`figure "${issue.figure}"`);
  if (issue.field) where.push(`field "${issue.field}"`);
  return `${where.join(', ')}: ${issue.message}`;
}

export class BuildFailed extends Error {
  readonly issues: BuildIssue[];
  constructor(issues: BuildIssue[]) {
    super(`${issues.length} problem${issues.length === 1 ? '' : 's'} in the inputs:\n${issues.map((i) => `  - ${formatIssue(i)}`).join('\n')}`);
    this.issues = issues;
  }
}

/** Collects issues across a whole build so a contributor sees all of them at once. */
export class IssueLog {
  readonly issues: BuildIssue[] = [];
  add(issue: BuildIssue): void {
    this.issues.push(issue);
  }
  get empty(): boolean {
    return this.issues.length === 0;
  }
  throwIfAny(): void {
    if (!this.empty) throw new BuildFailed(this.issues);
  }
}
