// Reads a YAML file keeping positions, so a problem found later can point at
// the line it comes from.

import { readFile } from 'node:fs/promises';
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { BuildIssue } from './build-issue.ts';

export interface YamlFile {
  file: string;
  data: unknown;
  /** Line (1-based) of the node at a path such as ['figures', 3, 'period']; the nearest parent's line if absent. */
  lineOf(path: ReadonlyArray<PropertyKey>): number | undefined;
}

export async function readYaml(file: string, displayName: string = file): Promise<YamlFile | BuildIssue> {
  const text = await readFile(file, 'utf8');
  const lineCounter = new LineCounter();
  // uniqueKeys: a key written twice is a mistake, not an override.
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    const line = error.pos ? lineCounter.linePos(error.pos[0]).line : undefined;
    return { file: displayName, line, message: `is not valid YAML: ${error.message.split('\n')[0]}` };
  }
  return {
    file: displayName,
    // Dates stay strings: YAML 1.2 core schema has no timestamp type.
    data: doc.toJS(),
    lineOf(path) {
      for (let n = path.length; n >= 0; n--) {
        const node = doc.getIn(path.slice(0, n) as unknown[], true);
        if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
      }
      return undefined;
    },
  };
}
