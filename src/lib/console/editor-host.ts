// The editor the reader types into, usable the moment the page's first
// script has run: a plain <textarea> (in the page's HTML), replaced by
// CodeMirror (highlighting, completion of the tables and columns; editor.ts,
// loaded in the background) as soon as it has arrived. The swap keeps the
// text, the selection and the focus, and waits for an input method to finish
// composing, so nothing typed in the meantime is lost. Ctrl/Cmd+Enter runs the
// query in both.

import type { EditorView } from 'codemirror';
import type { Locale } from '../../i18n/ui.ts';

export interface EditorHostOptions {
  /** The plain editor the page holds; CodeMirror is put in its place. */
  textarea: HTMLTextAreaElement;
  locale: Locale;
  labelledBy: string;
  describedBy?: string;
  onRun: () => void;
  onChange: (text: string) => void;
  /** Called once, the first time the reader puts the focus in the editor. */
  onFirstFocus?: () => void;
  /** CodeMirror is loaded once this resolves (after the page's first paint: the plain editor is shown first). */
  loadAfter?: Promise<void>;
}

export interface EditorHost {
  text(): string;
  setText(text: string): void;
  /** Resolves once CodeMirror has replaced the plain editor (rejects if it could not load: the plain editor stays). */
  upgraded: Promise<void>;
}

export function createEditorHost(options: EditorHostOptions): EditorHost {
  const { textarea } = options;
  let view: EditorView | null = null;
  let focused = false;
  const firstFocus = () => {
    if (focused) return;
    focused = true;
    options.onFirstFocus?.();
  };
  textarea.addEventListener('input', () => options.onChange(textarea.value));
  textarea.addEventListener('focus', firstFocus);
  textarea.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      options.onRun();
    }
  });

  let composing = false;
  let compositionEnded: () => void = () => {};
  textarea.addEventListener('compositionstart', () => (composing = true));
  textarea.addEventListener('compositionend', () => {
    composing = false;
    compositionEnded();
  });

  const upgrade = async () => {
    await options.loadAfter;
    const { createEditor } = await import('./editor.ts');
    // Never in the middle of a composition (Vietnamese is often typed with an input method).
    if (composing) await new Promise<void>((resolve) => (compositionEnded = resolve));
    const hadFocus = document.activeElement === textarea;
    const { selectionStart, selectionEnd, value } = textarea;
    const container = document.createElement('div');
    textarea.before(container);
    view = createEditor({
      parent: container,
      doc: value,
      locale: options.locale,
      labelledBy: options.labelledBy,
      describedBy: options.describedBy,
      onRun: options.onRun,
      onChange: options.onChange,
    });
    view.dispatch({ selection: { anchor: Math.min(selectionStart, value.length), head: Math.min(selectionEnd, value.length) } });
    view.contentDOM.addEventListener('focus', firstFocus);
    // Replace the wrapper by the editor itself, then the textarea.
    container.replaceWith(view.dom);
    textarea.remove();
    if (hadFocus) view.focus();
  };

  return {
    text: () => (view ? view.state.doc.toString() : textarea.value),
    setText(text) {
      if (view) view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
      else textarea.value = text;
    },
    upgraded: upgrade(),
  };
}
