// The SQL editor: CodeMirror 6 with SQL highlighting and completion of the
// published tables and their columns (from TABLES, never retyped). Tab is left
// to the page's focus order; Ctrl/Cmd+Enter runs the query.

import { basicSetup, EditorView } from 'codemirror';
import { EditorState, Prec } from '@codemirror/state';
import { keymap } from '@codemirror/view';
import { sql, PostgreSQL, type SQLNamespace } from '@codemirror/lang-sql';
import { TABLES } from '../schema/tables.ts';

export function completionSchema(): SQLNamespace {
  const schema: Record<string, SQLNamespace> = {};
  for (const table of TABLES) {
    schema[table.name] = {
      self: { label: table.name, type: 'type', detail: table.title, info: table.description },
      children: table.columns.map((c) => ({ label: c.name, type: 'property', detail: c.type, info: c.description })),
    };
  }
  return schema;
}

export interface EditorOptions {
  parent: HTMLElement;
  doc: string;
  labelledBy: string;
  describedBy?: string;
  onRun: () => void;
  onChange: (text: string) => void;
}

export function createEditor({ parent, doc, labelledBy, describedBy, onRun, onChange }: EditorOptions): EditorView {
  return new EditorView({
    parent,
    state: EditorState.create({
      doc,
      extensions: [
        Prec.highest(keymap.of([{ key: 'Mod-Enter', run: () => (onRun(), true), preventDefault: true }])),
        basicSetup,
        sql({ dialect: PostgreSQL, schema: completionSchema(), defaultTable: 'figures' }),
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({
          'aria-labelledby': labelledBy,
          ...(describedBy ? { 'aria-describedby': describedBy } : {}),
          'aria-multiline': 'true',
        }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) onChange(update.state.doc.toString());
        }),
      ],
    }),
  });
}

export function setEditorText(view: EditorView, text: string): void {
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
}
