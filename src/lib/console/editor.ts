// The SQL editor: CodeMirror 6 with SQL highlighting and completion of the
// published tables and their columns (from TABLES, never retyped), described in
// the page's language. Tab is left to the page's focus order; Ctrl/Cmd+Enter
// runs the query.

import { basicSetup, EditorView } from 'codemirror';
import { EditorState, Prec } from '@codemirror/state';
import { keymap } from '@codemirror/view';
import { sql, PostgreSQL, type SQLNamespace } from '@codemirror/lang-sql';
import { descriptionIn, TABLES, titleIn } from '../schema/tables.ts';
import type { Locale } from '../../i18n/ui.ts';

export function completionSchema(locale: Locale): SQLNamespace {
  const schema: Record<string, SQLNamespace> = {};
  for (const table of TABLES) {
    schema[table.name] = {
      self: { label: table.name, type: 'type', detail: titleIn(table, locale), info: descriptionIn(table, locale) },
      children: table.columns.map((c) => ({ label: c.name, type: 'property', detail: c.type, info: descriptionIn(c, locale) })),
    };
  }
  return schema;
}

export interface EditorOptions {
  parent: HTMLElement;
  doc: string;
  /** The page's language: completion describes tables and columns in it. */
  locale: Locale;
  labelledBy: string;
  describedBy?: string;
  onRun: () => void;
  onChange: (text: string) => void;
}

export function createEditor({ parent, doc, locale, labelledBy, describedBy, onRun, onChange }: EditorOptions): EditorView {
  return new EditorView({
    parent,
    state: EditorState.create({
      doc,
      extensions: [
        Prec.highest(
          keymap.of([
            {
              key: 'Mod-Enter',
              run: () => {
                onRun();
                return true;
              },
              preventDefault: true,
            },
          ]),
        ),
        basicSetup,
        sql({ dialect: PostgreSQL, schema: completionSchema(locale), defaultTable: 'figures' }),
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
