// Runs scripts/serve.ts (the site's own static server, with the security
// headers a deployment sends) as a child process on a free port, so the
// benchmark's server never shares a process, an event loop or a CPU slice
// with the Node process that drives the browser.

import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export interface ServedSite {
  /** Origin without a trailing slash, e.g. http://127.0.0.1:40123 */
  url: string;
  stop(): Promise<void>;
}

export function serveChild(root: string, distDir: string, options: { inlineScriptsUnder?: string } = {}): Promise<ServedSite> {
  // Port 0: the server picks a free port and prints the address it listens on.
  const extra = options.inlineScriptsUnder ? ['--inline-scripts-under', options.inlineScriptsUnder] : [];
  const child = spawn(process.execPath, [path.join(root, 'scripts/serve.ts'), '--root', distDir, '--port', '0', ...extra], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const fail = (why: string) => {
      child.kill();
      reject(new Error(`scripts/serve.ts ${why}${out ? `:\n${out}` : ''}`));
    };
    const timer = setTimeout(() => fail('did not report its address within 15 s'), 15_000);
    child.once('error', (error) => fail(`could not start (${error.message})`));
    child.once('exit', (code) => fail(`exited early with code ${code}`));
    child.stdout!.setEncoding('utf8');
    child.stdout!.on('data', (chunk: string) => {
      out += chunk;
      const match = /\bat (http:\/\/[^\s/]+)\//u.exec(out);
      if (!match) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve({ url: match[1], stop: () => stop(child) });
    });
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
