// Facts about the machine and the build measured, so that a reader can tell
// whether two results are comparable at all. The commit is read from .git
// directly (a worktree's .git file is followed); no git command is run.

import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM_PATH } from '../chromium.ts';

export interface MachineFacts {
  cpuCount: number;
  cpuModel: string;
  memoryGiB: number;
  platform: string;
  /** 1, 5 and 15 minute load averages when the benchmark started: a busy machine makes every number worse. */
  loadAverage: number[];
  node: string;
  chromium: string;
  playwrightCore: string;
}

export function machineFacts(): MachineFacts {
  const cpus = os.cpus();
  return {
    cpuCount: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    loadAverage: os.loadavg().map((n) => Math.round(n * 100) / 100),
    node: process.version,
    chromium: chromiumVersion(),
    playwrightCore: packageVersion('playwright-core'),
  };
}

function chromiumVersion(): string {
  try {
    // Debian's wrapper script prints noise on stderr; the version is on stdout.
    return execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

function packageVersion(name: string): string {
  try {
    const require = createRequire(import.meta.url);
    return (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

export interface BuildFacts {
  /** The checked-out commit, or null outside a git work tree. */
  commit: string | null;
  branch: string | null;
  /** When dist/ was built (mtime of the console page): a stale build measures old code. */
  distBuiltAt: string | null;
  /** Source files (src/, data/, scripts/ but not scripts/bench/) changed after dist/ was built. */
  changedSinceBuild: string[];
}

export function buildFacts(root: string, distDir: string): BuildFacts {
  const page = path.join(distDir, 'sql', 'index.html');
  const built = existsSync(page) ? statSync(page).mtime : null;
  const changed = built ? filesNewerThan(root, ['src', 'data', 'scripts', 'astro.config.mjs'], built.getTime()) : [];
  return { ...gitHead(root), distBuiltAt: built?.toISOString() ?? null, changedSinceBuild: changed };
}

function filesNewerThan(root: string, entries: string[], time: number): string[] {
  const found: string[] = [];
  const visit = (relative: string) => {
    if (relative === path.join('scripts', 'bench')) return;
    const full = path.join(root, relative);
    const info = statSync(full, { throwIfNoEntry: false });
    if (!info) return;
    if (info.isDirectory()) for (const name of readdirSync(full)) visit(path.join(relative, name));
    else if (info.mtimeMs > time) found.push(relative);
  };
  for (const entry of entries) visit(entry);
  return found.sort();
}

function gitHead(root: string): { commit: string | null; branch: string | null } {
  try {
    let gitDir = path.join(root, '.git');
    if (statSync(gitDir).isFile()) {
      const pointer = /^gitdir:\s*(.+)$/mu.exec(readFileSync(gitDir, 'utf8'));
      if (!pointer) return { commit: null, branch: null };
      gitDir = path.resolve(root, pointer[1].trim());
    }
    const commonFile = path.join(gitDir, 'commondir');
    const commonDir = existsSync(commonFile) ? path.resolve(gitDir, readFileSync(commonFile, 'utf8').trim()) : gitDir;
    const head = readFileSync(path.join(gitDir, 'HEAD'), 'utf8').trim();
    const ref = /^ref:\s*(.+)$/u.exec(head)?.[1];
    if (!ref) return { commit: head, branch: null };
    const branch = ref.replace(/^refs\/heads\//u, '');
    for (const dir of [gitDir, commonDir]) {
      const loose = path.join(dir, ref);
      if (existsSync(loose)) return { commit: readFileSync(loose, 'utf8').trim(), branch };
    }
    const packed = path.join(commonDir, 'packed-refs');
    if (existsSync(packed)) {
      for (const line of readFileSync(packed, 'utf8').split('\n')) {
        const [sha, name] = line.split(' ');
        if (name === ref) return { commit: sha, branch };
      }
    }
    return { commit: null, branch }; // a branch with no commit yet
  } catch {
    return { commit: null, branch: null };
  }
}
