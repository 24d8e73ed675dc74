// Bundles the client baseline (client/entry.ts) at bench time with esbuild, as
// a production build of a client-side dashboard would: one ES module, minified,
// from node_modules (Observable Plot and the d3 modules it uses) and the
// chart registry of src/lib/charts/. The province shapes come with the data
// (map builders take them as data); zod and linkedom, never called when
// drawing, are replaced by client/inert.ts. The bundle is written only into the temporary
// site the suite serves, never into the repository.

import { build, type Plugin } from 'esbuild';
import path from 'node:path';

export interface ClientBundle {
  /** File name inside the output folder (content-hashed). */
  file: string;
  bytes: number;
  /** Minified bytes by package (or by file of this repository), largest first. */
  inputs: Array<{ input: string; bytes: number }>;
}

const here = path.dirname(new URL(import.meta.url).pathname);

function browserStandIns(): Plugin {
  const inert = path.join(here, 'client', 'inert.ts');
  return {
    name: 'chart-client-stand-ins',
    setup(b) {
      b.onResolve({ filter: /^(zod|linkedom)$/ }, () => ({ path: inert }));
    },
  };
}

const packageOf = (input: string): string => {
  const at = input.lastIndexOf('node_modules/');
  if (at < 0) return input;
  const parts = input.slice(at + 'node_modules/'.length).split('/');
  return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
};

export async function bundleClient(root: string, outDir: string): Promise<ClientBundle> {
  const result = await build({
    entryPoints: [path.join(here, 'client', 'entry.ts')],
    absWorkingDir: root,
    outdir: outDir,
    entryNames: 'chart-client.[hash]',
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    legalComments: 'none',
    metafile: true,
    logLevel: 'error',
    plugins: [browserStandIns()],
  });
  const [outFile, output] = Object.entries(result.metafile.outputs).find(([file]) => file.endsWith('.js'))!;
  const inputs = new Map<string, number>();
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    const key = packageOf(input);
    inputs.set(key, (inputs.get(key) ?? 0) + bytesInOutput);
  }
  return {
    file: path.basename(outFile),
    bytes: output.bytes,
    inputs: [...inputs].map(([input, bytes]) => ({ input, bytes })).sort((a, b) => b.bytes - a.bytes),
  };
}
