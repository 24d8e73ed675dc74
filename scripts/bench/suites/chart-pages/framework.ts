// The second chart-pages baseline: an Observable Framework page (the npm
// registry's @observablehq/framework, installed at bench time into
// node_modules/.cache/bench-framework and kept there) drawing the same first
// chart of a measured page from the same typed rows: Plot from Framework's own
// node_modules (bundled by Framework into _node/), the rows as a
// FileAttachment, the chart's options from the site's registry (framework/chart.ts).
// Built offline: Framework resolves its built-in libraries (react, d3, arquero…)
// through its npm cache folders and asks the npm registry or a CDN only for
// those it has not got: empty folders for them are enough, since this page
// uses none. Its default stylesheet's third-party font is dropped
// (globalStylesheets: []); its own default style (style: 'default') is kept.
// The built site is copied under /bench-framework/<page>/ of the served copy.

import { build } from 'esbuild';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { precompress } from '../../../precompress.ts';
import type { ChartPage } from './client-site.ts';

const run = promisify(execFile);
export const FRAMEWORK_VERSION = '1.13.4';
export const FRAMEWORK_DIR = 'bench-framework';
const here = path.dirname(new URL(import.meta.url).pathname);

/** Framework's built-in libraries it resolves for every page (client.js, stdlib.js), whatever the page imports. */
const BUILT_INS = [
  'react-dom@19.3.1',
  '@observablehq/sample-datasets@1.0.1',
  'lodash@4.18.1',
  'arquero@8.0.3',
  'apache-arrow@21.2.0',
  'd3@7.9.2',
  'echarts@6.1.0',
  'htl@1.0.0',
  'leaflet@1.9.4',
  'mapbox-gl@3.32.0',
  '@observablehq/plot@0.6.17',
  'react@19.3.1',
  'topojson-client@3.1.0',
  'parquet-wasm@0.8.0',
];

/** Installs Framework (and the site's Plot version) once, where npm leaves it between runs. */
async function installFramework(root: string): Promise<string> {
  const dir = path.join(root, 'node_modules', '.cache', 'bench-framework');
  const plot = JSON.parse(await readFile(path.join(root, 'node_modules/@observablehq/plot/package.json'), 'utf8')).version as string;
  const marker = path.join(dir, `.installed-${FRAMEWORK_VERSION}-${plot}`);
  if (existsSync(marker)) return dir;
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'package.json'), `${JSON.stringify({ name: 'bench-framework', private: true, type: 'module' })}\n`);
  await run('npm', ['install', '--no-audit', '--no-fund', '--no-save', `@observablehq/framework@${FRAMEWORK_VERSION}`, `@observablehq/plot@${plot}`, 'd3@7'], {
    cwd: dir,
    timeout: 600_000,
  });
  await writeFile(marker, '');
  return dir;
}

export interface FrameworkPage {
  key: string;
  path: string;
  selector: string;
}

/** Builds one Framework page per measured page and copies it into the served site. */
export async function makeFrameworkPages(
  root: string,
  site: string,
  pages: readonly ChartPage[],
  dataOf: (page: ChartPage) => string,
): Promise<FrameworkPage[]> {
  const dir = await installFramework(root);
  const project = path.join(dir, 'project');
  await rm(project, { recursive: true, force: true });
  const src = path.join(project, 'src');
  await mkdir(src, { recursive: true });
  for (const lib of BUILT_INS) await mkdir(path.join(src, '.observablehq', 'cache', '_npm', lib), { recursive: true });
  // Plot and d3 stay bare imports: Framework bundles them from its node_modules, as a Framework page imports them.
  await build({
    entryPoints: [path.join(here, 'framework', 'chart.ts')],
    absWorkingDir: root,
    outfile: path.join(src, 'chart.js'),
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    legalComments: 'none',
    logLevel: 'error',
    external: ['@observablehq/plot', 'd3'],
    plugins: [
      {
        name: 'stand-ins',
        setup(b) {
          const inert = path.join(here, 'client', 'inert.ts');
          b.onResolve({ filter: /^(zod|linkedom)$/ }, () => ({ path: inert }));
        },
      },
    ],
  });
  const out: FrameworkPage[] = [];
  for (const page of pages) {
    await cp(dataOf(page), path.join(src, `${page.key}.json`));
    await writeFile(
      path.join(src, `${page.key}.md`),
      `---\ntitle: ${page.chartId}\n---\n\n\`\`\`js\nimport * as Plot from "@observablehq/plot";\nimport {chartOptions} from "./chart.js";\n` +
        `const payload = await FileAttachment("${page.key}.json").json();\n` +
        `const {options, title} = chartOptions(${JSON.stringify(page.chartId)}, payload, {width: ${page.width}, locale: ${JSON.stringify(page.locale)}, idPrefix: ${JSON.stringify(page.chartId)}});\n` +
        `const svg = Plot.plot(options);\nfor (const child of svg.querySelectorAll("[aria-label]")) child.removeAttribute("aria-label");\n` +
        `svg.setAttribute("role", "img");\nsvg.setAttribute("aria-label", title);\ndisplay(svg);\n\`\`\`\n`,
    );
  }
  await writeFile(
    path.join(project, 'observablehq.config.js'),
    `export default { root: "src", title: "Bench", pager: false, sidebar: false, toc: false, search: false, footer: "", globalStylesheets: [] };\n`,
  );
  await run(path.join(dir, 'node_modules', '.bin', 'observable'), ['build'], { cwd: project, timeout: 600_000, maxBuffer: 64 * 1024 * 1024 });
  const target = path.join(site, FRAMEWORK_DIR);
  await cp(path.join(project, 'dist'), target, { recursive: true });
  // Compressed like the site (scripts/precompress.ts), served by the same server.
  await precompress(target, { cacheDir: null });
  for (const page of pages) out.push({ key: page.key, path: `/${FRAMEWORK_DIR}/${page.key}`, selector: 'svg[role="img"]' });
  return out;
}
